/**
 * Money without floats: an amount is a bigint count of 1/10,000 (the database's numeric(17,4)
 * keeps 4 decimals), so sums and products of counts are exact. Rounding happens once, to cents,
 * half away from zero, where a result leaves the rules (`toDecimal`, always 2 decimals: the
 * GraphQL `Decimal` scalar's "1500.00").
 */
import { decimalRule } from '@kente/contract-core';

/** An amount as the database (numeric comes back as a string) or a form gives it. */
export type DecimalInput = string | number | null | undefined;

/** 1/10,000 of a unit: the finest amount numeric(17,4) holds. */
export type Units = bigint;

const SCALE = 10_000n;
const CENT = 100n;

/** Parses "1500.5", "-3", 12.25 (a JS number through its shortest text), null/undefined/"" → 0. Throws RangeError on anything else. */
export function parseMoney(value: DecimalInput): Units {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return 0n;
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (decimalRule(text) !== null) throw new RangeError(`Not a decimal amount with at most 4 decimals: ${String(value)}`);
  const negative = text.startsWith('-');
  const [integer = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(integer) * SCALE + BigInt(fraction.padEnd(4, '0'));
  return negative ? -units : units;
}

/** numerator / denominator rounded half away from zero, in bigints. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (n * 2n + d) / (d * 2n);
  return negative ? -rounded : rounded;
}

/** The amount rounded to cents (still in units). */
export function roundToCents(units: Units): Units {
  return divideRounded(units, SCALE / CENT) * (SCALE / CENT);
}

/** `units × percent / 100`, rounded to cents; `percent` may itself have decimals ("12.5"). */
export function percentOf(units: Units, percent: DecimalInput): Units {
  // units × percent-units is in 1/10^8 of a unit-percent; one division straight to cents, so no double rounding
  const cents = divideRounded(units * parseMoney(percent), SCALE * SCALE);
  return cents * (SCALE / CENT);
}

/** "1500.00": 2 decimals, for the `Decimal` scalar (rounds half away from zero first). */
export function toDecimal(units: Units): string {
  const cents = divideRounded(units, SCALE / CENT);
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / CENT}.${String(abs % CENT).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** Sum of amounts given as decimals. */
export function sumMoney(values: readonly DecimalInput[]): Units {
  return values.reduce<Units>((total, value) => total + parseMoney(value), 0n);
}

/** Compares two decimal amounts exactly: -1, 0 or 1. */
export function compareMoney(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  const x = parseMoney(a);
  const y = parseMoney(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
