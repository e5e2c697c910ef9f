import { useModuleTranslation } from '@kente/sdk';
import { Box } from '@kente/sdk/ui';

/** The insuree's photo next to the claim's insurance number (their initials when there is none), as mf-insuree's enquiry shows it. */
export function InsureePhoto({ insuree }: { insuree: { lastName: string; otherNames: string; photo?: string | null } }) {
  const { t } = useModuleTranslation();
  const name = `${insuree.lastName} ${insuree.otherNames}`;
  return (
    <Box
      role="img"
      aria-label={t('enquiry.photo', { name })}
      data-testid="claim-insuree-photo"
      sx={{
        width: 40,
        height: 48,
        flex: '0 0 auto',
        bgcolor: 'action.hover',
        borderRadius: 1,
        overflow: 'hidden',
        display: 'grid',
        placeItems: 'center',
        color: 'text.secondary',
        fontSize: 16,
      }}
    >
      {insuree.photo ? (
        <Box component="img" src={insuree.photo} alt="" sx={{ width: '100%', height: '100%', objectFit: 'cover' }} />
      ) : (
        `${insuree.otherNames[0] ?? ''}${insuree.lastName[0] ?? ''}`
      )}
    </Box>
  );
}
