/**
 * One form's values and the plumbing of sending them: the submit that stays on the page, the checks made before a
 * request, the request's pending state, and the server's refusal read as per-field messages and one for the form.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formErrors, hasErrors, type FieldErrors, type FormErrors } from './form-errors';

/** What the form needs of the request it sends: a TanStack Query mutation, or whichever of two it sends. */
export interface FormMutation {
  error: unknown;
  isPending: boolean;
}

export interface FormHelpers {
  /** Puts every value back as it started, e.g. once the comment is posted. */
  reset: () => void;
  /** A confirmation for the form to show until it is sent again. */
  notify: (message: string) => void;
}

export interface FormSubmission<V, F extends string> {
  /** Problems found before sending; nothing is sent while there are any. */
  validate?: (values: V) => FieldErrors<F>;
  /** Sends the values, e.g. `mutation.mutate(…, { onSuccess: reset })`. */
  submit: (values: V, helpers: FormHelpers) => void;
}

export interface UseFormOptions<V, F extends string> extends FormSubmission<V, F> {
  initialValues: V | (() => V);
  mutation: FormMutation;
  /** The fields the server may name when it refuses the input; its other messages are for the whole form. */
  fields?: readonly F[];
  /** How this form reads the server's refusal, where that differs from {@link formErrors} on `fields`. */
  serverErrors?: (error: unknown) => FormErrors<F>;
}

type StringKeys<V> = { [K in keyof V]: string extends V[K] ? K : never }[keyof V];

/** The first control of a form marked as needing correcting, in the order the form shows them. */
function firstProblem(form: HTMLFormElement | null): HTMLElement | null {
  return form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
}

/** Client-side problems win over the server's for the same field. */
export function mergeErrors<F extends string>(server: FieldErrors<F>, client: FieldErrors<F>): FieldErrors<F> {
  const errors: FieldErrors<F> = { ...server };
  for (const [field, message] of Object.entries(client) as [F, string | undefined][]) {
    if (message) errors[field] = message;
  }
  return errors;
}

export function useForm<V extends object, F extends string>(options: UseFormOptions<V, F>) {
  const { mutation, fields = [], serverErrors = (error: unknown) => formErrors(error, fields) } = options;
  const [initialValues] = useState(options.initialValues);
  const [values, setValues] = useState<V>(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors<F>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const server = serverErrors(mutation.error);
  const serverNamesFields = hasErrors(server.fields);
  // The form last sent, and each time its own checks stopped it: the first field to correct is focused once drawn.
  const sentForm = useRef<HTMLFormElement | null>(null);
  const [stopped, setStopped] = useState(0);
  useEffect(() => {
    if (stopped) firstProblem(sentForm.current)?.focus();
  }, [stopped]);
  useEffect(() => {
    if (serverNamesFields) firstProblem(sentForm.current)?.focus();
  }, [mutation.error, serverNamesFields]);

  const setValue = <K extends keyof V>(name: K, value: V[K]) => setValues((current) => ({ ...current, [name]: value }));
  const helpers: FormHelpers = { reset: () => setValues(initialValues), notify: setNotice };

  /** The submit handler: stays on the page, clears the last confirmation, checks, then sends. */
  const handleSubmit =
    ({ validate, submit }: FormSubmission<V, F>) =>
    (event?: FormEvent) => {
      event?.preventDefault();
      setNotice(null);
      const form = (event?.target as Element | undefined)?.closest('form');
      if (form) sentForm.current = form;
      if (validate) {
        const problems = validate(values);
        setClientErrors(problems);
        if (hasErrors(problems)) {
          setStopped((count) => count + 1);
          return;
        }
      }
      submit(values, helpers);
    };

  const change = (name: StringKeys<V>) => (event: { target: { value: string } }) =>
    setValue(name, event.target.value as V[StringKeys<V>]);
  const errors = mergeErrors(server.fields, clientErrors);

  return {
    values,
    setValues,
    setValue,
    /** An `onChange` for a text control bound to a string value. */
    change,
    /** The message under each field: the form's own checks, else the server's. */
    errors,
    /** Everything a text control needs of the value it edits: its name, value, onChange and message. */
    field: <N extends StringKeys<V> & F>(name: N) => ({
      name,
      value: values[name] as string,
      onChange: change(name),
      error: errors[name],
    }),
    /** The form's own checks, from the last submit. */
    clientErrors,
    /** The server's messages for fields of this form. */
    serverFields: server.fields,
    /** The server's message for the whole form. */
    message: server.message,
    pending: mutation.isPending,
    notice,
    onSubmit: handleSubmit(options),
    /** For a form with more than one way to send it. */
    handleSubmit,
  };
}
