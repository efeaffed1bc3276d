import { renderToStaticMarkup } from 'react-dom/server';
import { GraphQLRequestError } from './graphql';
import { mergeErrors, useForm, type UseFormOptions } from './use-form';

type Values = { email: string; role: string };
type Field = 'email' | 'role';

/** Renders a form once on the server and hands back what the hook returned. */
function renderForm(options: Partial<UseFormOptions<Values, Field>> = {}) {
  let form: ReturnType<typeof useForm<Values, Field>> | undefined;
  function Form() {
    form = useForm<Values, Field>({
      mutation: { error: null, isPending: false },
      fields: ['email', 'role'],
      initialValues: { email: 'ada@example.org', role: 'MEMBER' },
      submit: () => undefined,
      ...options,
    });
    return null;
  }
  renderToStaticMarkup(<Form />);
  if (!form) throw new Error('The form did not render.');
  return form;
}

describe(mergeErrors.name, () => {
  it('lets the form’s own check win over the server’s, and keeps the server’s for the other fields', () => {
    expect(mergeErrors<Field>({ email: 'Taken.', role: 'Unknown.' }, { email: 'Enter it.', role: undefined })).toEqual({
      email: 'Enter it.',
      role: 'Unknown.',
    });
  });
});

describe(useForm.name, () => {
  it('reads the server’s refusal as field messages and one for the form, and passes on the pending state', () => {
    const error = new GraphQLRequestError('Bad input', 'BAD_USER_INPUT', { email: 'Already a member.' });
    const form = renderForm({ mutation: { error, isPending: true } });
    expect(form.errors).toEqual({ email: 'Already a member.' });
    expect(form.message).toBe('Please correct the problems marked below.');
    expect(form.pending).toBe(true);
    expect(form.values).toEqual({ email: 'ada@example.org', role: 'MEMBER' });
  });

  it('hands a text control its name, value and message in one go', () => {
    const error = new GraphQLRequestError('Bad input', 'BAD_USER_INPUT', { email: 'Already a member.' });
    const form = renderForm({ mutation: { error, isPending: false } });
    expect(form.field('email')).toMatchObject({ name: 'email', value: 'ada@example.org', error: 'Already a member.' });
    expect(form.field('role')).toMatchObject({ name: 'role', value: 'MEMBER', error: undefined });
    expect(typeof form.field('email').onChange).toBe('function');
  });

  it('takes the form’s own reading of the server where it has one', () => {
    const form = renderForm({
      mutation: { error: new GraphQLRequestError('No account uses that e-mail.', 'NOT_FOUND'), isPending: false },
      serverErrors: (error) => ({ fields: { email: (error as Error).message }, message: 'Check the e-mail.' }),
    });
    expect(form.errors).toEqual({ email: 'No account uses that e-mail.' });
    expect(form.message).toBe('Check the e-mail.');
  });

  it('stays on the page and sends the values only when its checks find nothing', () => {
    const submit = jest.fn();
    const preventDefault = jest.fn();
    const valid = renderForm({ validate: () => ({}), submit });
    valid.onSubmit({ preventDefault } as never);
    expect(preventDefault).toHaveBeenCalled();
    expect(submit).toHaveBeenCalledWith({ email: 'ada@example.org', role: 'MEMBER' }, expect.any(Object));

    submit.mockClear();
    const invalid = renderForm({ validate: () => ({ role: 'Choose a role.' }), submit });
    invalid.onSubmit({ preventDefault } as never);
    expect(submit).not.toHaveBeenCalled();
  });
});
