import { useModuleTranslation } from '@kente/sdk';
import { CONFLICT, type UserError } from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  type LocationPath,
  LocationPicker,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@kente/sdk/ui';
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { addCatchment, type CatchmentRow, catchmentErrorRow, catchmentInput, catchmentPercentIssue, catchmentRows } from './facilityForm.js';
import { CATCHMENT_VILLAGE, type FacilityDetails, UPDATE_FACILITY } from './facilityQueries.js';

/**
 * The villages a facility serves and the share of each village's people (openIMIS HFCatchment):
 * chosen with the location cascade, saved as a whole with the facility's version (a stale one is a
 * CONFLICT: nothing is overwritten), each server error shown on its line.
 */
export function CatchmentSection(props: { facility: FacilityDetails; version: number; canEdit: boolean; onSaved: (saved: FacilityDetails) => void }) {
  const { t } = useModuleTranslation();
  const client = useClient();
  const stored = catchmentRows(props.facility.catchments);
  const [rows, setRows] = useState<CatchmentRow[]>(stored);
  const [path, setPath] = useState<LocationPath>({});
  const [errors, setErrors] = useState<UserError[]>([]);
  const [message, setMessage] = useState<{ severity: 'error' | 'success'; text: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const [saving, save] = useMutation(UPDATE_FACILITY);
  const dirty = JSON.stringify(rows) !== JSON.stringify(stored);
  const lineError = (index: number, field: 'locationId' | 'percent') =>
    errors.find((e) => {
      const at = catchmentErrorRow(e.field);
      return at?.index === index && at.field === field;
    })?.message;

  const add = async () => {
    if (!path.V) return;
    setAdding(true);
    const result = await client.query(CATCHMENT_VILLAGE, { id: path.V }).toPromise();
    setAdding(false);
    const village = result.data?.location;
    if (!village) return setMessage({ severity: 'error', text: t('facility.catchment.villageFailed') });
    setRows((current) => addCatchment(current, village));
    setErrors([]);
    setPath({ R: path.R, D: path.D, M: path.M });
  };
  const submit = async () => {
    setMessage(null);
    const catchments = catchmentInput(rows);
    if (!catchments) return setMessage({ severity: 'error', text: t('facility.catchment.percentRule') });
    const result = await save({ input: { id: props.facility.id, version: props.version, catchments } });
    if (result.error) return setMessage({ severity: 'error', text: result.error.graphQLErrors[0]?.message ?? result.error.message });
    const payload = result.data?.updateHealthFacility;
    const problems = payload?.errors ?? [];
    if (problems.length || !payload?.healthFacility) {
      setErrors(problems);
      const general = problems.find((e) => !catchmentErrorRow(e.field));
      if (general) setMessage({ severity: 'error', text: general.code === CONFLICT ? t('facility.catchment.conflict') : general.message });
      return;
    }
    setErrors([]);
    setRows(catchmentRows(payload.healthFacility.catchments));
    setMessage({ severity: 'success', text: t('facility.catchment.saved') });
    props.onSaved(payload.healthFacility as FacilityDetails);
  };

  return (
    <Box component="section" aria-labelledby="catchment-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id="catchment-title" variant="h6" component="h2">
        {t('facility.catchment.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('facility.catchment.intro')}
      </Typography>
      {message && (
        <Alert severity={message.severity} role={message.severity === 'success' ? 'status' : 'alert'} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Typography variant="body2">{t('facility.catchment.empty')}</Typography>
      ) : (
        <Table size="small" aria-labelledby="catchment-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('facility.catchment.village')}</TableCell>
              <TableCell sx={{ width: 160 }}>{t('facility.catchment.percent')}</TableCell>
              {props.canEdit && <TableCell sx={{ width: 120 }} />}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => {
              const issue = catchmentPercentIssue(row.percent);
              const serverPercent = lineError(index, 'percent');
              const serverVillage = lineError(index, 'locationId');
              return (
                <TableRow key={row.locationId}>
                  <TableCell>
                    {row.code} {row.name}
                    {serverVillage && (
                      <Typography variant="caption" color="error" role="alert" sx={{ display: 'block' }}>
                        {serverVillage}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    <TextField
                      size="small"
                      value={row.percent}
                      disabled={!props.canEdit}
                      inputMode="numeric"
                      onChange={(e) => setRows((current) => current.map((r, i) => (i === index ? { ...r, percent: e.target.value } : r)))}
                      error={Boolean(issue || serverPercent)}
                      helperText={serverPercent ?? (issue ? t('facility.catchment.percentRule') : undefined)}
                      slotProps={{ htmlInput: { 'aria-label': t('facility.catchment.percentOf', { village: `${row.code} ${row.name}` }) } }}
                    />
                  </TableCell>
                  {props.canEdit && (
                    <TableCell>
                      <Button size="small" onClick={() => setRows((current) => current.filter((_, i) => i !== index))}>
                        {t('facility.catchment.remove')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {props.canEdit && (
        <>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <LocationPicker label={t('facility.catchment.pick')} value={path} onChange={setPath} />
            <Button type="button" variant="outlined" disabled={!path.V || adding} onClick={() => void add()}>
              {t('facility.catchment.add')}
            </Button>
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button type="button" variant="contained" disabled={!dirty || saving.fetching} onClick={() => void submit()}>
              {t('facility.catchment.save')}
            </Button>
            <Button
              type="button"
              disabled={!dirty}
              onClick={() => {
                setRows(stored);
                setErrors([]);
              }}
            >
              {t('facility.discard')}
            </Button>
          </Stack>
        </>
      )}
    </Box>
  );
}
