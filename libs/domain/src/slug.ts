/** Words a slug may not be, because a page address uses them (e.g. /organisations/new). */
export const RESERVED_SLUGS: readonly string[] = ['new'];

/** URL slugs made from names: lower-case ASCII words joined by hyphens ("Ysgol Gymraeg Caerdydd" → "ysgol-gymraeg-caerdydd"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'untitled';
}
