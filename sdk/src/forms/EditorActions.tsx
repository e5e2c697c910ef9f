import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

export interface EditorActionsProps<TValues extends FieldValues> {
  /** The versioned editor's form and discard (`useVersionedEditor`). */
  editor: { form: UseFormReturn<TValues>; discard: () => void };
  /** Save and Discard show only with the edit right (the form is read-only otherwise). */
  canEdit: boolean;
  /** The module's own words for its record. */
  labels: { save: string; discard: string; delete?: string };
  /** Delete shows when given (the module checks the delete right) and opens the module's confirmation. */
  onDelete?: () => void;
  /** Buttons after Save / Discard (e.g. Duplicate). */
  children?: ReactNode;
  /** Buttons on the right, before Delete (e.g. Deactivate). */
  end?: ReactNode;
}

/**
 * The action bar of a stored record's editor: Save (only once something changed, not while
 * saving) and Discard on the left, then the module's own buttons; Delete on the right, apart.
 * It sits inside the editor's `<form>`, so Enter in a field saves.
 */
export function EditorActions<TValues extends FieldValues>(props: EditorActionsProps<TValues>) {
  const { form } = props.editor;
  const dirty = form.formState.isDirty;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {props.canEdit && (
        <>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting || !dirty}>
            {props.labels.save}
          </Button>
          <Button type="button" disabled={!dirty} onClick={props.editor.discard}>
            {props.labels.discard}
          </Button>
        </>
      )}
      {props.children}
      <Box sx={{ flex: 1 }} />
      {props.end}
      {props.onDelete && (
        <Button type="button" color="error" variant="outlined" onClick={props.onDelete}>
          {props.labels.delete}
        </Button>
      )}
    </Stack>
  );
}
