import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from '../errors/app-error';

function collect(errors: ValidationError[], prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) into[path] = messages[0];
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

/** Input validation for every argument: failures are BAD_USER_INPUT with a message per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = collect(errors);
      const messages = Object.values(fields);
      return badInput(messages.length === 1 ? messages[0] : `Check these fields: ${messages.join(' ')}`, fields);
    },
  });
}
