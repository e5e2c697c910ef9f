import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD, passwordProblems } from './password.js';

const read = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, path), 'utf8')) as Record<string, unknown>;
const text = (words: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], words);

describe('the change-password form', () => {
  const good = 'a-longer-one';

  it('asks for every field', () => {
    expect(passwordProblems({ current: '', next: '', confirm: '' })).toEqual({ current: 'password.errors.required', next: 'password.errors.required' });
    expect(passwordProblems({ current: 'old-secret', next: '', confirm: 'x' })).toEqual({ next: 'password.errors.required' });
  });

  it('wants the backend minimum, a new password, typed twice alike', () => {
    const short = 'x'.repeat(MIN_PASSWORD - 1);
    expect(passwordProblems({ current: 'old-secret', next: short, confirm: short })).toEqual({ next: 'password.errors.tooShort' });
    expect(passwordProblems({ current: 'old-secret', next: 'x'.repeat(MIN_PASSWORD), confirm: 'x'.repeat(MIN_PASSWORD) })).toEqual({});
    expect(passwordProblems({ current: good, next: good, confirm: good })).toEqual({ next: 'password.errors.same' });
    expect(passwordProblems({ current: 'old-secret', next: good, confirm: `${good}!` })).toEqual({ confirm: 'password.errors.mismatch' });
    // One problem per field: a new password already refused does not also say "not the same".
    expect(passwordProblems({ current: 'old-secret', next: 'short', confirm: '' })).toEqual({ next: 'password.errors.tooShort' });
    expect(passwordProblems({ current: 'old-secret', next: good, confirm: good })).toEqual({});
  });

  it('the backend minimum is the one the page says', () => {
    const backend = readFileSync(join(import.meta.dirname, '../../../backend/src/modules/core/validation.ts'), 'utf8');
    expect(backend).toContain(`export const MIN_PASSWORD = ${MIN_PASSWORD};`);
  });

  it('every message the form can show has its words in English and in the French pack', () => {
    const keys = new Set<string>();
    for (const values of [
      { current: '', next: '', confirm: '' },
      { current: 'a', next: 'short', confirm: '' },
      { current: good, next: good, confirm: good },
      { current: 'a', next: good, confirm: '' },
    ]) {
      for (const key of Object.values(passwordProblems(values))) keys.add(key);
    }
    // What the server's answer becomes (password.ts: changePassword).
    for (const code of ['INVALID_CREDENTIALS', 'INVALID', 'NETWORK', 'UNKNOWN']) keys.add(`password.errors.${code}`);
    const english = read('../../locales/password.en.json');
    const french = read('../../../lang-fr/fr/shell.json');
    for (const key of keys) {
      expect(text(english, key), `en ${key}`).toEqual(expect.any(String));
      expect(text(french, key), `fr ${key}`).toEqual(expect.any(String));
    }
  });
});
