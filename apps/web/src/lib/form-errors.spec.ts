import { errorFromResponse, GraphQLRequestError } from './graphql';
import { formErrors } from './form-errors';

describe(errorFromResponse.name, () => {
  it('reads the code, message and per-field messages, keyed by the input field name', () => {
    const error = errorFromResponse({
      errors: [
        {
          message: 'Use at least 12 characters.',
          extensions: { code: 'BAD_USER_INPUT', fields: { 'input.password': 'Use at least 12 characters.' } },
        },
      ],
    });
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.fields).toEqual({ password: 'Use at least 12 characters.' });
  });

  it('gives null for a response without errors', () => {
    expect(errorFromResponse({ data: { me: null } })).toBeNull();
  });
});

describe(formErrors.name, () => {
  const fields = ['email', 'password'] as const;

  it('puts field messages next to their fields with a summary for the form', () => {
    const error = new GraphQLRequestError('Use at least 12 characters.', 'BAD_USER_INPUT', {
      password: 'Use at least 12 characters.',
    });
    expect(formErrors(error, fields)).toEqual({
      fields: { password: 'Use at least 12 characters.' },
      message: 'Please correct the problems marked below.',
    });
  });

  it('shows the message for the whole form when no field is named, or one the form does not have', () => {
    const wrong = new GraphQLRequestError('That e-mail and password do not match.', 'UNAUTHENTICATED');
    expect(formErrors(wrong, fields)).toEqual({ fields: {}, message: 'That e-mail and password do not match.' });
    const other = new GraphQLRequestError('Check these fields: Too long.', 'BAD_USER_INPUT', { first: 'Too long.' });
    expect(formErrors(other, fields).message).toBe('Check these fields: Too long.');
  });

  it('has nothing to say without an error', () => {
    expect(formErrors(null, fields)).toEqual({ fields: {}, message: null });
  });
});
