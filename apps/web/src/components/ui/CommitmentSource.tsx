import { PAGE_PATHS, pagePath } from '@covenant/domain';
import { Link } from 'react-router-dom';

export interface CommitmentSourceProps {
  commitment: { asset?: { slug: string; name: string } | null; budget?: { id: string; title: string } | null };
  covenantSlug: string;
}

/** What a commitment answers to: the asset of community value it names, or the participatory budget it won. */
export function CommitmentSource({ commitment: { asset, budget }, covenantSlug }: CommitmentSourceProps) {
  if (!asset && !budget) return null;
  return (
    <p className="commitment__source">
      {asset ? (
        <>
          About <Link to={pagePath(PAGE_PATHS.asset, { slug: asset.slug })}>{asset.name}</Link>, an asset of community
          value.{' '}
        </>
      ) : null}
      {budget ? (
        <>
          Chosen by residents in the participatory budget{' '}
          <Link to={pagePath(PAGE_PATHS.budget, { slug: covenantSlug, id: budget.id })}>{budget.title}</Link>.
        </>
      ) : null}
    </p>
  );
}
