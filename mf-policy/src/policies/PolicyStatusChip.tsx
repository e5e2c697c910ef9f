import { useModuleTranslation } from '@kente/sdk';
import { Chip } from '@kente/sdk/ui';
import { statusColor, statusKey } from './policyForm.js';

/** A policy's status, translated, coloured by what it asks of a clerk (Idle: to be paid). */
export function PolicyStatusChip({ status }: { status: number }) {
  const { t } = useModuleTranslation();
  return <Chip size="small" variant="outlined" color={statusColor(status)} label={t(statusKey(status))} />;
}
