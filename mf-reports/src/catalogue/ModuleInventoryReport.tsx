import { getRuntime, useModuleTranslation } from '@kente/sdk';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@kente/sdk/ui';

/** A report mf-reports makes itself: what this console is composed of. */
export default function ModuleInventoryReport() {
  const { t } = useModuleTranslation();
  const { composition } = getRuntime();
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('reports.inventory.description')}
      </Typography>
      <Table aria-label={t('reports.inventory.label')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('reports.inventory.module')}</TableCell>
            <TableCell>{t('reports.inventory.version')}</TableCell>
            <TableCell align="right">{t('reports.inventory.pages')}</TableCell>
            <TableCell align="right">{t('reports.inventory.contributions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {composition.modules.map(({ manifest }) => (
            <TableRow key={manifest.name}>
              <TableCell>{manifest.name}</TableCell>
              <TableCell>{manifest.version}</TableCell>
              <TableCell align="right">{manifest.routes.length}</TableCell>
              <TableCell align="right">{manifest.contributions.length}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
