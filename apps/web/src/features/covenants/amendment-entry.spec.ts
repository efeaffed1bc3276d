import { amendmentElementId, focusAmendmentEntry } from './amendment-entry';

interface Entry {
  focus: jest.Mock;
  scrollIntoView: jest.Mock;
}

describe('focusAmendmentEntry', () => {
  const shown = new Map<string, Entry>();
  let frames = 0;

  beforeEach(() => {
    jest.useFakeTimers();
    shown.clear();
    frames = 0;
    Object.assign(globalThis, {
      document: { getElementById: (id: string) => shown.get(id) ?? null },
      requestAnimationFrame: (callback: () => void) => {
        frames += 1;
        return setTimeout(callback, 16);
      },
    });
  });
  afterEach(() => {
    jest.useRealTimers();
    Reflect.deleteProperty(globalThis, 'document');
    Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
  });

  const entry = (): Entry => ({ focus: jest.fn(), scrollIntoView: jest.fn() });

  it('focuses an entry already shown at the next frame, scrolling to it when asked', () => {
    const shownEntry = entry();
    shown.set(amendmentElementId(2), shownEntry);
    focusAmendmentEntry(2, { scroll: true });
    jest.advanceTimersByTime(16);
    expect(shownEntry.scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
    expect(shownEntry.focus).toHaveBeenCalledWith({ preventScroll: true });
  });

  it('waits for an entry the list shows only later, as when it comes back from the server after the proposal', () => {
    focusAmendmentEntry(1, { scroll: false });
    jest.advanceTimersByTime(1200);
    const late = entry();
    shown.set(amendmentElementId(1), late);
    jest.advanceTimersByTime(32);
    expect(late.focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(late.scrollIntoView).not.toHaveBeenCalled();
  });

  it('gives up on an entry that never shows, after a few seconds', () => {
    focusAmendmentEntry(9, { scroll: true });
    jest.advanceTimersByTime(6000);
    const seen = frames;
    jest.advanceTimersByTime(1000);
    expect(frames).toBe(seen);
    expect(seen).toBeGreaterThan(100);
  });
});
