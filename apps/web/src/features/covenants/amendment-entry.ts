/**
 * An amendment's entry on the consultation page, reached from the text and
 * after acting on it. Kept apart from the editor, which loads only with the text.
 */

/** The id of an amendment's entry, which the amended words in the text link to. */
export function amendmentElementId(number: number): string {
  return `amendment-${number}`;
}

/** How long an entry not shown yet is waited for (the list may still be on its way from the server). */
const WAIT_MS = 5000;

/**
 * Gives the amendment's entry focus once the page shows it, so that keyboard
 * and screen reader users carry on from there; `scroll` brings it to the top
 * of the window, for a reader arriving from elsewhere on the page. An entry
 * just proposed shows once the list comes back from the server, which may
 * take a few frames or a few seconds.
 */
export function focusAmendmentEntry(number: number, { scroll }: { scroll: boolean }): void {
  const until = performance.now() + WAIT_MS;
  const attempt = () => {
    const entry = document.getElementById(amendmentElementId(number));
    if (!entry) {
      if (performance.now() < until) requestAnimationFrame(attempt);
      return;
    }
    if (scroll) entry.scrollIntoView({ block: 'start' });
    entry.focus({ preventScroll: true });
  };
  requestAnimationFrame(attempt);
}
