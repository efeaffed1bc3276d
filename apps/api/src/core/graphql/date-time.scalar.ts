import { GraphQLScalarType, Kind } from 'graphql';

/**
 * An instant, as ISO 8601 in UTC with milliseconds (what `Date.toISOString` writes). Besides a `Date`, it
 * answers a string already in that form as it is: lists of thousands of rows read as JSON (progress reports) have
 * PostgreSQL write their times so, instead of each being parsed into a `Date` and printed back.
 */
export const DateTime = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    return typeof value === 'string' ? value : null;
  },
  parseValue(value) {
    return new Date(value as string);
  },
  parseLiteral(ast) {
    return ast.kind === Kind.STRING ? new Date(ast.value) : null;
  },
});

/** The SQL that writes the `timestamptz` expression `column` as `DateTime` answers it. */
export function isoInstantSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
