import { PAGE_PATHS } from '@covenant/domain';
import { Link } from 'react-router-dom';
import { Select } from '../../../components/ui/Select';
import { NEXT_PARAM } from '../../../lib/auth-links';
import { useLocalAuthorities } from '../api/local-authorities';

export interface LocalAuthorityFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}

export function LocalAuthorityField({ value, onChange, error }: LocalAuthorityFieldProps) {
  const authorities = useLocalAuthorities();
  const options = (authorities.data ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.name,
  }));
  const addCouncil = `${PAGE_PATHS.newOrganisation}?${new URLSearchParams({
    kind: 'LOCAL_AUTHORITY',
    [NEXT_PARAM]: PAGE_PATHS.newNeighbourhood,
  })}`;

  return (
    <Select
      label="Local authority"
      name="localAuthorityId"
      optional
      placeholder={authorities.isPending ? 'Loading councils…' : 'Not named yet'}
      options={options}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error ?? (authorities.isError ? authorities.error.message : null)}
      hint={
        <p>
          The council whose area this is; it countersigns covenants here. Not listed?{' '}
          <Link to={addCouncil}>Add the council’s organisation</Link> first (what you typed here is not kept).
        </p>
      }
    />
  );
}
