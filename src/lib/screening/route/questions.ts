/**
 * The checker's questions as data: which fact each sets, its options and
 * their short address codes. Words live in content/screening/questions.ts.
 * Each version of the questions lives under its own address prefix
 * (../pages/urls.ts), so an older link can never open a different set of answers.
 *
 * Questions come in a fixed order of "slots". Some slots have variants: a short
 * one that merges answers the result cannot tell apart on this route (e.g.
 * "finished" for any finished sentence, when how long ago does not matter), and
 * the full one. ./route.ts picks the variant; an option that merges answers lists
 * them in `covers` and records one of them in `sets` (tests prove they agree).
 */
import type { Facts, FactField } from '../facts';

export interface FlowOption {
  /** Stable id, used by the content (content/screening/questions.ts). */
  readonly id: string;
  /** URL code: lowercase letters and digits, unique within the question; 'ns' is always "I'm not sure". */
  readonly code: string;
  /** The facts this answer records (fields of the slot it leaves out stay 'unsure'). */
  readonly sets: Facts;
  /** Every combination of the slot's facts a person choosing this answer may be in; defaults to `sets`. */
  readonly covers?: readonly Facts[];
}

const option = (id: string, code: string, sets: Facts, covers?: readonly Facts[]): FlowOption =>
  covers ? { id, code, sets, covers } : { id, code, sets };

