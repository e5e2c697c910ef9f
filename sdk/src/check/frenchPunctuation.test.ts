import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixFrenchPunctuation, frenchPunctuationProblems } from './frenchPunctuation.js';

describe('French punctuation', () => {
  it('puts a non-breaking space before : and a narrow one before ; ? !', () => {
    expect(fixFrenchPunctuation('Erreur: {{message}}')).toBe('Erreur\u00a0: {{message}}');
    expect(fixFrenchPunctuation('Erreur : réessayez')).toBe('Erreur\u00a0: réessayez');
    expect(fixFrenchPunctuation('Supprimer ce membre?')).toBe('Supprimer ce membre\u202f?');
    expect(fixFrenchPunctuation('Attention ; vraiment !')).toBe('Attention\u202f; vraiment\u202f!');
    expect(fixFrenchPunctuation('Quoi ?!')).toBe('Quoi\u202f?!');
  });

  it('leaves addresses, times and placeholders alone', () => {
    for (const text of ['https://example.org', 'à 10:30', '{{a:b}}', 'Déjà juste\u00a0: oui']) expect(fixFrenchPunctuation(text)).toBe(text);
    expect(fixFrenchPunctuation({ a: ['x: y'], n: 1 })).toEqual({ a: ['x\u00a0: y'], n: 1 });
  });

  it.each(['lang-fr/fr', 'country-ne/fr'])('holds in every French file of %s', (folder) => {
    const dir = join(import.meta.dirname, '../../..', folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      expect(frenchPunctuationProblems(JSON.parse(readFileSync(join(dir, file), 'utf8'))), file).toEqual([]);
    }
  });
});
