import { Injectable, PipeTransform } from '@nestjs/common';
import { badInput } from '../errors/app-error';

export const MAX_REASON_LENGTH = 2000;

/** A reason recorded in the audit trail: required, trimmed, at most 2,000 characters. */
@Injectable()
export class ReasonPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    const reason = typeof value === 'string' ? value.trim() : '';
    if (!reason) throw badInput('Give a reason: it is recorded with the change.', { reason: 'Give a reason.' });
    if (reason.length > MAX_REASON_LENGTH) {
      throw badInput('Keep the reason to 2,000 characters.', { reason: 'At most 2,000 characters.' });
    }
    return reason;
  }
}
