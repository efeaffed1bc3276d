import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen. Keyboard users reach
 * the scrolling with Tab (the region is focusable) and hear what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrollable region must take focus so the keyboard can scroll it (WCAG 2.1.1).
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
