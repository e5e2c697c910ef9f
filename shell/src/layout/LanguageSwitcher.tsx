import { getRuntime, type KenteUser, useLanguage, useTranslationOf, useUser } from '@kente/sdk';
import { FormControl, InputLabel, NativeSelect, OutlinedInput } from '@kente/sdk/ui-core';
import { useId } from 'react';

const onDark = {
  color: 'common.white',
  '& .MuiNativeSelect-icon': { color: 'common.white' },
  '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.5)' },
  '& option': { color: 'text.primary' },
};

const userKey = (username: string) => `kente.language.${username}`;
/** A language picked on the sign-in page, in this page load: the person signing in chose it. */
let pickedBeforeSignIn: string | null = null;

/**
 * The language a signed-in user works in: one picked on the sign-in page just
 * now, else the one they picked in this browser, else their profile's
 * (users.language), when a composed pack brings it; null: keep the current one.
 */
export function languageForUser(user: Pick<KenteUser, 'username' | 'language'>, available: ReadonlyArray<{ code: string }>): string | null {
  if (pickedBeforeSignIn) {
    rememberUserLanguage(user.username, pickedBeforeSignIn);
    pickedBeforeSignIn = null;
  }
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(userKey(user.username));
  } catch {
    // Storage can be off (private mode): the profile decides.
  }
  for (const candidate of [chosen, user.language]) if (candidate && available.some((l) => l.code === candidate)) return candidate;
  return null;
}

function rememberUserLanguage(username: string, code: string) {
  try {
    localStorage.setItem(userKey(username), code);
  } catch {
    // Not remembered: the profile's language applies at the next sign-in.
  }
}

/** Lists English and the languages composed packs bring: a native select, light and keyboard-friendly. */
export function LanguageSwitcher({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const { t } = useTranslationOf(['shell']);
  const language = useLanguage();
  const user = useUser();
  const id = useId();
  const runtime = getRuntime();
  const languages = runtime.composition.languages;
  if (languages.length < 2) return null;
  return (
    <FormControl size="small" sx={{ minWidth: 120 }}>
      {tone === 'light' && <InputLabel htmlFor={id}>{t('language.label')}</InputLabel>}
      <NativeSelect
        value={language}
        onChange={(event) => {
          if (user) rememberUserLanguage(user.username, event.target.value);
          else pickedBeforeSignIn = event.target.value;
          void runtime.setLanguage(event.target.value);
        }}
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
