import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useFormat } from '../runtime/hooks.js';
import { useKitText } from '../ui/kitText.js';

export interface ConflictField {
  key: string;
  label: string;
  mine: string;
  theirs: string;
  /** The values are ISO dates: shown in the console's language. */
  date?: boolean;
}

/** How a form field appears in the conflict dialog: its label and its value as text. */
export interface ConflictFieldSpec<T> {
  key: string;
  label: string;
  show: (values: T) => string;
  date?: boolean;
}

/** Side-by-side rows for the conflict dialog: each field's value as the user typed it and as saved by someone else. */
export function conflictFields<T>(fields: ReadonlyArray<ConflictFieldSpec<T>>, mine: T, theirs: T): ConflictField[] {
  return fields.map((f) => ({ key: f.key, label: f.label, mine: f.show(mine), theirs: f.show(theirs), date: f.date }));
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
  /** Who saved last, if known. */
  savedBy?: string | null;
  /** When they saved (ISO), if known. */
  savedAt?: string | null;
  onReload: () => void;
  onReapply: () => void;
  onClose: () => void;
}) {
  const t = useKitText();
  const format = useFormat();
  const show = (field: ConflictField, value: string) => (value && field.date && /^\d{4}-\d{2}-\d{2}$/.test(value) ? format.date(value) : value) || '—';
  const when = props.savedAt ? format.dateTime(props.savedAt) : null;
  const ordered = [...props.fields.filter((f) => f.mine !== f.theirs), ...props.fields.filter((f) => f.mine === f.theirs)];
  return (
    <Dialog open={props.open} onClose={props.onClose} maxWidth="md" fullWidth aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">{t('kit.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {props.savedBy && when
            ? t('kit.conflict.introByAt', { who: props.savedBy, when })
            : props.savedBy
              ? t('kit.conflict.introBy', { who: props.savedBy })
              : when
                ? t('kit.conflict.introAt', { when })
                : t('kit.conflict.intro')}
        </DialogContentText>
        <Table size="small" aria-label={t('kit.conflict.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('kit.conflict.field')}</TableCell>
              <TableCell>{t('kit.conflict.mine')}</TableCell>
              <TableCell>{t('kit.conflict.theirs')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ordered.map((field) => {
              const differs = field.mine !== field.theirs;
              return (
                <TableRow key={field.key} data-conflict-field={field.key} data-differs={differs || undefined} selected={differs}>
                  <TableCell sx={{ fontWeight: differs ? 600 : undefined }}>{field.label}</TableCell>
                  <TableCell>{show(field, field.mine)}</TableCell>
                  <TableCell>{show(field, field.theirs)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('kit.conflict.keepEditing')}</Button>
        <Button onClick={props.onReload}>{t('kit.conflict.reload')}</Button>
        <Button variant="contained" onClick={props.onReapply}>
          {t('kit.conflict.reapply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
