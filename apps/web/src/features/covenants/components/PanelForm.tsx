import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

export interface PanelFormProps {
  /** Added to `form form--panel`. */
  className: string;
  /** The heading's level where the panel opens in the page's outline. */
  level: 'h4' | 'h5';
  title: ReactNode;
  onSubmit: (event: FormEvent) => void;
  /** Escape closes the panel without sending anything. */
  onClose: () => void;
  children: ReactNode;
}

/** A form opened in place of what it changes: its heading takes focus, so a screen reader says where it is. */
export function PanelForm({ className, level: Heading, title, onSubmit, onClose, children }: PanelFormProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);
  return (
    <form
      className={`form form--panel ${className}`}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Heading id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </form>
  );
}
