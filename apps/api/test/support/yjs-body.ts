/** Builds a covenant's Yjs `body` by hand, for tests of what is read and rendered from it. */
import { BODY_FRAGMENT } from '@covenant/collab-protocol';
import { Y, type XmlElement, type XmlFragment, type XmlText } from '../../src/collab/document/yjs';

export type Child = XmlElement | XmlText;
type Run = [string, Record<string, unknown>?];
export type Attributes = Record<string, string | number | object | null>;

export function el(name: string, attributes: Attributes, ...children: Child[]): XmlElement {
  const element = new Y.XmlElement<Attributes>(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.insert(0, children);
  return element as unknown as XmlElement;
}

/** Text in runs of words, each with its marks. */
export function text(...runs: Run[]): XmlText {
  const node = new Y.XmlText();
  let index = 0;
  for (const [words, marks] of runs) {
    node.insert(index, words, marks);
    index += words.length;
  }
  return node;
}

export function paragraph(...runs: Run[]): XmlElement {
  return el('paragraph', {}, text(...runs));
}

export function bodyOf(...children: Child[]): XmlFragment {
  const body = new Y.Doc().getXmlFragment(BODY_FRAGMENT);
  body.insert(0, children);
  return body;
}
