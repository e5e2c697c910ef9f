import { useModuleTranslation } from '@kente/sdk';
import { MenuItem, TextField } from '@kente/sdk/ui';

/** The status filter both registers share. */
export function StatusFilter(props: { value: string; onChange: (value: string | null) => void }) {
  const { t } = useModuleTranslation();
  return (
    <TextField select size="small" label={t('users.status')} value={props.value} onChange={(e) => props.onChange(e.target.value || null)} sx={{ width: 160 }}>
      <MenuItem value="">{t('users.anyStatus')}</MenuItem>
      <MenuItem value="active">{t('users.active')}</MenuItem>
      <MenuItem value="inactive">{t('users.inactive')}</MenuItem>
    </TextField>
  );
}
