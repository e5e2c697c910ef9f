import { validateInsuranceNumber } from '@kente/contract-insuree';
import { Slot, useFormat, useModuleTranslation, useNavigate } from '@kente/sdk';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Link,
  locationLabel,
  ProgressLine,
  Stack,
  TextField,
  Typography,
  useErrorCodeText,
  useUrlQuery,
} from '@kente/sdk/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { type EnquiryInsuree, INSUREE_ENQUIRY } from '../insuree/insureeQueries.js';
import { useInsuranceNumberConfig } from '../insuree/useInsuranceNumberConfig.js';

/**
 * Insuree enquiry: type or scan an insurance number (a scanner types it and
 * presses Enter), see who it is, their family and a photo placeholder, then
 * other modules' answers (insuree.enquiry.panels: policies, eligibility...).
 * The number is in the URL, so an enquiry can be linked to.
 */
export default function EnquiryPage() {
  const { t } = useModuleTranslation();
  const errorCode = useErrorCodeText();
  const numberConfig = useInsuranceNumberConfig();
  const { query, update } = useUrlQuery();
  const checked = query.get('number') ?? '';
  const [value, setValue] = useState(checked);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setValue(checked), [checked]);
  const valid = checked !== '' && validateInsuranceNumber(checked, numberConfig) === null;
  const [result] = useQuery({ query: INSUREE_ENQUIRY, variables: { insuranceNumber: checked }, pause: !valid });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = value.trim();
    const problem = validateInsuranceNumber(number, numberConfig);
    setError(problem ? (errorCode(problem) ?? null) : null);
    if (problem) return;
    update({ number });
    // Ready for the next scan.
    input.current?.select();
  };
  // The answer belongs to the number checked: as soon as the field says something
  // else, no card stays on screen that a receptionist could take for the new number.
  const current = valid && value.trim() === checked;
  const insuree = current ? result.data?.insuree : undefined;
  const answered = current && !result.fetching && !result.error;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('enquiry.title')}
      </Typography>
      <Typography color="text.secondary">{t('enquiry.intro')}</Typography>
      <Stack
        component="form"
        direction="row"
        spacing={1}
        sx={{ alignItems: 'flex-start' }}
        onSubmit={submit}
        noValidate
        role="search"
        aria-label={t('enquiry.title')}
      >
        <TextField
          label={t('enquiry.number')}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          error={Boolean(error)}
          helperText={error ?? t('enquiry.hint', { length: numberConfig.length })}
          inputRef={input}
          autoFocus
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          // A fixed width: the helper text (hint or error) must not move the Check button.
          sx={{ width: 320, flexShrink: 0 }}
        />
        <Box>
          <Button type="submit" variant="contained" sx={{ mt: 1 }}>
            {t('enquiry.submit')}
          </Button>
        </Box>
      </Stack>
      {current && result.fetching && <ProgressLine aria-label={t('form.loading')} />}
      {current && result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      {answered && !insuree && (
        <Alert severity="warning" role="status">
          {t('enquiry.notFound', { number: checked })}
        </Alert>
      )}
      {insuree && <EnquiryAnswer insuree={insuree} />}
      {/* Other modules answer only for an insuree that exists: an unknown number is "not found", not "no policy". */}
      {answered && insuree && (
        <>
          <Typography variant="h6" component="h2">
            {t('enquiry.answers', { number: checked })}
          </Typography>
          <Slot
            name="insuree.enquiry.panels"
            props={{ insuranceNumber: checked }}
            empty={<Typography color="text.secondary">{t('enquiry.noAnswer')}</Typography>}
            wrap={(node) => (
              <Card variant="outlined">
                <CardContent>{node}</CardContent>
              </Card>
            )}
          />
        </>
      )}
    </Box>
  );
}

function EnquiryAnswer({ insuree }: { insuree: EnquiryInsuree }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const open = (path: string) => (e: { preventDefault: () => void }) => {
    e.preventDefault();
    navigate(path);
  };
  return (
    <Card variant="outlined" data-testid="enquiry-insuree">
      <CardContent sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
        <Box
          role="img"
          aria-label={t('enquiry.photo')}
          sx={{
            width: 120,
            height: 150,
            bgcolor: 'action.hover',
            borderRadius: 1,
            display: 'grid',
            placeItems: 'center',
            color: 'text.secondary',
            fontSize: 48,
          }}
        >
          {insuree.photo ? (
            <Box component="img" src={insuree.photo} alt="" sx={{ width: '100%', height: '100%', objectFit: 'cover' }} />
          ) : (
            `${insuree.otherNames[0] ?? ''}${insuree.lastName[0] ?? ''}`
          )}
        </Box>
        <Box sx={{ display: 'grid', gap: 0.5, flex: 1, minWidth: 260 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="h6" component="h2">
              <Link href={`/insurees/insurees/${insuree.id}`} onClick={open(`/insurees/insurees/${insuree.id}`)}>
                {insuree.lastName} {insuree.otherNames}
              </Link>
            </Typography>
            <Chip size="small" label={t(`codes.status.${insuree.status}`)} color={insuree.status === 'ACTIVE' ? 'success' : 'default'} />
          </Stack>
          <Typography>
            {t('insuree.insuranceNumber')}: {insuree.insuranceNumber}
          </Typography>
          <Typography>
            {t(`codes.gender.${insuree.gender}`)} · {t('insuree.birthDate')}: {format.date(insuree.birthDate)}
          </Typography>
          <Typography>
            {t('enquiry.family')}:{' '}
            <Link href={`/insurees/families/${insuree.family.id}`} onClick={open(`/insurees/families/${insuree.family.id}`)}>
              {t('family.headLine', { name: `${insuree.family.head.lastName} ${insuree.family.head.otherNames}`, number: insuree.family.head.insuranceNumber })}
            </Link>
            {insuree.relationship && ` (${t(`codes.relationship.${insuree.relationship}`)})`}
          </Typography>
          <Typography color="text.secondary">{locationLabel(insuree.family.village)}</Typography>
          {insuree.healthFacility && (
            <Typography color="text.secondary">
              {t('insuree.healthFacility')}: {insuree.healthFacility.code} {insuree.healthFacility.name}
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}