export const questions = {
  court: {
    slot: 'court',
    fields: ['court'],
    options: [
      option('maryland', 'md', { court: 'maryland' }),
      option('federal', 'fed', { court: 'federal' }),
      option('dc', 'dc', { court: 'dc' }),
      option('other-state', 'oth', { court: 'other-state' }),
      option('unsure', 'ns', { court: 'unsure' }),
    ],
  },
  charge: {
    slot: 'charge',
    fields: ['charge'],
    options: [
      option('possession', 'pos', { charge: 'possession' }),
      option('civil-citation', 'cit', { charge: 'civil-citation' }),
      option('paraphernalia', 'par', { charge: 'paraphernalia' }),
      option('intent-to-distribute', 'pwid', { charge: 'intent-to-distribute' }),
      option('distribution-or-cultivation', 'dist', { charge: 'distribution-or-cultivation' }),
      option('unsure', 'ns', { charge: 'unsure' }),
    ],
  },
  outcome: {
    slot: 'outcome',
    fields: ['outcome'],
    options: [
      option('guilty', 'g', { outcome: 'guilty' }),
      option('pbj', 'pbj', { outcome: 'pbj' }),
      option('not-guilty', 'ng', { outcome: 'not-guilty' }),
      option('dismissed', 'dis', { outcome: 'dismissed' }),
      option('nolle-prosequi', 'nol', { outcome: 'nolle-prosequi' }),
      option('stet', 'stet', { outcome: 'stet' }),
      option('pending', 'open', { outcome: 'pending' }),
      option('unsure', 'ns', { outcome: 'unsure' }),
    ],
  },
  pendingCase: {
    slot: 'pendingCase',
    fields: ['pendingCase'],
    options: [
      option('yes', 'yes', { pendingCase: 'yes' }),
      option('no', 'no', { pendingCase: 'no' }),
      option('unsure', 'ns', { pendingCase: 'unsure' }),
    ],
  },
  /**
   * "Was it the only charge?": whether the other charges were about cannabis
   * never changes the result under the contract, so "No" stands for both
   * (recorded as 'non-cannabis'; the words never say which, and name the
   * possession-and-paraphernalia case so that it is not answered "the only charge").
   */
  onlyCharge: {
    slot: 'otherCharges',
    fields: ['otherCharges'],
    options: [
      option('only-charge', 'yes', { otherCharges: 'none' }),
      option('other-charges', 'no', { otherCharges: 'non-cannabis' }, [
        { otherCharges: 'cannabis-only' },
        { otherCharges: 'non-cannabis' },
      ]),
      option('unsure', 'ns', { otherCharges: 'unsure' }),
    ],
  },
  /** How the other charges ended (contract v3): asked only when there were other charges and it can matter. */
  otherOutcome: {
    slot: 'otherOutcome',
    fields: ['otherOutcome'],
    options: [
      option('all-dropped', 'alld', { otherOutcome: 'all-dropped' }),
      option('not-all-dropped', 'notd', { otherOutcome: 'not-all-dropped' }),
      option('unsure', 'ns', { otherOutcome: 'unsure' }),
    ],
  },
  /** Federal and D.C. cases: when the offense happened (the presidential pardons reach Dec 22, 2023). */
  offense: {
    slot: 'offense',
    fields: ['offense'],
    options: [
      option('on-or-before-2023-12-22', 'by23', { offense: 'on-or-before-2023-12-22' }),
      option('after-2023-12-22', 'af23', { offense: 'after-2023-12-22' }),
      option('unsure', 'ns', { offense: 'unsure' }),
    ],
  },
  /** A conviction since the case ended (after a PBJ: within 3 years of it); asked only where it can bar the petition. */
  laterConviction: {
    slot: 'laterConviction',
    fields: ['laterConviction'],
    options: [
      option('yes', 'yes', { laterConviction: 'yes' }),
      option('no', 'no', { laterConviction: 'no' }),
      option('unsure', 'ns', { laterConviction: 'unsure' }),
    ],
  },
  /** Short variant: only "is the sentence finished?" matters on this route. */
  sentenceDone: {
    slot: 'sentence',
    fields: ['sentence'],
    options: [
      option('incarcerated', 'jail', { sentence: 'incarcerated' }),
      option('supervision', 'sup', { sentence: 'supervision' }),
      option('finished', 'done', { sentence: 'completed-3-years-or-more' }, [
        { sentence: 'completed-under-3-years' },
        { sentence: 'completed-3-years-or-more' },
        { sentence: 'none' },
      ]),
      option('unsure', 'ns', { sentence: 'unsure' }),
    ],
  },
  sentence: {
    slot: 'sentence',
    fields: ['sentence'],
    options: [
      option('incarcerated', 'jail', { sentence: 'incarcerated' }),
      option('supervision', 'sup', { sentence: 'supervision' }),
      option('completed-under-3-years', 'u3', { sentence: 'completed-under-3-years' }),
      option('completed-3-years-or-more', 'o3', { sentence: 'completed-3-years-or-more' }),
      option('none', 'fine', { sentence: 'none' }),
      option('unsure', 'ns', { sentence: 'unsure' }),
    ],
  },
  /** When only the date matters (automatic expungement, the pardon's cut-off). */
  caseEnded: {
    slot: 'ended',
    fields: ['caseEnded', 'yearsSinceOutcome'],
    options: [
      option('before-2023-01-01', 'b23', { caseEnded: 'before-2023-01-01' }),
      option('2023-01-01-to-2023-06-30', 'h123', { caseEnded: '2023-01-01-to-2023-06-30' }),
      option('on-or-after-2023-07-01', 'a23', { caseEnded: 'on-or-after-2023-07-01' }),
      option('unsure', 'ns', { caseEnded: 'unsure' }),
    ],
  },
  /** When only "3 years or more?" matters (stet, PBJ, intent to distribute). */
  yearsSinceOutcome: {
    slot: 'ended',
    fields: ['caseEnded', 'yearsSinceOutcome'],
    options: [
      // Less than 3 years ago can only be on or after July 1, 2023: recorded too.
      option('under-3', 'u3', { caseEnded: 'on-or-after-2023-07-01', yearsSinceOutcome: 'under-3' }, [
        { caseEnded: 'on-or-after-2023-07-01', yearsSinceOutcome: 'under-3' },
        { caseEnded: 'unsure', yearsSinceOutcome: 'under-3' },
      ]),
      option('3-or-more', 'o3', { yearsSinceOutcome: '3-or-more' }),
      option('unsure', 'ns', { yearsSinceOutcome: 'unsure' }),
    ],
  },
  /**
   * When both matter: one question with the 3-year line inside the last period.
   * Someone who knows only one of the two answers "not sure" (then the result
   * names the date to look up).
   */
  caseEndedAndYears: {
    slot: 'ended',
    fields: ['caseEnded', 'yearsSinceOutcome'],
    options: [
      option('before-2023-01-01', 'b23', { caseEnded: 'before-2023-01-01' }),
      option('2023-01-01-to-2023-06-30', 'h123', { caseEnded: '2023-01-01-to-2023-06-30' }),
      option('over-3-years-ago', 'o3', { caseEnded: 'on-or-after-2023-07-01', yearsSinceOutcome: '3-or-more' }),
      option('under-3-years-ago', 'u3', { caseEnded: 'on-or-after-2023-07-01', yearsSinceOutcome: 'under-3' }),
      option('unsure', 'ns', { caseEnded: 'unsure', yearsSinceOutcome: 'unsure' }),
    ],
  },
  /** When the case ended January 1 – June 30, 2023: the charge cannot be later than that. */
  chargedByMid2023: {
    slot: 'charged',
    fields: ['charged'],
    options: [
      option('before-2023-01-01', 'c22', { charged: 'before-2023-01-01' }),
      option('2023-01-01-to-2023-06-30', 'c23a', { charged: '2023-01-01-to-2023-06-30' }),
      option('unsure', 'ns', { charged: 'unsure' }),
    ],
  },
  charged: {
    slot: 'charged',
    fields: ['charged'],
    options: [
      option('before-2023-01-01', 'c22', { charged: 'before-2023-01-01' }),
      option('2023-01-01-to-2023-06-30', 'c23a', { charged: '2023-01-01-to-2023-06-30' }),
      option('on-or-after-2023-07-01', 'c23b', { charged: 'on-or-after-2023-07-01' }),
      option('unsure', 'ns', { charged: 'unsure' }),
    ],
  },
} as const satisfies Record<string, { slot: string; fields: readonly FactField[]; options: readonly FlowOption[] }>;

