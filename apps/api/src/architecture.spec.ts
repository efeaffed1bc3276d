/**
 * The API's layers, read from its imports: core/ knows no feature, and no
 * two parts (each module, collab, demo) import each other in a circle, so
 * any rule has one home and a reader can follow it one way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = __dirname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The project files a file imports (relative imports; packages and libs are outside the layers). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)(?:[^;']*?from)?\s*'(\.[^']+)'/gs)].map(([, spec]) => {
    const target = resolve(dirname(file), spec);
    return existsSync(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts');
  });
}

/** The part of the API a file belongs to: core, collab, demo, a module, or the app's composition root. */
function partOf(file: string): string {
  const [top, name] = relative(SRC, file).split(sep);
  if (top === 'modules') return `modules/${name}`;
  return ['core', 'collab', 'demo'].includes(top) ? top : 'app';
}

const FILES = sources(SRC);
const IMPORTS = new Map(FILES.map((file) => [file, importsOf(file)]));

/** Each cycle in the graph, as the nodes on it (strongly connected components of two or more). */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component = stack.splice(stack.indexOf(node));
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the API’s layers', () => {
  it('finds the files and their imports it checks', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect([...IMPORTS.values()].flat().every((target) => existsSync(target))).toBe(true);
  });

  it('keeps core/ free of every feature', () => {
    const leaks = FILES.filter((file) => partOf(file) === 'core').flatMap((file) =>
      IMPORTS.get(file)!
        .filter((target) => partOf(target) !== 'core')
        .map((target) => `${relative(SRC, file)} imports ${relative(SRC, target)}`),
    );
    expect(leaks).toEqual([]);
  });

  it('has no import cycles between modules, collab and demo', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, targets] of IMPORTS) {
      for (const target of targets) {
        if (partOf(file) === partOf(target)) continue;
        edges.set(partOf(file), (edges.get(partOf(file)) ?? new Set()).add(partOf(target)));
      }
    }
    expect(cycles(edges)).toEqual([]);
  });

  it('has no import cycles between files', () => {
    const edges = new Map(
      [...IMPORTS].map(([file, targets]) => [relative(SRC, file), new Set(targets.map((t) => relative(SRC, t)))]),
    );
    expect(cycles(edges)).toEqual([]);
  });
});

/** The parameter list of each `@ResolveField` method in a source text, by the method's name. */
function fieldResolverParameters(text: string): { name: string; parameters: string }[] {
  const closing = (from: number) => {
    let depth = 1;
    let at = from;
    while (depth > 0) {
      if (text[at] === '(') depth += 1;
      if (text[at] === ')') depth -= 1;
      at += 1;
    }
    return at;
  };
  return [...text.matchAll(/@ResolveField\(/g)].map((match) => {
    const method = /\s*(?:async\s+)?(\w+)\(/y;
    method.lastIndex = closing(match.index + match[0].length);
    const found = method.exec(text)!;
    return { name: found[1], parameters: text.slice(method.lastIndex, closing(method.lastIndex) - 1) };
  });
}

describe('field resolvers', () => {
  it('take GraphQL’s own arguments unless they have arguments of their own, so Nest calls them directly', () => {
    const resolvers = FILES.flatMap((file) =>
      fieldResolverParameters(readFileSync(file, 'utf8')).map((r) => ({ ...r, file: relative(SRC, file) })),
    );
    expect(resolvers.length).toBeGreaterThan(50);
    const decorated = resolvers
      .filter(({ parameters }) => /@\w+\(/.test(parameters) && !parameters.includes('@Args('))
      .map(({ file, name }) => `${file}: ${name}`);
    expect(decorated).toEqual([]);
  });
});

describe('output fields', () => {
  it('have no default value and no name of their own, so GraphQL reads each as the property of its name', () => {
    const fields = FILES.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split(/(?=@(?:ObjectType|InputType|ArgsType|InterfaceType)\()/)
        .filter((part) => /^@(?:ObjectType|InterfaceType)\(/.test(part))
        .flatMap((part) => [...part.matchAll(/@Field\(([^@]*?)\)\s*\n\s*\w+[!?]?:/g)])
        .map(([field, options]) => ({ field: `${relative(SRC, file)}: ${field.replace(/\s+/g, ' ')}`, options })),
    );
    expect(fields.length).toBeGreaterThan(200);
    expect(
      fields.filter(({ options }) => /\b(?:defaultValue|name)\s*:/.test(options)).map(({ field }) => field),
    ).toEqual([]);
  });
});
