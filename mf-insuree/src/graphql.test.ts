import { describe, expect, it } from 'vitest';
import { UPDATE_FAMILY } from './family/familyQueries.js';
import { INSUREE_BY_ID } from './insuree/insureeQueries.js';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('typed documents at run time', () => {
  it('carry each fragment they use once, nested ones included', () => {
    const text = INSUREE_BY_ID as unknown as string;
    expect(count(text, 'query InsureeById')).toBe(1);
    expect(count(text, 'fragment InsureeFields on Insuree')).toBe(1);
    expect(count(text, 'fragment LocationPath on Location')).toBe(1);
    const update = UPDATE_FAMILY as unknown as string;
    expect(count(update, 'fragment FamilyFields on Family')).toBe(1);
    expect(count(update, 'fragment LocationPath on Location')).toBe(1);
    expect(count(update, 'fragment UserErrors on UserError')).toBe(1);
  });
});
