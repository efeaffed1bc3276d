/**
 * Waits for `work` at most `ms`: true when it resolved in time, false when the
 * time ran out first (`work` carries on unwatched); its rejection is thrown.
 * The timer does not keep the process alive.
 */
export async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms).unref()));
  try {
    return await Promise.race([work.then(() => true), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
