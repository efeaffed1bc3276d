import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A GraphQL operation exactly as the web app sends it, fragments included,
 * read from its generated documents (bench/support.mjs reads them the same way).
 */
export function webOperation(name: string): string {
  const generated = readFileSync(join(__dirname, '../../../web/src/gql/graphql.ts'), 'utf8');
  const found = generated.match(new RegExp(`export const ${name}Document = new TypedDocumentString\\(\`([^\`]*)\``));
  if (!found) throw new Error(`the web app has no operation named ${name}`);
  return found[1].trim();
}
