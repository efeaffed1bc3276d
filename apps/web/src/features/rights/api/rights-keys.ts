/**
 * Where the rights pages keep what they read. A neighbourhood's rights sit under the neighbourhood's key and a
 * budget under its covenant's, so the invalidations those features already make refresh them too.
 */
export const rightsQueryKey = (neighbourhoodSlug: string) => ['neighbourhood', neighbourhoodSlug, 'rights'] as const;
export const assetQueryKey = (slug: string) => ['asset', slug] as const;
export const serviceRequestQueryKey = (slug: string) => ['service-request', slug] as const;
export const budgetQueryKey = (covenantSlug: string, id: string) => ['covenant', covenantSlug, 'budgets', id] as const;
