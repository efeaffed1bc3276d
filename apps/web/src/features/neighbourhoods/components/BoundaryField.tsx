import type { BoundaryResult } from '@covenant/domain';
import { useId, useState, type ChangeEvent } from 'react';
import { TextArea } from '../../../components/ui/TextArea';
import { BoundaryMap } from './BoundaryMap';

export interface BoundaryFieldProps {
  value: string;
  parsed: BoundaryResult | null;
  onChange: (value: string) => void;
  error?: string | null;
}

export function BoundaryField({ value, parsed, onChange, error }: BoundaryFieldProps) {
  const fileId = useId();
  const [fileError, setFileError] = useState<string | null>(null);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) return;
    try {
      onChange(await file.text());
    } catch {
      setFileError(`We could not read ${file.name}. Try saving it again, or paste its contents instead.`);
    }
  };

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">
        Boundary <span className="field__suffix">(optional)</span>
      </legend>
      <p className="field__hint">
        The outline of the neighbourhood as GeoJSON (a Polygon or MultiPolygon in longitude and latitude), for example
        exported from the ONS Open Geography Portal or drawn at geojson.io.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          Upload a .geojson or .json file
        </label>
        {fileError ? (
          <p className="field__error" id={`${fileId}-error`}>
            <span className="visually-hidden">Error: </span>
            {fileError}
          </p>
        ) : null}
        <input
          id={fileId}
          className="file-input"
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={(event) => void readFile(event)}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${fileId}-error` : undefined}
        />
      </div>
      <TextArea
        label="Or paste the GeoJSON"
        name="boundary"
        rows={6}
        monospace
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
      {parsed?.ok ? (
        <figure className="boundary-preview">
          <BoundaryMap polygons={parsed.geometry.polygons} label="Preview of the boundary outline" />
          <figcaption>
            Preview: {parsed.geometry.polygons.length} area{parsed.geometry.polygons.length === 1 ? '' : 's'}
          </figcaption>
        </figure>
      ) : null}
    </fieldset>
  );
}
