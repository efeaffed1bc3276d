import { useEffect, useId, useRef } from 'react';
import { Button } from '../../../components/ui/Button';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Select } from '../../../components/ui/Select';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useSign } from '../api/sign';
import { shortHash } from '../signing-rows';

type SignField = 'signerName' | 'signerPosition' | 'mandate' | 'confirmAuthority' | 'partyId';
const FIELDS: readonly SignField[] = ['signerName', 'signerPosition', 'mandate', 'confirmAuthority', 'partyId'];

export interface SignatureFormProps {
  kind: 'sign' | 'countersign';
  covenantId: string;
  slug: string;
  version: { number: number; contentHash: string };
  /** The parties the viewer may sign for now; more than one asks which. */
  parties: { id: string; name: string }[];
  signerName: string;
  onDone: () => void;
}

/** The signatory types their name and position, confirms their authority, and signs the hash they read. */
export function SignatureForm({ kind, covenantId, slug, version, parties, signerName, onDone }: SignatureFormProps) {
  const sign = useSign(slug);
  const organisationOf = (partyId: string) =>
    parties.find((party) => party.id === partyId)?.name ?? 'your organisation';
  const form = useForm({
    mutation: sign,
    fields: FIELDS,
    initialValues: {
      partyId: parties.length === 1 ? parties[0].id : '',
      signerName,
      signerPosition: '',
      mandate: '',
      confirmAuthority: false,
    },
    validate: (values) => {
      const problems: FieldErrors<SignField> = {};
      if (!values.partyId) problems.partyId = 'Choose the organisation you sign for.';
      if (!values.signerName.trim()) problems.signerName = 'Type your full name as you sign.';
      if (!values.signerPosition.trim()) problems.signerPosition = 'Give your position, e.g. “Chair of trustees”.';
      if (!values.confirmAuthority)
        problems.confirmAuthority = `Confirm that you are authorised to sign for ${organisationOf(values.partyId)}.`;
      return problems;
    },
    submit: (values) =>
      sign.mutate(
        {
          kind,
          input: {
            covenantId,
            partyId: values.partyId,
            contentHash: version.contentHash,
            signerName: values.signerName.trim(),
            signerPosition: values.signerPosition.trim(),
            mandate: values.mandate.trim() || null,
            confirmAuthority: true,
          },
        },
        { onSuccess: onDone },
      ),
  });
  const { values, errors, change: set } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const confirmId = useId();
  useEffect(() => heading.current?.focus(), []);

  const organisation = organisationOf(values.partyId);

  const verb = kind === 'sign' ? 'Sign' : 'Countersign';
  return (
    <form className="form form--panel signature-form" onSubmit={form.onSubmit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {verb} version {version.number}
        {parties.length === 1 ? ` for ${parties[0].name}` : ''}
      </h3>
      <p className="muted">
        You are signing the text above exactly as frozen, content hash <code>{shortHash(version.contentHash)}</code>.
        {kind === 'countersign' ? ' Your countersignature brings the covenant into force today.' : ''}
      </p>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      {parties.length > 1 ? (
        <Select
          label="Sign for"
          name="partyId"
          placeholder="Choose an organisation"
          options={parties.map((party) => ({ value: party.id, label: party.name }))}
          value={values.partyId}
          onChange={set('partyId')}
          error={errors.partyId}
        />
      ) : null}
      <div className="form-row">
        <TextField
          label="Your full name"
          name="signerName"
          autoComplete="name"
          value={values.signerName}
          onChange={set('signerName')}
          error={errors.signerName}
          maxLength={200}
        />
        <TextField
          label="Your position"
          name="signerPosition"
          autoComplete="organization-title"
          value={values.signerPosition}
          onChange={set('signerPosition')}
          error={errors.signerPosition}
          hint="Printed under your signature, e.g. “Chair of trustees”."
          maxLength={200}
        />
      </div>
      <TextField
        label="Mandate"
        name="mandate"
        optional
        value={values.mandate}
        onChange={set('mandate')}
        error={errors.mandate}
        hint="The decision that authorises you to sign: a board resolution, cabinet minute or delegation."
        maxLength={500}
      />
      <div className={['field', errors.confirmAuthority ? 'field--invalid' : null].filter(Boolean).join(' ')}>
        {errors.confirmAuthority ? (
          <p className="field__error" id={`${confirmId}-error`}>
            <span className="visually-hidden">Error: </span>
            {errors.confirmAuthority}
          </p>
        ) : null}
        <label className="checkbox" htmlFor={confirmId}>
          <input
            id={confirmId}
            type="checkbox"
            name="confirmAuthority"
            checked={values.confirmAuthority}
            aria-invalid={errors.confirmAuthority ? true : undefined}
            aria-describedby={errors.confirmAuthority ? `${confirmId}-error` : undefined}
            onChange={(event) => form.setValue('confirmAuthority', event.target.checked)}
          />
          I am authorised to sign for {organisation}
        </label>
      </div>
      <div className="actions">
        <Button type="submit" busy={form.pending} busyLabel="Signing…">
          {verb} version {version.number}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
