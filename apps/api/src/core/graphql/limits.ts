/**
 * Query limits from the contract header: depth (fragments expanded,
 * introspection not counted), aliases and complexity. A refused query is
 * GRAPHQL_VALIDATION_FAILED and nothing of it runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  getNamedType,
  isListType,
  isNonNullType,
  type GraphQLOutputType,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 12;
export const MAX_ALIASES = 30;
export const MAX_COMPLEXITY = 20_000;
const DEFAULT_LIST_SIZE = 5;

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visited));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visited));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by graphql-js's own NoFragmentCycles rule.
      if (!fragment || visited.has(name)) continue;
      visited.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visited));
      visited.delete(name);
    }
  }
  return deepest;
}

export function depthLimit(maxDepth = MAX_DEPTH): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = Object.fromEntries(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(refused(`The query is ${depth} levels deep; the limit is ${maxDepth}.`));
        }
      },
    };
  };
}

export function aliasLimit(maxAliases = MAX_ALIASES): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(node: FieldNode) {
        if (node.alias) aliases++;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(refused(`The query uses ${aliases} aliases; the limit is ${maxAliases}.`));
          }
        },
      },
    };
  };
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Each field costs 1; a list multiplies what is under it by `first`, or by a typical size when unbounded. */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__') || getNamedType(field.type).name.startsWith('__')) {
    return 0;
  }
  if (!isList(field.type)) return 1 + childComplexity;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_LIST_SIZE;
  return 1 + childComplexity * first;
};

/** Longest operation name and variables of a query, written out, whose complexity is remembered. */
const REMEMBERED_KEY = 2_000;
const REMEMBERED_PER_DOCUMENT = 100;

export function complexityLimit(maxComplexity = MAX_COMPLEXITY): ApolloServerPlugin {
  // Apollo hands the same parsed document to every request that sends the same text, so a page's
  // complexity is worked out once per set of variables instead of walking its document again each time.
  const remembered = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const variables = request.variables ?? {};
          // A query's variables are a few ids and counts; a mutation's input may be long, and is sent once.
          const key =
            operation?.operation === 'query' ? JSON.stringify([request.operationName ?? null, variables]) : '';
          let known = remembered.get(document);
          let complexity = key ? known?.get(key) : undefined;
          if (complexity === undefined) {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables,
              estimators: [estimator],
            });
            if (key && key.length <= REMEMBERED_KEY) {
              if (!known || known.size >= REMEMBERED_PER_DOCUMENT) remembered.set(document, (known = new Map()));
              known.set(key, complexity);
            }
          }
          if (complexity > maxComplexity) {
            throw refused(
              `The query's complexity is ${complexity}; the limit is ${maxComplexity}. Ask for fewer items.`,
            );
          }
        },
      };
    },
  };
}
