import { useModuleTranslation } from '@kente/sdk';
import { Box, Checkbox, FormControlLabel, Typography } from '@kente/sdk/ui';
import { type DomainRights, humanize, toggleRights } from './roleForm.js';

/**
 * The rights of a role, grouped by backend domain and by openIMIS block (family, insuree, ...), as
 * the domains declare them: a module that adds rights adds rows. A right the administrator does not
 * hold cannot be ticked or unticked (nobody grants what they do not hold).
 */
export function RightsMatrix(props: {
  domains: readonly DomainRights[];
  held: ReadonlySet<number>;
  value: number[];
  onChange: (rights: number[]) => void;
  disabled: boolean;
}) {
  const { t } = useModuleTranslation();
  const chosen = new Set(props.value);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {props.domains.map((domain) => (
        <Box key={domain.domain} component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, m: 0 }}>
          <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
            {t(`role.domains.${domain.domain}`, { defaultValue: humanize(domain.domain) })}
          </Typography>
          {domain.groups.map((group) => {
            const codes = group.rights.map((r) => r.code);
            const mine = codes.filter((code) => props.held.has(code));
            const all = codes.every((code) => chosen.has(code));
            const some = codes.some((code) => chosen.has(code));
            const groupName = t(`role.groups.${group.key}`, { defaultValue: humanize(group.key) });
            return (
              <Box
                key={group.key + codes[0]}
                role="group"
                aria-label={groupName}
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { xs: '1fr', md: '220px 1fr' },
                  alignItems: 'start',
                  py: 0.5,
                  borderTop: 1,
                  borderColor: 'divider',
                }}
              >
                <FormControlLabel
                  disabled={props.disabled || mine.length === 0}
                  label={<strong>{groupName}</strong>}
                  control={
                    <Checkbox
                      checked={all}
                      indeterminate={some && !all}
                      onChange={(e) => props.onChange(toggleRights(props.value, codes, e.target.checked, props.held))}
                      slotProps={{ input: { 'aria-label': t('role.wholeGroup', { group: groupName }) } }}
                    />
                  }
                />
                <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
                  {group.rights.map((right) => (
                    <FormControlLabel
                      key={right.code}
                      disabled={props.disabled || !props.held.has(right.code)}
                      title={props.held.has(right.code) ? undefined : t('role.notHeld')}
                      label={`${right.code} ${t(`role.rights.${right.name}`, { defaultValue: right.description })}`}
                      control={
                        <Checkbox
                          size="small"
                          checked={chosen.has(right.code)}
                          onChange={(e) => props.onChange(toggleRights(props.value, [right.code], e.target.checked, props.held))}
                        />
                      }
                    />
                  ))}
                </Box>
              </Box>
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
