import type { ReactNode } from 'react';
import { PAGE_PATHS } from '@covenant/domain';
import { usePageTitle } from '../../lib/page-title';
import { ButtonLink } from './ButtonLink';
import { PageHeader } from './PageHeader';

export interface NotFoundProps {
  title?: string;
  children?: ReactNode;
  actions?: ReactNode;
}

export function NotFound({ title = 'We couldn’t find that page', children, actions }: NotFoundProps) {
  usePageTitle(title);
  return (
    <div className="not-found">
      <PageHeader
        eyebrow="Not found"
        title={title}
        lead={children ?? <p>The address may be mistyped, or the page may have moved.</p>}
        actions={
          <>
            <ButtonLink to={PAGE_PATHS.home}>Go to the home page</ButtonLink>
            {actions}
          </>
        }
      />
    </div>
  );
}
