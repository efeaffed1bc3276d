import type { BlockJson } from '@covenant/collab-protocol';
import { pdfPages, renderPage } from '../../../../test/support/pdf-pages';
import { renderVersionPdf, type VersionPdfInput } from './version-pdf';

const HASH = '3f6c1d9a0b7e45c28d1f6a9e0c3b7d5a2e8f4c1b9d6a3e0f7c2b5d8a1e4f7c0b';
const SEAL = 'k2V0dXJuIG9mIHRoZSBzZWFsIHNpZ25lZCB3aXRoIEVkMjU1MTkga2V5IGJ5IHRoZSBwbGF0Zm9ybSBmb3IgdGVzdHM=';

const signers = ['Gwenllïan Ŵyn-Prŷs', 'Siân Ellis-Pryce', 'Eoin Ó Súilleabháin', 'Zoë Brontë-Hâlé'];

function paragraphs(count: number): BlockJson[] {
  return Array.from({ length: count }, (_, index) => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `${index + 1}. `, marks: [{ type: 'bold' }] },
      {
        type: 'text',
        text:
          'The parties will meet each quarter in the Victoria Hall to review progress on the pool, the hydro scheme and ' +
          'the riverside path, publish the minutes within ten working days, and invite residents to speak on any item. ',
      },
      { type: 'text', text: 'Minutes are kept in English and Welsh.', marks: [{ type: 'italic' }] },
    ],
  }));
}

function input(): VersionPdfInput {
  return {
    covenant: {
      title: 'Settle Riverside and Pool Covenant',
      neighbourhoodName: 'Settle, North Yorkshire',
      statusLabel: 'Open for signature',
    },
    version: {
      number: 3,
      statusLabel: 'Open for signature',
      contentHash: HASH,
      frozenAt: '2026-12-02T09:15:00.000Z',
      inForceFrom: '2027-01-01',
      seal: SEAL,
      sealKeyId: '3f9a1c0b7d2e4a65',
      complete: false,
    },
    text: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Purpose' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'This covenant records what each body ' },
            { type: 'text', text: 'promises', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' to the people of Settle. See ' },
            {
              type: 'text',
              text: 'the town plan',
              marks: [{ type: 'link', attrs: { href: 'https://settle.example/plan' } }],
            },
            { type: 'text', text: '.' },
            { type: 'hardBreak' },
            { type: 'text', text: 'Adopted at the public meeting.' },
          ],
        },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What we agree' }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Reopen the pool on Sundays.' }] }],
            },
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Keep the riverside path open all year.' }] },
                {
                  type: 'orderedList',
                  attrs: { start: 1 },
                  content: [
                    {
                      type: 'listItem',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Clear it after floods.' }] }],
                    },
                    {
                      type: 'listItem',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Light it in winter.' }] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Meetings' }] },
        ...paragraphs(32),
      ],
    },
    commitments: [
      {
        organisationName: 'Settle Community Pool Trust',
        title: 'Reopen the swimming pool on Sundays by June',
        description: 'Lifeguard cover from 9:00 to 13:00 every Sunday, with a family session and a lane session.',
        measure: 'Sunday sessions held, counted monthly',
        rightLabel: 'Right to be consulted',
        dueOn: '2027-06-30',
      },
      {
        organisationName: 'North Yorkshire Council',
        title: 'Repair the riverside path',
        description: null,
        measure: null,
        rightLabel: null,
        dueOn: null,
      },
      {
        organisationName: 'Settle Hydro',
        title: 'Share hydro income with the pool',
        description: 'Ten per cent of surplus each year, paid in April.',
        measure: null,
        rightLabel: 'Right to information',
        dueOn: '2027-04-30',
      },
    ],
    signatures: signers.map((signerName, index) => ({
      organisationName: [
        'Settle Town Council',
        'Settle Community Pool Trust',
        'Settle Hydro',
        'North Yorkshire Council',
      ][index],
      roleLabel: index === 3 ? 'Local authority' : 'Party',
      signerName,
      signerPosition: ['Town Clerk', 'Chair of Trustees', 'Secretary', 'Corporate Director'][index],
      mandate: index === 3 ? 'Executive decision, 14 November 2026, minute 7' : null,
      signedAt: `2026-12-0${index + 3}T1${index}:30:00.000Z`,
      countersignature: index === 3,
      superseded: index === 1,
      proof:
        index === 3
          ? 'Organisation verified by northyorks.gov.uk · signed using a confirmed address at northyorks.gov.uk'
          : 'Organisation not verified · signed without a confirmed e-mail address',
      inWords: `${signerName} signed for ${index === 3 ? 'North Yorkshire Council (verified by northyorks.gov.uk), using a confirmed address at northyorks.gov.uk' : 'a party (not verified), without a confirmed e-mail address'}.`,
    })),
    awaiting: [{ organisationName: 'Settle Community Pool Trust', roleLabel: 'Party' }],
    audit: Array.from({ length: 8 }, (_, index) => ({
      seq: index + 1,
      at: `2026-11-2${index}T08:0${index}:00.123Z`,
      action: ['covenant.created', 'party.invited', 'party.accepted', 'status.changed'][index % 4],
      actorName: index === 0 ? null : signers[index % signers.length],
      hash: `${index}`.repeat(64),
    })),
    auditScope: 'The trail as it stood when this copy was printed.',
    verificationUrl: 'https://covenants.example.org/verify/settle-riverside-and-pool',
    sealKeysUrl: 'https://covenants.example.org/.well-known/covenant-seal-keys.json',
  };
}

