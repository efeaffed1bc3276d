/** The standard sections a new covenant starts from, written into its Yjs `body` in TipTap's node names. */
import { nameSections } from './sections';
import { BODY_FRAGMENT } from '@covenant/collab-protocol';
import { Y, type Doc, type XmlElement, type XmlText } from './yjs';

export type CovenantTemplateOptions = { title: string; neighbourhoodName: string };

type Section = { title: string; prompt: (place: string) => string; subsections?: readonly Section[] };

const COMMUNITY_RIGHTS: readonly Section[] = [
  {
    title: 'Shaping public services',
    prompt: (place) =>
      `Under the Community Right to Shape Public Services, which local services will people in ${place} help to design, run or improve, and how will their views be heard and acted on?`,
  },
  {
    title: 'Controlling investment',
    prompt: (place) =>
      `Under the Community Right to Control Investment, which spending decisions in ${place} will residents have a real say over, and how will that say work in practice?`,
  },
  {
    title: 'Community assets',
    prompt: (place) =>
      `Under the Community Right to Buy, list the buildings and spaces that matter most in ${place} – a hall, a pub, a park, a shop – and how the community could take them on if they come up for sale or are at risk of closing.`,
  },
];

const SECTIONS: readonly Section[] = [
  {
    title: 'Our shared ambition',
    prompt: (place) =>
      `In residents’ own words, describe what people in ${place} want to change and why it matters to them. What will be different here if this covenant works?`,
  },
  {
    title: 'How we will work together',
    prompt: () =>
      'Explain how the parties will meet and how often, how decisions will be made, how information will be shared with each other and with residents, and how any disagreements will be talked through and resolved.',
  },
  {
    title: 'Community rights here',
    prompt: (place) => `Set out how this covenant puts community rights into practice in ${place}.`,
    subsections: COMMUNITY_RIGHTS,
  },
  {
    title: 'Commitments',
    prompt: () =>
      'Each party’s commitments are listed in full with this covenant. Summarise them here in a few sentences: who has promised to do what, and by when.',
  },
  {
    title: 'Governance, review and renewal',
    prompt: (place) =>
      `Say who will oversee delivery, how everyone will review progress together at least once a year, and how this covenant can be revised, renewed or brought to an end if ${place} needs something different.`,
  },
];

/** The level 2 headings, in order. */
export const TEMPLATE_SECTION_TITLES: readonly string[] = SECTIONS.map((section) => section.title);

/** The level 3 headings under "Community rights here", in order. */
export const TEMPLATE_COMMUNITY_RIGHTS_TITLES: readonly string[] = COMMUNITY_RIGHTS.map((section) => section.title);

/**
 * Fills an empty `body` with the standard sections. A body that already has content is left alone and an
 * error is thrown, because replacing it would silently delete what collaborators have written.
 */
export function writeCovenantTemplate(doc: Doc, options: CovenantTemplateOptions): void {
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  if (body.length > 0)
    throw new Error('The covenant already has text; the template is only written into an empty one.');
  const place = options.neighbourhoodName.trim() || 'the neighbourhood';
  const title = options.title.trim() || `Community covenant for ${place}`;
  doc.transact(() => {
    body.insert(0, [heading(1, title), ...SECTIONS.flatMap((section) => sectionNodes(section, 2, place))]);
    nameSections(body);
  });
}

function sectionNodes(section: Section, level: number, place: string): XmlElement[] {
  return [
    heading(level, section.title),
    prompt(section.prompt(place)),
    ...(section.subsections ?? []).flatMap((subsection) => sectionNodes(subsection, level + 1, place)),
  ];
}

/** TipTap's `level` is a number, and y-prosemirror stores attributes as the editor gives them. */
export function heading(level: number, words: string): XmlElement {
  const element = new Y.XmlElement<{ level: number }>('heading');
  element.setAttribute('level', level);
  element.insert(0, [textOf(words)]);
  // yjs types attributes as strings unless told otherwise; the fragment accepts any element.
  return element as unknown as XmlElement;
}

/** Italic so a drafter sees it as guidance to replace; y-prosemirror stores a mark as its attrs object. */
function prompt(words: string): XmlElement {
  return paragraph(words, { italic: {} });
}

export function paragraph(words: string, marks?: Record<string, object>): XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [textOf(words, marks)]);
  return element;
}

function textOf(words: string, marks?: Record<string, object>): XmlText {
  const text = new Y.XmlText();
  text.insert(0, words, marks);
  return text;
}
