/**
 * Nest gives each field without a resolver of its own a function that reads the property of the same name. A field
 * with a resolve function is one graphql-jit cannot inline: a compiled query calls it, with its bookkeeping, for
 * every field of every object, thousands of times for a page of commitments and their reports. Those fields lose the
 * function, and GraphQL reads the property itself. Nest's function also gives a field's `defaultValue` for a missing
 * property; no output field of this API has one (a test keeps it so).
 */
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';

/** The name of the function Nest sets on such fields (`ObjectTypeDefinitionFactory.createFieldResolver`). */
const NEST_PROPERTY_READER = 'rootFieldResolver';

export function withPlainFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === NEST_PROPERTY_READER) field.resolve = undefined;
    }
  }
  return schema;
}
