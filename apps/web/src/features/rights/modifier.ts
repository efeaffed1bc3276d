/** An enum value as a CSS modifier (FULL_MORATORIUM → full-moratorium): the class that colours it everywhere. */
export function modifier(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}
