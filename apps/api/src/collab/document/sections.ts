/**
 * The sections of a covenant's text: its level-2 headings, each named by an
 * id kept in the heading's `sectionId` attribute, so a section keeps its id
 * (and its responses) while the heading's wording changes. The editor gives
 * new headings an id; the server gives one to any heading still without one
 * when residents are asked to respond.
 */
import { randomUUID } from 'node:crypto';
import { SECTION_HEADING_LEVEL, SECTION_ID_ATTRIBUTE } from '@covenant/collab-protocol';
import { headingLevel } from './body-json';
import { plainText } from './passages';
import { Y, type XmlElement, type XmlFragment, type XmlText } from './yjs';

export interface Section {
  id: string;
  title: string;
}

const SECTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const isSectionId = (value: unknown): value is string => typeof value === 'string' && SECTION_ID.test(value);

function sectionHeadings(body: XmlFragment): XmlElement[] {
  return body
    .toArray()
    .filter(
      (node): node is XmlElement =>
        node instanceof Y.XmlElement &&
        node.nodeName === 'heading' &&
        headingLevel(node.getAttribute('level')) === SECTION_HEADING_LEVEL,
    );
}

/** Each section heading with the section it names, or null for a heading without an id of its own. */
function namedHeadings(body: XmlFragment): [XmlElement, Section | null][] {
  const seen = new Set<string>();
  return sectionHeadings(body).map((heading) => {
    const id = heading.getAttribute(SECTION_ID_ATTRIBUTE);
    if (!isSectionId(id) || seen.has(id)) return [heading, null];
    seen.add(id);
    return [heading, { id, title: plainText(heading).trim() || 'Untitled section' }];
  });
}

/**
 * The sections in reading order. A heading whose id is missing or repeats an
 * earlier one's (a copied heading) is not a section until it is given its own.
 */
export function readSections(body: XmlFragment): Section[] {
  return namedHeadings(body).flatMap(([, section]) => (section ? [section] : []));
}

/** The section a node of the text lies in: the last section heading at or before its block. */
export function sectionAt(body: XmlFragment, node: XmlElement | XmlText): Section | null {
  let block: XmlElement | XmlText | XmlFragment | null = node;
  while (block && block.parent !== body) block = block.parent as XmlElement | XmlFragment | null;
  if (!block) return null;
  const sections = new Map(namedHeadings(body));
  let current: Section | null = null;
  for (const child of body.toArray()) {
    if (child instanceof Y.XmlElement && sections.has(child)) current = sections.get(child) ?? null;
    if (child === block) return current;
  }
  return null;
}

/** Gives every section heading without an id of its own a new one; answers how many it named. */
export function nameSections(body: XmlFragment): number {
  const seen = new Set<string>();
  let named = 0;
  for (const heading of sectionHeadings(body)) {
    const id = heading.getAttribute(SECTION_ID_ATTRIBUTE);
    if (isSectionId(id) && !seen.has(id)) {
      seen.add(id);
      continue;
    }
    const fresh = randomUUID();
    heading.setAttribute(SECTION_ID_ATTRIBUTE, fresh);
    seen.add(fresh);
    named++;
  }
  return named;
}
