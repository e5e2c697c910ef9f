/** The feedback form's pure logic: the claim's answers as a form, the form as the mutation's input, its rules; the selection tool's input. */
import type { FieldIssue } from '@kente/sdk/forms';

/** Yes / no answers are selects ('' = not answered yet). */
export type Answer = '' | 'yes' | 'no';
export const ANSWERS = ['yes', 'no'] as const;
export const ANSWER_FIELDS = ['careRendered', 'paymentAsked', 'drugPrescribed', 'drugReceived'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];
/** openIMIS's assessment: 0 (worst) to 5 (best). */
export const ASSESSMENTS = ['0', '1', '2', '3', '4', '5'] as const;

export interface FeedbackFormValues {
  careRendered: Answer;
  paymentAsked: Answer;
  drugPrescribed: Answer;
  drugReceived: Answer;
  assessment: string;
  feedbackDate: string;
}
export const FEEDBACK_FORM_FIELDS = [...ANSWER_FIELDS, 'assessment', 'feedbackDate'] as const;

export interface FeedbackAnswers {
  careRendered: boolean | null;
  paymentAsked: boolean | null;
  drugPrescribed: boolean | null;
  drugReceived: boolean | null;
  assessment: number | null;
  feedbackDate: string | null;
}

const answer = (value: boolean | null): Answer => (value === null ? '' : value ? 'yes' : 'no');

/** A claim's stored answers (none yet: blank, the date today). */
export function feedbackToForm(claim: FeedbackAnswers, today: string): FeedbackFormValues {
  return {
    careRendered: answer(claim.careRendered),
    paymentAsked: answer(claim.paymentAsked),
    drugPrescribed: answer(claim.drugPrescribed),
    drugReceived: answer(claim.drugReceived),
    assessment: claim.assessment === null ? '' : String(claim.assessment),
    feedbackDate: claim.feedbackDate ?? today,
  };
}

/** The mutation's input (without id and version). */
export function feedbackInput(values: FeedbackFormValues) {
  return {
    careRendered: values.careRendered === 'yes',
    paymentAsked: values.paymentAsked === 'yes',
    drugPrescribed: values.drugPrescribed === 'yes',
    drugReceived: values.drugReceived === 'yes',
    assessment: Number(values.assessment),
    feedbackDate: values.feedbackDate || null,
  };
}

/** The server's rules, as the user types: every answer given, assessment 0-5, a date neither in the future nor before the visit. */
export function validateFeedback(values: FeedbackFormValues, context: { today: string; visitFrom: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of ANSWER_FIELDS) if (!ANSWERS.includes(values[field] as 'yes')) issues.push({ path: field, code: 'REQUIRED' });
  if (values.assessment === '') issues.push({ path: 'assessment', code: 'REQUIRED' });
  else if (!ASSESSMENTS.includes(values.assessment as '0')) issues.push({ path: 'assessment', code: 'OUT_OF_RANGE' });
  if (values.feedbackDate) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.feedbackDate)) issues.push({ path: 'feedbackDate', code: 'INVALID' });
    else if (values.feedbackDate > context.today) issues.push({ path: 'feedbackDate', code: 'DATE_IN_FUTURE' });
    else if (values.feedbackDate < context.visitFrom) issues.push({ path: 'feedbackDate', code: 'DATE_BEFORE_START' });
  }
  return issues;
}

/**
 * The selection tool's input: a random share (0-100 %) and/or a claimed amount above which every
 * candidate is selected; null when neither is valid (nothing to ask the server).
 */
export function selectionInput(
  filter: Record<string, unknown>,
  tool: { randomPercent: string; aboveAmount: string },
): { filter: Record<string, unknown>; randomPercent?: number; aboveAmount?: string } | null {
  const percent = tool.randomPercent.trim();
  const amount = tool.aboveAmount.trim().replace(',', '.');
  const randomPercent = /^\d{1,3}$/.test(percent) && Number(percent) <= 100 ? Number(percent) : undefined;
  const aboveAmount = /^\d{1,15}(\.\d{1,2})?$/.test(amount) ? amount : undefined;
  if (randomPercent === undefined && aboveAmount === undefined) return null;
  // the candidates: the search's claims, Checked (the server keeps those whose feedback is Idle or Not selected)
  const { feedbackStatus: _, status: __, ...rest } = filter;
  return { filter: { ...rest, status: 4 }, ...(randomPercent !== undefined ? { randomPercent } : {}), ...(aboveAmount !== undefined ? { aboveAmount } : {}) };
}
