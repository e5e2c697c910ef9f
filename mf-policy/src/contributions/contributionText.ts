import { useFormat, useModuleTranslation } from '@kente/sdk';
import { useErrorCodeText } from '@kente/sdk/ui';
import type { ContributionWarning } from './contributionQueries.js';

/** The text of an error code: the contribution's own (`contribution.errors.CODE`), else the kit's, else the server's message. */
export function useContributionErrorText() {
  const { t } = useModuleTranslation();
  const kit = useErrorCodeText();
  return (code: string | undefined, fallback?: string) =>
    code ? t(`contribution.errors.${code}`, { defaultValue: kit(code, fallback ? { defaultValue: fallback } : undefined) }) : undefined;
}

/** A warning of the server (`contribution.warnings.CODE` with {{max}}, {{number}} (its count: `count` would pick a plural form) and {{amount}}), else its English message. */
export function useContributionWarningText() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  return (warning: ContributionWarning) =>
    t(`contribution.warnings.${warning.code}`, {
      defaultValue: warning.message,
      max: warning.max,
      number: warning.count,
      amount: warning.amount ? format.money(warning.amount) : '',
    });
}
