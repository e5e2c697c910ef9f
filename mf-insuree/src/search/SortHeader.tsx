import { Link } from '@kente/sdk/ui';
import type { ReactNode } from 'react';

/** A column header that sorts the list by its key (ascending, as the server orders). */
export function SortHeader(props: { label: ReactNode; sortKey: string; current: string; onSort: (key: string) => void }) {
  const active = props.current === props.sortKey;
  return (
    <Link
      component="button"
      type="button"
      underline="hover"
      color="inherit"
      onClick={() => props.onSort(props.sortKey)}
      aria-pressed={active}
      sx={{ fontWeight: 600, font: 'inherit' }}
    >
      {props.label}
      {active ? ' ▲' : ''}
    </Link>
  );
}
