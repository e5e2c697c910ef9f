import { getRuntime, useLanguage } from '@kente/sdk';
import { Box, MenuItem, TextField } from '@kente/sdk/ui';
import { useTranslation } from 'react-i18next';

/** Lists English and the languages that composed packs bring. */
export function LanguageSwitcher({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const { t } = useTranslation('shell');
  const language = useLanguage();
  const runtime = getRuntime();
  const languages = runtime.composition.languages;
  if (languages.length < 2) return null;
  return (
    <Box sx={{ minWidth: 130 }}>
      <TextField
        select
        size="small"
        label={t('language.label')}
        value={language}
        onChange={(event) => void runtime.setLanguage(event.target.value)}
        slotProps={{ select: { inputProps: { 'data-testid': 'language-switcher' } } }}
        sx={tone === 'dark' ? { '& .MuiInputBase-root, & .MuiInputLabel-root, & .MuiSvgIcon-root': { color: 'common.white' }, '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.5)' } } : undefined}
      >
        {languages.map((l) => (
          <MenuItem key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
