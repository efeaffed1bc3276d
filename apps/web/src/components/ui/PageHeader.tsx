import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  /** A short line above the title, e.g. the kind of organisation. */
  eyebrow?: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, eyebrow, lead, actions }: PageHeaderProps) {
  return (
    <div className="page-header">
      {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
      <h1 className="page-header__title">{title}</h1>
      {lead ? <div className="page-header__lead">{lead}</div> : null}
      {actions ? <div className="actions">{actions}</div> : null}
    </div>
  );
}
