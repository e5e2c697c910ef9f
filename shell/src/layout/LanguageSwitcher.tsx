import { getRuntime, useLanguage, useTranslationOf } from '@kente/sdk';
import { FormControl, InputLabel, NativeSelect, OutlinedInput } from '@kente/sdk/ui-core';
import { useId } from 'react';

const onDark = {
  color: 'common.white',
  '& .MuiNativeSelect-icon': { color: 'common.white' },
  '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.5)' },
  '& option': { color: 'text.primary' },
};

/** Lists English and the languages composed packs bring: a native select, light and keyboard-friendly. */
export function LanguageSwitcher({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const { t } = useTranslationOf(['shell']);
  const language = useLanguage();
  const id = useId();
  const runtime = getRuntime();
  const languages = runtime.composition.languages;
  if (languages.length < 2) return null;
  return (
    <FormControl size="small" sx={{ minWidth: 120 }}>
      {tone === 'light' && <InputLabel htmlFor={id}>{t('language.label')}</InputLabel>}
      <NativeSelect
        value={language}
        onChange={(event) => void runtime.setLanguage(event.target.value)}
        input={<OutlinedInput label={tone === 'light' ? t('language.label') : undefined} sx={tone === 'dark' ? onDark : undefined} />}
        inputProps={{ id, 'aria-label': t('language.label') }}
        data-testid="language-switcher"
      >
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </NativeSelect>
    </FormControl>
  );
}
