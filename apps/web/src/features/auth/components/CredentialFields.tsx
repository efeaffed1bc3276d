import { TextField, type TextFieldProps } from '../../../components/ui/TextField';

type CredentialProps = Omit<TextFieldProps, 'label' | 'type'> & { label?: string };

/** An account's e-mail address, as browsers and password managers expect to find it. */
export function EmailField({ label = 'E-mail address', ...props }: CredentialProps) {
  return <TextField label={label} type="email" autoComplete="email" spellCheck={false} required {...props} />;
}

/** A password: the current one unless `autoComplete` says it is a new one. */
export function PasswordField({ label = 'Password', ...props }: CredentialProps) {
  return <TextField label={label} type="password" autoComplete="current-password" required {...props} />;
}
