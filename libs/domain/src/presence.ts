/** How a person shows in a shared document: the colour of their avatar and caret, the same for everyone. */

/** Dark enough for white text and for a caret against the page (3:1 at least). */
const COLOURS = ['#0b5d4b', '#8a3b12', '#1d4f91', '#7a2e7a', '#5c5a00', '#a11d4a', '#245c73', '#6b4c9a'];

export function colourFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}
