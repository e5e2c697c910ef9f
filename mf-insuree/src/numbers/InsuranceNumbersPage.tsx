import { useDataTableLabels, useFormat, useModuleTranslation, useRights } from '@kente/sdk';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  DataTable,
  type LocationPath,
  LocationPicker,
  Stack,
  TextField,
  Typography,
  useErrorCodeText,
  useLocationLevelName,
  usePagedQuery,
} from '@kente/sdk/ui';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql, type ResultOf } from '../graphql.js';

const BATCHES = graphql(`
  query InsuranceNumberBatches($first: Int, $after: String) {
    insuranceNumberBatches(first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id region { id name } count numbers usedCount createdAt createdBy pdfUrl zipUrl } }
    }
  }
`);

const RESERVE = graphql(`
  mutation ReserveInsuranceNumbers($input: ReserveInsuranceNumbersInput!) {
    reserveInsuranceNumbers(input: $input) { batch { id count numbers pdfUrl zipUrl } errors { field code message } }
  }
`);

type BatchRow = ResultOf<typeof BATCHES>['insuranceNumberBatches']['edges'][number]['node'];

const MAX_BATCH = 1000;

/**
 * Insurance numbers: reserve a batch of valid, unused numbers for a region and
 * print its card sheet (PDF, one QR code per number) or take the ZIP of PNG
 * images plus a CSV, for a card printer.
 */
export default function InsuranceNumbersPage() {
  const { t } = useModuleTranslation();
  const errorCode = useErrorCodeText();
  const levelName = useLocationLevelName();
  const labels = useDataTableLabels();
  const format = useFormat();
  const { has } = useRights();
  const [region, setRegion] = useState<LocationPath>({});
  const [count, setCount] = useState('10');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [reserved, setReserved] = useState<{ count: number; numbers: string[] } | null>(null);
  const [reserving, reserve] = useMutation(RESERVE);
  const paged = usePagedQuery<BatchRow>({ query: BATCHES, field: 'insuranceNumberBatches', pageSize: 10 });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(count);
    const local: Record<string, string> = {};
    if (!region.R) local.regionId = 'REQUIRED';
    if (!Number.isInteger(n) || n < 1 || n > MAX_BATCH) local.count = 'COUNT_RANGE';
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length) return;
    const result = await reserve({ input: { regionId: region.R ?? '', count: n } }); // region.R is checked above
    const payload = result.data?.reserveInsuranceNumbers;
    if (result.error || !payload?.batch) {
      const serverErrors = payload?.errors ?? [];
      setErrors(Object.fromEntries(serverErrors.filter((e) => e.field).map((e) => [e.field as string, e.code])));
      setProblem(
        result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? serverErrors.map((e) => errorCode(e.code, { defaultValue: e.message })).join(' '),
      );
      return;
    }
    setReserved(payload.batch);
    paged.refetch();
  };
  const errorText = (field: string) => errorCode(errors[field], { max: MAX_BATCH });
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('numbers.title')}
      </Typography>
      <Typography color="text.secondary">{t('numbers.intro')}</Typography>
      {has(101102) && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('numbers.reserve')}
            </Typography>
            <Stack component="form" direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }} onSubmit={submit} noValidate>
              <Box sx={{ width: 240 }}>
                <LocationPicker label={levelName('R')} value={region} onChange={setRegion} depth="R" required error={errorText('regionId')} />
              </Box>
              <TextField
                size="small"
                type="number"
                label={t('numbers.count')}
                value={count}
                onChange={(e) => setCount(e.target.value)}
                required
                error={Boolean(errors.count)}
                helperText={errorText('count') ?? t('numbers.countHint', { max: MAX_BATCH })}
                slotProps={{ htmlInput: { min: 1, max: MAX_BATCH } }}
                sx={{ width: 160 }}
              />
              <Button type="submit" variant="contained" disabled={reserving.fetching}>
                {t('numbers.reserveSubmit')}
              </Button>
            </Stack>
            {problem && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {problem}
              </Alert>
            )}
            {reserved && (
              <Alert severity="success" role="status" sx={{ mt: 1 }}>
                {t('numbers.reserved', { count: reserved.count })}
              </Alert>
            )}
          </CardContent>
        </Card>
      )}
      <Typography variant="h6" component="h2">
        {t('numbers.batches')}
      </Typography>
      <DataTable<BatchRow>
        caption={t('numbers.batches')}
        labels={{ ...labels, empty: t('numbers.empty') }}
        rowKey={(row) => row.id}
        source={paged}
        columns={[
          { key: 'createdAt', header: t('numbers.createdAt'), render: (row) => format.dateTime(row.createdAt) },
          { key: 'region', header: levelName('R'), render: (row) => row.region.name },
          { key: 'count', header: t('numbers.count'), align: 'right', render: (row) => format.number(row.count) },
          { key: 'numbers', header: t('numbers.numbers'), render: (row) => <BatchNumbers numbers={row.numbers} /> },
          { key: 'used', header: t('numbers.used'), align: 'right', render: (row) => format.number(row.usedCount) },
          { key: 'createdBy', header: t('numbers.createdBy'), render: (row) => row.createdBy ?? '' },
          {
            key: 'download',
            header: t('numbers.cards'),
            render: (row) => (
              <Stack direction="row" spacing={1}>
                <Button
                  size="small"
                  variant="outlined"
                  href={row.pdfUrl}
                  download
                  aria-label={t('numbers.pdfOf', { count: row.count, region: row.region.name })}
                >
                  PDF
                </Button>
                <Button size="small" href={row.zipUrl} download aria-label={t('numbers.zipOf', { count: row.count, region: row.region.name })}>
                  ZIP
                </Button>
              </Stack>
            ),
          },
        ]}
      />
    </Box>
  );
}

/** A batch's numbers: the first few, the rest behind a disclosure (a batch holds up to 1000). */
function BatchNumbers({ numbers }: { numbers: string[] }) {
  const { t } = useModuleTranslation();
  const shown = numbers.slice(0, 3).join(', ');
  if (numbers.length <= 3) return <span data-testid="batch-numbers">{shown}</span>;
  return (
    <Box component="details" data-testid="batch-numbers">
      <Box component="summary" sx={{ cursor: 'pointer' }}>
        {t('numbers.firstOf', { numbers: shown, count: numbers.length - 3 })}
      </Box>
      <Box sx={{ fontFamily: 'monospace', maxWidth: 360, wordBreak: 'normal' }}>{numbers.join(', ')}</Box>
    </Box>
  );
}
