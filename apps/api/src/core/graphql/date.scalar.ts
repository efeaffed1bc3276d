import { CustomScalar, Scalar } from '@nestjs/graphql';
import { Kind, ValueNode } from 'graphql';
import { badInput } from '../errors/app-error';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw badInput(`"${String(value)}" is not a calendar date (YYYY-MM-DD).`);
  }
  return value;
}

/** A calendar day, YYYY-MM-DD, kept as a string so no time zone can shift it. */
@Scalar('Date', () => CalendarDate)
export class CalendarDate implements CustomScalar<string, string> {
  description = 'ISO-8601 calendar date (YYYY-MM-DD)';

  parseValue(value: unknown): string {
    return parse(value);
  }

  serialize(value: unknown): string {
    return parse(value);
  }

  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  }
}
