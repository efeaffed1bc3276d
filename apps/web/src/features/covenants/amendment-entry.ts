/**
 * An amendment's entry on the consultation page, reached from the text and
 * after acting on it. Kept apart from the editor, which loads only with the text.
 */

/** The id of an amendment's entry, which the amended words in the text link to. */
export function amendmentElementId(number: number): string {
  return `amendment-${number}`;
}

/**
 * Gives the amendment's entry focus once the page shows it, so that keyboard
 * and screen reader users carry on from there; `scroll` brings it to the top
 * of the window, for a reader arriving from elsewhere on the page.
 */
export function focusAmendmentEntry(number: number, { scroll }: { scroll: boolean }): void {
  requestAnimationFrame(() => {
    const entry = document.getElementById(amendmentElementId(number));
    if (!entry) return;
    if (scroll) entry.scrollIntoView({ block: 'start' });
    entry.focus({ preventScroll: true });
  });
}
