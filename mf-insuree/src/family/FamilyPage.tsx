import { Slot, useModuleTranslation } from '@kente/sdk';
import { Box, Card, CardContent, Typography } from '@kente/sdk/ui';

/** The family page; other modules add panels through insuree.family.panels. */
export default function FamilyPage({ params }: { params: { familyId: string } }) {
  const { t } = useModuleTranslation();
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('family.title', { id: params.familyId })}
      </Typography>
      <Slot
        name="insuree.family.panels"
        props={{ familyId: params.familyId }}
        wrap={(node) => (
          <Card variant="outlined">
            <CardContent>{node}</CardContent>
          </Card>
        )}
      />
    </Box>
  );
}
