/**
 * Finding a passage by its words, for readers who cannot select text with a
 * pointer: the words are looked for within each paragraph or heading, with
 * spaces and letter case compared loosely, and the first place they appear is
 * the passage.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface PassageRange {
  from: number;
  to: number;
}

/** The block's characters, runs of white space as one space, each with its position in the document. */
function blockText(block: ProseMirrorNode, start: number): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  const add = (char: string, position: number) => {
    const normal = /\s/.test(char) ? ' ' : char.toLowerCase();
    if (normal === ' ' && (text === '' || text.endsWith(' '))) return;
    text += normal;
    positions.push(position);
  };
  block.forEach((child, offset) => {
    const at = start + offset;
    if (child.isText) [...(child.text ?? '')].forEach((char, index) => add(char, at + index));
    // A hard break reads as a space.
    else add(' ', at);
  });
  return { text, positions };
}

export function findPassage(doc: ProseMirrorNode, words: string): PassageRange | null {
  const wanted = words.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!wanted) return null;
  let found: PassageRange | null = null;
  doc.descendants((node, position) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    const { text, positions } = blockText(node, position + 1);
    const index = text.indexOf(wanted);
    if (index >= 0) found = { from: positions[index], to: positions[index + wanted.length - 1] + 1 };
    return false;
  });
  return found;
}
