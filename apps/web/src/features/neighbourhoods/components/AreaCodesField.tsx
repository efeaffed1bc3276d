import { TextArea } from '../../../components/ui/TextArea';
import { readAreaCodes } from '../area-codes-text';

export interface AreaCodesFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error?: string | null;
}

export function AreaCodesField({ value, onChange, onBlur, error }: AreaCodesFieldProps) {
  const { codes } = readAreaCodes(value);
  return (
    <TextArea
      label="Area codes"
      name="areaCodes"
      optional
      rows={3}
      monospace
      spellCheck={false}
      autoCapitalize="characters"
      hint={
        <>
          <p>
            The ONS codes of the wards or small areas (LSOAs) it covers, such as E05012345. Separate them with commas,
            spaces or new lines.
          </p>
          {codes.length > 0 ? (
            <p aria-live="polite">
              {codes.length} valid code{codes.length === 1 ? '' : 's'}: {codes.join(', ')}
            </p>
          ) : null}
        </>
      }
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      error={error}
    />
  );
}
