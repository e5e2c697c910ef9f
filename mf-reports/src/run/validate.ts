/**
 * Client-side checks of a report's parameters, from its definition: what the server
 * checks too (it answers 400 with the same codes), so most mistakes show before a request.
 */
import type { ReportParam } from './definitions.js';

export type ParamErrorCode = 'REQUIRED' | 'INVALID' | 'OUT_OF_RANGE' | 'ORDER';

export interface ParamError {
  code: ParamErrorCode;
  /** For OUT_OF_RANGE: the bounds; for ORDER: the parameter that must not come after. */
  min?: number | null | undefined;
  max?: number | null | undefined;
  other?: string;
}

const shapes: Record<string, RegExp> = {
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
  integer: /^-?\d+$/,
};

/** Longest text a free parameter may hold (an insurance number). */
export const MAX_TEXT = 50;

function realDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A value that sorts like the period it names, to compare a "from" with its "to". */
function comparable(type: string, value: string): string | number {
  if (type === 'integer' || type === 'year') return Number(value);
  return value;
}

/** `dateFrom` pairs with `dateTo`, `monthFrom` with `monthTo`, `from` with `to`. */
export function pairOf(name: string): string | null {
  const m = /^(.*)(From|from)$/.exec(name);
  if (!m) return null;
  return `${m[1]}${m[2] === 'From' ? 'To' : 'to'}`;
}

export function validateParams(params: readonly ReportParam[], values: Readonly<Record<string, string>>): Record<string, ParamError> {
  const errors: Record<string, ParamError> = {};
  for (const p of params) {
    const value = (values[p.name] ?? '').trim();
    if (!value) {
      if (p.required) errors[p.name] = { code: 'REQUIRED' };
      continue;
    }
    const shape = shapes[p.type];
    if (shape && !shape.test(value)) {
      errors[p.name] = { code: 'INVALID' };
      continue;
    }
    if (p.type === 'date' && !realDate(value)) {
      errors[p.name] = { code: 'INVALID' };
      continue;
    }
    if (p.type === 'enum' && p.options && !p.options.includes(value)) {
      errors[p.name] = { code: 'INVALID' };
      continue;
    }
    if (p.type === 'insuranceNumber' && value.length > MAX_TEXT) {
      errors[p.name] = { code: 'OUT_OF_RANGE', max: MAX_TEXT };
      continue;
    }
    if ((p.type === 'integer' || p.type === 'year') && ((p.min != null && Number(value) < p.min) || (p.max != null && Number(value) > p.max))) {
      errors[p.name] = { code: 'OUT_OF_RANGE', min: p.min, max: p.max };
    }
  }
  // Cross rule: a period's start is not after its end (the server checks it too).
  for (const p of params) {
    const toName = pairOf(p.name);
    const to = toName ? params.find((x) => x.name === toName && x.type === p.type) : undefined;
    if (!to || errors[p.name] || errors[to.name]) continue;
    const from = (values[p.name] ?? '').trim();
    const until = (values[to.name] ?? '').trim();
    if (from && until && comparable(p.type, from) > comparable(p.type, until)) errors[to.name] = { code: 'ORDER', other: p.name };
  }
  return errors;
}

/** The query string of a report's URL: the filled parameters, then the language. */
export function reportQuery(params: readonly ReportParam[], values: Readonly<Record<string, string>>, lang: string): string {
  const query = new URLSearchParams();
  for (const p of params) {
    const value = (values[p.name] ?? '').trim();
    if (value) query.set(p.name, value);
  }
  query.set('lang', lang);
  return query.toString();
}
