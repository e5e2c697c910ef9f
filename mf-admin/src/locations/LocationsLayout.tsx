import { useModuleTranslation } from '@kente/sdk';
import { Box, Card, CardContent, Typography } from '@kente/sdk/ui';
import type { ReactNode } from 'react';
import { LocationTree } from './LocationTree.js';

/** The location pages: the tree on the left (the chain of the location on screen opened), the page on the right. */
export function LocationsLayout({ selectedId, open, children }: { selectedId?: string; open?: readonly string[]; children: ReactNode }) {
  const { t } = useModuleTranslation();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(260px, 320px) 1fr' }, alignItems: 'start' }}>
      <Card variant="outlined" sx={{ m: 3, mr: { md: 0 }, position: { md: 'sticky' }, top: { md: 16 } }}>
        <CardContent sx={{ maxHeight: { md: 'calc(100vh - 140px)' }, overflow: 'auto' }}>
          <Typography variant="subtitle1" component="h2" gutterBottom>
            {t('locations.tree')}
          </Typography>
          <LocationTree selectedId={selectedId} open={open} />
        </CardContent>
      </Card>
      <Box sx={{ minWidth: 0 }}>{children}</Box>
    </Box>
  );
}
