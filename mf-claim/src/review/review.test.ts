import { describe, expect, it } from 'vitest';
import {
  applicableIds,
  appliesTo,
  normalizeDecimal,
  processCounts,
  reviewFormField,
  reviewInput,
  reviewIssues,
  reviewTotal,
  reviewValues,
  ruleValue,
} from './review.js';

const claim = {
  reviewRemark: null,
  lines: [
    { lineNo: 1, quantity: '1', priceAsked: '5500.00', quantityApproved: '1', priceApproved: '5500.00', status: 1, rejectionReason: 0, justification: null },
    { lineNo: 2, quantity: '1', priceAsked: '4000', quantityApproved: null, priceApproved: null, status: 2, rejectionReason: 3, justification: null },
    { lineNo: 3, quantity: '2', priceAsked: '350', quantityApproved: '2', priceApproved: '350', status: 1, rejectionReason: 0, justification: null },
    { lineNo: 4, quantity: '3', priceAsked: '100', quantityApproved: '3', priceApproved: '100', status: 2, rejectionReason: -1, justification: 'not given' },
  ],
};

describe('bulk actions', () => {
  const entered = { status: 2, reviewStatus: 1, feedbackStatus: 1 };
  const checked = { status: 4, reviewStatus: 1, feedbackStatus: 2 };
  const reviewed = { status: 4, reviewStatus: 4, feedbackStatus: 8 };
  const valuated = { status: 16, reviewStatus: 8, feedbackStatus: 1 };

  it('applies each action only to the claims the server accepts', () => {
    expect(['submit', 'review', 'feedback', 'process'].map((a) => appliesTo(a as 'submit', entered))).toEqual([true, false, false, false]);
    expect(['submit', 'review', 'feedback', 'process'].map((a) => appliesTo(a as 'submit', checked))).toEqual([false, true, true, true]);
    expect(['submit', 'review', 'feedback', 'process'].map((a) => appliesTo(a as 'submit', reviewed))).toEqual([false, false, false, true]);
    expect(['submit', 'review', 'feedback', 'process'].map((a) => appliesTo(a as 'submit', valuated))).toEqual([false, false, false, false]);
  });

  it('picks the selected claims an action applies to', () => {
    const selected = new Map([
      ['1', entered],
      ['2', checked],
      ['3', reviewed],
      ['4', valuated],
    ]);
    expect(applicableIds('submit', selected)).toEqual(['1']);
    expect(applicableIds('review', selected)).toEqual(['2']);
    expect(applicableIds('process', selected)).toEqual(['2', '3']);
    expect(applicableIds('feedback', new Map())).toEqual([]);
  });

  it('counts what processing answered', () => {
    expect(processCounts([16, 8, 16, 4])).toEqual({ valuated: 2, processed: 1 });
  });
});

describe('review form', () => {
  it('reads the approved values, asked ones when none, and locks the lines the checks rejected', () => {
    const values = reviewValues(claim);
    expect(values.lines.map((l) => [l.quantityApproved, l.priceApproved, l.rejected, l.locked])).toEqual([
      ['1', '5500.00', false, false],
      ['1', '4000', true, true],
      ['2', '350', false, false],
      ['3', '100', true, false],
    ]);
  });

  it('totals the approved lines to the cent, leaving rejected and invalid ones out', () => {
    const values = reviewValues(claim);
    expect(reviewTotal(values)).toBe(6200);
    values.lines[2] = { ...(values.lines[2] as (typeof values.lines)[number]), quantityApproved: '1,5', priceApproved: '0.10' };
    expect(reviewTotal(values)).toBe(5500.15);
    values.lines[0] = { ...(values.lines[0] as (typeof values.lines)[number]), quantityApproved: 'x' };
    expect(reviewTotal(values)).toBe(0.15);
    values.lines[3] = { ...(values.lines[3] as (typeof values.lines)[number]), rejected: false };
    expect(reviewTotal(values)).toBe(300.15);
  });

  it('checks as the server does: amounts, range, a justification for a rejection', () => {
    const values = reviewValues(claim);
    expect(reviewIssues(values)).toEqual([]);
    values.lines[0] = { ...(values.lines[0] as (typeof values.lines)[number]), quantityApproved: '10001', priceApproved: '1.234' };
    values.lines[2] = { ...(values.lines[2] as (typeof values.lines)[number]), quantityApproved: ' ', rejected: true };
    expect(reviewIssues(values)).toEqual([
      { path: 'lines.0.quantityApproved', code: 'OUT_OF_RANGE' },
      { path: 'lines.0.priceApproved', code: 'INVALID' },
      { path: 'lines.2.quantityApproved', code: 'REQUIRED' },
      { path: 'lines.2.justification', code: 'REQUIRED' },
    ]);
  });

  it('sends every line it may change, a price only when changed, and maps the server errors back', () => {
    const values = reviewValues(claim);
    values.lines[0] = { ...(values.lines[0] as (typeof values.lines)[number]), priceApproved: '5 500,00' };
    values.lines[2] = { ...(values.lines[2] as (typeof values.lines)[number]), quantityApproved: '1', priceApproved: '300' };
    const input = reviewInput({ ...values, remark: ' ok ' });
    expect(input).toEqual({
      remark: 'ok',
      lines: [
        { lineNo: 1, quantityApproved: '1', rejected: false, justification: '' },
        { lineNo: 3, quantityApproved: '1', priceApproved: '300', rejected: false, justification: '' },
        { lineNo: 4, quantityApproved: '3', rejected: true, justification: 'not given' },
      ],
    });
    expect(reviewFormField(values, 'lines.1.priceApproved')).toBe('lines.2.priceApproved');
    expect(reviewFormField(values, 'lines.2')).toBe('lines.3.quantityApproved');
    expect(reviewFormField(values, 'lines.2.justification')).toBe('lines.3.justification');
    expect(reviewFormField(values, 'remark')).toBe('remark');
    expect(normalizeDecimal('1\u202f234,5')).toBe('1234.5');
  });
});

describe('selection tool', () => {
  it('reads a rule value as the server takes it', () => {
    expect(ruleValue('randomPercent', '20')).toEqual({ value: 20 });
    expect(ruleValue('randomPercent', '101')).toEqual({ error: 'OUT_OF_RANGE' });
    expect(ruleValue('aboveDiagnosisAverage', '1000')).toEqual({ value: 1000 });
    expect(ruleValue('aboveDiagnosisAverage', '1001')).toEqual({ error: 'OUT_OF_RANGE' });
    expect(ruleValue('aboveAmount', '10 000,50')).toEqual({ value: '10000.50' });
    expect(ruleValue('aboveAmount', '-1')).toEqual({ error: 'INVALID' });
    expect(ruleValue('randomPercent', ' ')).toEqual({ error: 'REQUIRED' });
    expect(ruleValue('randomPercent', '2.5')).toEqual({ error: 'INVALID' });
  });
});