export type QuestionId = keyof typeof questions;
export type FlowQuestion = (typeof questions)[QuestionId];
export type OptionId<Q extends QuestionId> = (typeof questions)[Q]['options'][number]['id'];

/** The slots in the order the checker asks them, each with its variants (fewest options first). */
export const slots = [
  { id: 'court', variants: ['court'] },
  { id: 'charge', variants: ['charge'] },
  { id: 'outcome', variants: ['outcome'] },
  { id: 'offense', variants: ['offense'] },
  { id: 'otherCharges', variants: ['onlyCharge'] },
  { id: 'otherOutcome', variants: ['otherOutcome'] },
  { id: 'sentence', variants: ['sentenceDone', 'sentence'] },
  { id: 'ended', variants: ['yearsSinceOutcome', 'caseEnded', 'caseEndedAndYears'] },
  { id: 'charged', variants: ['chargedByMid2023', 'charged'] },
  // Last, the questions about other cases, so "that case" above is never read as another one. The
  // open case comes first: while one is open no petition can be filed, so a later conviction cannot
  // change the result and is not asked (fewer pages).
  { id: 'pendingCase', variants: ['pendingCase'] },
  { id: 'laterConviction', variants: ['laterConviction'] },
] as const satisfies readonly { id: string; variants: readonly QuestionId[] }[];

export type SlotId = (typeof slots)[number]['id'];

/** The answers given so far: for each question, the id of the chosen option. */
export type Answers = { [Q in QuestionId]?: OptionId<Q> };

/** Joins the answers' codes in an address, e.g. "md-pos-g-yes-done". */
export const CODE_SEPARATOR = '-';
export const questionIds = Object.keys(questions) as QuestionId[];

/** The facts that a set of answers records (each answer's `sets`, in question order). */
export function factsOf(answers: Answers): Facts {
  const facts: Facts = {};
  for (const slot of slots) {
    for (const id of slot.variants as readonly QuestionId[]) {
      const option = (questions[id].options as readonly FlowOption[]).find((o) => o.id === answers[id]);
      if (option) Object.assign(facts, option.sets);
    }
  }
  return facts;
}
