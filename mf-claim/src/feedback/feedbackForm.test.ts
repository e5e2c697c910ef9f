import { describe, expect, it } from 'vitest';
import fr from '../../../lang-fr/fr/claim.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import { ASSESSMENTS, type FeedbackFormValues, feedbackInput, feedbackToForm, selectionInput, validateFeedback } from './feedbackForm.js';

const none = { careRendered: null, paymentAsked: null, drugPrescribed: null, drugReceived: null, assessment: null, feedbackDate: null };
const filled: FeedbackFormValues = {
  careRendered: 'yes',
  paymentAsked: 'no',
  drugPrescribed: 'yes',
  drugReceived: 'no',
  assessment: '0',
  feedbackDate: '2026-03-10',
};
const context = { today: '2026-03-15', visitFrom: '2026-03-01' };

describe('feedback form', () => {
  it('starts blank with today as the date, and shows stored answers as they are (false and 0 included)', () => {
    expect(feedbackToForm(none, '2026-03-15')).toEqual({
      ...filled,
      careRendered: '',
      paymentAsked: '',
      drugPrescribed: '',
      drugReceived: '',
      assessment: '',
      feedbackDate: '2026-03-15',
    });
    expect(
      feedbackToForm({ careRendered: true, paymentAsked: false, drugPrescribed: true, drugReceived: false, assessment: 0, feedbackDate: '2026-03-10' }, 'x'),
    ).toEqual(filled);
  });

  it('sends booleans and the assessment as a number', () => {
    expect(feedbackInput(filled)).toEqual({
      careRendered: true,
      paymentAsked: false,
      drugPrescribed: true,
      drugReceived: false,
      assessment: 0,
      feedbackDate: '2026-03-10',
    });
    expect(feedbackInput({ ...filled, feedbackDate: '' }).feedbackDate).toBeNull();
  });

  it('needs every answer and an assessment 0-5; the date neither in the future nor before the visit', () => {
    expect(validateFeedback(filled, context)).toEqual([]);
    const blank = feedbackToForm(none, '2026-03-15');
    expect(validateFeedback(blank, context).map((i) => `${i.path}:${i.code}`)).toEqual([
      'careRendered:REQUIRED',
      'paymentAsked:REQUIRED',
      'drugPrescribed:REQUIRED',
      'drugReceived:REQUIRED',
      'assessment:REQUIRED',
    ]);
    expect(validateFeedback({ ...filled, assessment: '6' }, context)).toEqual([{ path: 'assessment', code: 'OUT_OF_RANGE' }]);
    expect(validateFeedback({ ...filled, feedbackDate: '2026-03-16' }, context)).toEqual([{ path: 'feedbackDate', code: 'DATE_IN_FUTURE' }]);
    expect(validateFeedback({ ...filled, feedbackDate: '2026-02-28' }, context)).toEqual([{ path: 'feedbackDate', code: 'DATE_BEFORE_START' }]);
    expect(validateFeedback({ ...filled, feedbackDate: '' }, context)).toEqual([]);
  });

  it('the selection tool: a share of 0-100 % and/or an amount, over the search’s Checked claims', () => {
    const filter = { healthFacilityId: '3', feedbackStatus: 4, status: 8 };
    expect(selectionInput(filter, { randomPercent: '', aboveAmount: '' })).toBeNull();
    expect(selectionInput(filter, { randomPercent: '101', aboveAmount: 'abc' })).toBeNull();
    expect(selectionInput(filter, { randomPercent: ' 25 ', aboveAmount: '' })).toEqual({ filter: { healthFacilityId: '3', status: 4 }, randomPercent: 25 });
    expect(selectionInput({}, { randomPercent: '', aboveAmount: '1500,5' })).toEqual({ filter: { status: 4 }, aboveAmount: '1500.5' });
    expect(selectionInput({}, { randomPercent: '100', aboveAmount: '10' })).toEqual({ filter: { status: 4 }, randomPercent: 100, aboveAmount: '10' });
  });

  it('every answer and assessment has its words in English and French', () => {
    for (const pack of [en, fr]) {
      expect(Object.keys(pack.feedback.assessments)).toEqual([...ASSESSMENTS]);
      expect(Object.keys(pack.feedback.answers)).toEqual(['yes', 'no']);
      expect(Object.keys(pack.feedback.fields).sort()).toEqual(Object.keys(en.feedback.fields).sort());
    }
    // the same keys in both packs for this slice's texts
    for (const key of ['feedback', 'batchRuns', 'accounts', 'enquiry'] as const) expect(Object.keys(fr[key]).sort()).toEqual(Object.keys(en[key]).sort());
  });
});
