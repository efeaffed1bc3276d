import {
  contentFormat,
  canonicalContent,
  canonicalJson,
  parseCanonicalContent,
  sealMessage,
} from './canonical-content';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[{"y":null,"z":true}]},"b":1}',
    );
  });

  it('escapes text as JSON does, keeping Welsh letters as they are', () => {
    expect(canonicalJson({ name: 'Ŵyn "quoted"\n' })).toBe('{"name":"Ŵyn \\"quoted\\"\\n"}');
  });
});

describe('canonicalContent', () => {
  const input = {
    version: 2,
    covenant: { id: 'c1', neighbourhoodId: 'n1', title: 'Settle pool' },
    parties: [
      {
        partyId: 'p2',
        organisationId: 'o2',
        organisationName: 'North Yorkshire Council',
        role: 'COUNTERSIGNATORY' as const,
      },
      { partyId: 'p1', organisationId: 'o1', organisationName: 'Settle Community Hydro', role: 'CONVENOR' as const },
    ],
    commitments: [
      { id: 'm2', partyId: 'p1', title: 'Sunday swims', description: null, measure: null, right: null, dueOn: null },
      {
        id: 'm1',
        partyId: 'p1',
        title: 'Reopen the pool',
        description: 'On Sundays',
        measure: 'Open 40 Sundays a year',
        right: 'BUY_COMMUNITY_ASSETS' as const,
        dueOn: '2027-06-30',
      },
    ],
    text: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] },
  };

  it('lays the content out exactly as the design defines it', () => {
    expect(canonicalContent(input)).toBe(
      '{"commitments":[' +
        '{"description":"On Sundays","dueOn":"2027-06-30","id":"m1","measure":"Open 40 Sundays a year","partyId":"p1","right":"BUY_COMMUNITY_ASSETS","title":"Reopen the pool"},' +
        '{"description":null,"dueOn":null,"id":"m2","measure":null,"partyId":"p1","right":null,"title":"Sunday swims"}],' +
        '"covenant":{"id":"c1","neighbourhoodId":"n1","title":"Settle pool"},' +
        '"parties":[{"organisationId":"o1","organisationName":"Settle Community Hydro","partyId":"p1","role":"CONVENOR"},' +
        '{"organisationId":"o2","organisationName":"North Yorkshire Council","partyId":"p2","role":"COUNTERSIGNATORY"}],' +
        '"text":{"content":[{"content":[{"text":"Hi","type":"text"}],"type":"paragraph"}],"type":"doc"},' +
        '"version":2}',
    );
  });

  it('reads back what it wrote', () => {
    const parsed = parseCanonicalContent(canonicalContent(input));
    expect(parsed.parties.map((party) => party.partyId)).toEqual(['p1', 'p2']);
    expect(parsed.version).toBe(2);
  });

  it('in format 2, names its format and gives each party its verification, domains sorted', () => {
    const content = canonicalContent({
      ...input,
      format: 2,
      parties: [
        {
          ...input.parties[0],
          verification: { domains: ['northyorks.gov.uk', 'n-yorks.gov.uk'], status: 'VERIFIED' as const },
        },
        input.parties[1],
      ],
    });
    expect(content).toContain('"format":2,');
    expect(content).toContain(
      '"parties":[{"organisationId":"o1","organisationName":"Settle Community Hydro","partyId":"p1","role":"CONVENOR","verification":{"domains":[],"status":"UNVERIFIED"}},' +
        '{"organisationId":"o2","organisationName":"North Yorkshire Council","partyId":"p2","role":"COUNTERSIGNATORY","verification":{"domains":["n-yorks.gov.uk","northyorks.gov.uk"],"status":"VERIFIED"}}]',
    );
    expect(contentFormat(parseCanonicalContent(content))).toBe(2);
    expect(contentFormat(parseCanonicalContent(canonicalContent(input)))).toBe(1);
  });

  it('lists the amendments accepted since the previous version by number, and nothing when there are none', () => {
    const amendment = (number: number) => ({
      id: `a${number}`,
      number,
      quote: `old ${number}`,
      proposedText: `new ${number}`,
    });
    const content = canonicalContent({ ...input, format: 2, amendments: [amendment(2), amendment(1)] });
    expect(content).toContain(
      '{"amendments":[{"id":"a1","number":1,"proposedText":"new 1","quote":"old 1"},' +
        '{"id":"a2","number":2,"proposedText":"new 2","quote":"old 2"}],"commitments":',
    );
    expect(canonicalContent({ ...input, format: 2, amendments: [] })).toBe(canonicalContent({ ...input, format: 2 }));
  });

  it('refuses something that is not a canonical content', () => {
    expect(() => parseCanonicalContent('{"text":1}')).toThrow(TypeError);
  });
});

describe('sealMessage', () => {
  it('is the hash, then each signature sorted by id, with no trailing newline', () => {
    const signatures = [
      { id: 'b', partyId: 'p2', signedAt: '2026-12-02T10:00:00.000Z', contentHash: 'h' },
      { id: 'a', partyId: 'p1', signedAt: '2026-12-01T09:00:00.000Z', contentHash: 'h' },
    ];
    expect(sealMessage('h', signatures)).toBe('h\na|p1|2026-12-01T09:00:00.000Z|h\nb|p2|2026-12-02T10:00:00.000Z|h');
  });

  it("in format 2, adds whether the organisation was verified and the signer's domain to each line", () => {
    const signatures = [
      {
        id: 'b',
        partyId: 'p2',
        signedAt: 't2',
        contentHash: 'h',
        organisationVerified: true,
        signerDomain: 'nyc.gov.uk',
      },
      { id: 'a', partyId: 'p1', signedAt: 't1', contentHash: 'h', organisationVerified: false, signerDomain: null },
    ];
    expect(sealMessage('h', signatures, 2)).toBe('h\na|p1|t1|h|false|\nb|p2|t2|h|true|nyc.gov.uk');
  });
});
