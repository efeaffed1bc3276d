import { Link, type LinkProps } from 'react-router-dom';
import type { ButtonVariant } from './Button';

export interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
}

/** A link that looks like a button, for calls to action that go somewhere. */
export function ButtonLink({ variant = 'primary', className, ...rest }: ButtonLinkProps) {
  return <Link className={['button', `button--${variant}`, className].filter(Boolean).join(' ')} {...rest} />;
}