describe(renderVersionPdf.name, () => {
  let pdf: Buffer;
  let pages: string[];
  let title: string;

  beforeAll(async () => {
    pdf = await renderVersionPdf(input());
    ({ pages, title } = await pdfPages(pdf));
  });

  const text = () => pages.join('\n');

  it('prints the title, the signers with their letters intact, the URL and the certificate', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(title).toBe('Settle Riverside and Pool Covenant');
    expect(text()).toContain('Settle Riverside and Pool Covenant');
    for (const signer of signers) expect(text()).toContain(signer);
    expect(text()).toContain('https://covenants.example.org/verify/settle-riverside-and-pool');
    expect(text()).toContain('Certificate of signature');
  });

  it('prints the full content hash and seal, even where they wrap', () => {
    const compact = text().replace(/\s+/g, '');
    expect(compact).toContain(HASH);
    expect(compact).toContain(SEAL);
  });

  it('says with each signature, and on the certificate, what proved who signed', () => {
    const compact = text().replace(/\s+/g, ' ');
    expect(compact).toContain(
      'Organisation verified by northyorks.gov.uk · signed using a confirmed address at northyorks.gov.uk',
    );
    expect(compact).toContain('Organisation not verified · signed without a confirmed e-mail address');
    expect(compact).toContain('WHO SIGNED');
    expect(compact).toContain(
      `${signers[3]} signed for North Yorkshire Council (verified by northyorks.gov.uk), using a confirmed address at northyorks.gov.uk.`,
    );
  });

  it('names the key that made the seal and where every seal key is published', () => {
    const compact = text().replace(/\s+/g, ' ');
    expect(compact).toContain('SEALED WITH THE KEY 3f9a1c0b7d2e4a65');
    expect(text().replace(/\s+/g, '')).toContain('https://covenants.example.org/.well-known/covenant-seal-keys.json');
  });

  it('prints a link with its address, breaks the line at a hard break, and lists commitments', () => {
    expect(text().replace(/\s+/g, ' ')).toContain('the town plan (https://settle.example/plan).');
    expect(text()).toMatch(/plan\)\.\nAdopted at the public meeting\./);
    expect(text().replace(/\s+/g, ' ')).toContain('Measure: Sunday sessions held, counted monthly');
  });

  it('says the version is not sealed when it has no seal', async () => {
    const unsealed = input();
    unsealed.version.seal = null;
    const { pages: unsealedPages } = await pdfPages(await renderVersionPdf(unsealed));
    expect(unsealedPages.join('\n').replace(/\s+/g, ' ')).toContain(
      'Not sealed yet: the seal is added when every party has signed.',
    );
  });

  it('flows long text across pages, each numbered in its footer', () => {
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  it('renders the first page and the certificate page to PNG', () => {
    const certificatePage = pages.findIndex((page) => page.includes('Certificate of signature')) + 1;
    expect(renderPage(pdf, 'version-first', 1)).toBeGreaterThan(10_000);
    expect(renderPage(pdf, 'version-certificate', certificatePage)).toBeGreaterThan(10_000);
  });
});
