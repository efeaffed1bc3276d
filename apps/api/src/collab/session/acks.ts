/**
 * Answers to client messages. Refusals are thrown as the same typed errors
 * GraphQL answers with, and turned into an ack here, in one place.
 */
import type { Ack, ErrorCode, Refusal } from '@covenant/collab-protocol';
import type { Logger } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error';

export const OK = { ok: true } as const;

export const refusal = (code: ErrorCode, message: string): Refusal => ({ ok: false, code, message });

/** Runs a handler and answers what it throws: its own code for an AppError, INTERNAL_SERVER_ERROR for a fault. */
export async function answer<T extends Ack>(logger: Logger, handle: () => Promise<T>): Promise<T | Refusal> {
  try {
    return await handle();
  } catch (error) {
    if (error instanceof AppError) return refusal(error.code, error.message);
    logger.error(`a real-time message failed: ${String(error)}`);
    return refusal('INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Please try again.');
  }
}
