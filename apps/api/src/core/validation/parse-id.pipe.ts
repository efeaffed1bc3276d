import { Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badInput } from '../errors/app-error';

/** IDs are UUIDs; anything else is refused before it reaches a query. */
export function parseId(value: unknown): string {
  if (typeof value !== 'string' || !isUUID(value)) throw badInput('That is not a valid id.');
  return value;
}

@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    return parseId(value);
  }
}

/** An optional id argument: null when not given (GraphQL leaves it undefined). */
export function optionalId(value: unknown): string | null {
  return value == null ? null : parseId(value);
}
