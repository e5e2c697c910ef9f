import { useModuleTranslation } from '@kente/sdk';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow } from '@kente/sdk/ui';

export interface ConflictField {
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

/**
 * Someone else saved this record since it was opened (a CONFLICT from the
 * server). Shows both versions side by side, differences first, and lets the
 * user take theirs (reload) or save theirs over with their own (re-apply):
 * nothing is lost without the user choosing it.
 */
export function ConflictDialog(props: {
  open: boolean;
  fields: ConflictField[];
  /** Who saved last and when, if known. */
  savedBy?: string;
  onReload: () => void;
  onReapply: () => void;
  onClose: () => void;
}) {
  const { t } = useModuleTranslation();
  const ordered = [...props.fields.filter((f) => f.mine !== f.theirs), ...props.fields.filter((f) => f.mine === f.theirs)];
  return (
    <Dialog open={props.open} onClose={props.onClose} maxWidth="md" fullWidth aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">{t('conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{props.savedBy ? t('conflict.introBy', { who: props.savedBy }) : t('conflict.intro')}</DialogContentText>
        <Table size="small" aria-label={t('conflict.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('conflict.field')}</TableCell>
              <TableCell>{t('conflict.mine')}</TableCell>
              <TableCell>{t('conflict.theirs')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ordered.map((field) => {
              const differs = field.mine !== field.theirs;
              return (
                <TableRow key={field.key} data-conflict-field={field.key} data-differs={differs || undefined} selected={differs}>
                  <TableCell sx={{ fontWeight: differs ? 600 : undefined }}>{field.label}</TableCell>
                  <TableCell>{field.mine || '—'}</TableCell>
                  <TableCell>{field.theirs || '—'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('conflict.keepEditing')}</Button>
        <Button onClick={props.onReload}>{t('conflict.reload')}</Button>
        <Button variant="contained" onClick={props.onReapply}>
          {t('conflict.reapply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
