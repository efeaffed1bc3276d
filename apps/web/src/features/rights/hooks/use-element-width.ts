import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width an element is laid out at, kept current as it resizes, so a drawing can be made at its real size:
 * text in it then stays readable on a phone rather than shrinking with a scaled viewBox.
 */
export function useElementWidth<T extends HTMLElement>(initial: number, minimum = 240) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(minimum, Math.round(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [minimum]);
  return [ref, width] as const;
}
