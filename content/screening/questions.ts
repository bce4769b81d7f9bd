/**
 * The words of the checker's questions. Words only: which question is asked
 * when, and what each answer records, is in src/lib/screening/route/questions.ts.
 * Every question has an "I'm not sure" answer. `glossary` lists glossary ids
 * (file names in content/glossary/) to link under the hint.
 */
import type { OptionId, QuestionId } from '../../src/lib/screening/route/questions';

export interface OptionWords {
  label: string;
  hint?: string;
}

export interface QuestionWords<Q extends QuestionId> {
  /** The page heading: one plain question. */
  question: string;
  /** Explains the words in the question right where they appear. */
  hint: string;
  options: { [O in OptionId<Q>]: OptionWords };
  glossary: readonly string[];
  /** Sources (content/sources/ ids) for the facts the hint states, shown under it. Empty when it states none. */
  sources: readonly string[];
}

const notSure = (hint: string): OptionWords => ({ label: "I'm not sure", hint });

export const questionWords: { [Q in QuestionId]: QuestionWords<Q> } = {
  court: {
    question: 'Which court handled your cannabis case?',
    hint: 'Most cases in Baltimore are in a Maryland court: the District Court or the Circuit Court. You can find Maryland cases on Case Search, the courts’ public website of court cases.',
    options: {
      maryland: { label: 'A Maryland court', hint: 'The District Court or Circuit Court in Baltimore City or any Maryland county.' },
      federal: { label: 'A federal court', hint: 'A United States District Court. For example, a case from a federal park or a military base.' },
      dc: { label: 'A court in Washington, D.C.', hint: 'The Superior Court of the District of Columbia.' },
      'other-state': { label: 'A court in another state' },
      unsure: notSure('The clerk of the court, or your criminal history record, can tell you which court had it.'),
    },
    glossary: ['case-search', 'district-court', 'circuit-court'],
    sources: ['judiciary-expungement-text'],
  },
  charge: {
    question: 'What was the most serious cannabis charge in the case?',
    hint: 'A charge is what the police or the State said you did. Case Search lists each charge. If there was more than one cannabis charge, pick the most serious one.',
    options: {
      possession: { label: 'Possession of cannabis (marijuana)', hint: 'Having cannabis on you. Case Search may say "CDS possession - marijuana" or "possession of cannabis".' },
      'civil-citation': { label: 'A civil citation (a ticket with a fine)', hint: 'From October 2014, having a small amount could get you a ticket with a fine instead of a criminal charge.' },
      paraphernalia: { label: 'Possession of paraphernalia', hint: 'Having things used for cannabis, like a pipe, rolling papers or a scale.' },
      'intent-to-distribute': { label: 'Possession with intent to distribute', hint: 'Having cannabis the State said you planned to sell or give out. Sometimes written "PWID".' },
      'distribution-or-cultivation': { label: 'Selling, giving out, making or growing cannabis', hint: 'Distribution, sale, manufacturing or cultivation.' },
      unsure: notSure('Case Search or the clerk of the court can tell you.'),
    },
    glossary: ['possession', 'civil-citation', 'paraphernalia', 'possession-with-intent-to-distribute', 'case-search'],
    sources: ['wtop-2014-pot-laws'],
  },
  outcome: {
    question: 'How did the cannabis charge end?',
    hint: 'Court records call this the "disposition". On Case Search, look next to the cannabis charge.',
    options: {
      guilty: { label: 'Found guilty, or pleaded guilty', hint: 'For a civil citation, choose this if you paid the fine or were found responsible.' },
      pbj: { label: 'Probation before judgment (PBJ)', hint: 'The judge gave you probation without a conviction. Case Search may say "PBJ".' },
      'not-guilty': { label: 'Found not guilty', hint: 'Also called an acquittal.' },
      dismissed: { label: 'Dismissed', hint: 'The judge ended the charge.' },
      'nolle-prosequi': { label: 'Dropped by the State (nolle prosequi)', hint: 'The prosecutor chose not to go on. Case Search may say "nol pros".' },
      stet: { label: 'Stet (put on hold)', hint: 'The case was put on the inactive docket, with no end date.' },
      pending: { label: 'It is not over yet', hint: 'The case is still open in court.' },
      unsure: notSure('Case Search does not show charges that ended in not guilty, dismissal or nolle prosequi. The clerk of the court can tell you.'),
    },
    glossary: ['disposition', 'probation-before-judgment', 'acquittal', 'dismissal', 'nolle-prosequi', 'stet'],
    sources: ['peoples-law-expungement'],
  },
  pendingCase: {
    question: 'Apart from this case, are you charged in any criminal case that is still open today?',
    hint: 'This means any other case, in any court, about anything, that has not ended yet. While you have an open case, you cannot ask a court to expunge (clear) a record.',
    options: {
      yes: { label: 'Yes, I have an open case' },
      no: { label: 'No' },
      unsure: notSure('Case Search shows open Maryland cases; it does not show cases in other states or federal courts.'),
    },
    glossary: ['expungement', 'case-search'],
    sources: ['robert-b-2010', 'cbs-2025-expungement-reform'],
  },
  onlyCharge: {
    question: 'In your cannabis case, was the cannabis charge the only charge?',
    hint: 'One case can have several charges. Case Search lists every charge in the case.',
    options: {
      'only-charge': { label: 'Yes, it was the only charge' },
      'other-charges': { label: 'No, there were other charges' },
      unsure: notSure('Look at the list of charges for the case on Case Search.'),
    },
    glossary: ['case-search', 'unit-rule'],
    sources: [],
  },
  sentenceDone: {
    question: 'Where are you with the sentence for this case?',
    hint: 'Your sentence is what the judge ordered, like jail, probation or a fine. Probation means you are supervised in the community. Parole is supervision after prison.',
    options: {
      incarcerated: { label: 'I am in jail or prison for it now' },
      supervision: { label: 'I am on probation or parole for it now' },
      finished: { label: 'It is finished, or there was only a fine that is paid' },
      unsure: notSure('The court clerk or your probation agent can tell you.'),
    },
    glossary: ['sentence', 'probation'],
    sources: [],
  },
  sentence: {
    question: 'Where are you with the sentence for this case?',
    hint: 'Your sentence is what the judge ordered, like jail, probation or a fine. Probation means you are supervised in the community. Parole is supervision after prison. For a PBJ, the sentence is the probation.',
    options: {
      incarcerated: { label: 'I am in jail or prison for it now' },
      supervision: { label: 'I am on probation or parole for it now' },
      'completed-under-3-years': { label: 'I finished it less than 3 years ago' },
      'completed-3-years-or-more': { label: 'I finished it 3 or more years ago' },
      none: { label: 'There was no sentence, or only a fine that is paid' },
      unsure: notSure('The court clerk or your probation agent can tell you.'),
    },
    glossary: ['sentence', 'probation', 'probation-before-judgment'],
    sources: [],
  },
  caseEnded: {
    question: 'When did the case end?',
    hint: 'Use the date of the disposition (how the charge ended), on Case Search or from the clerk of the court.',
    options: {
      'before-2023-01-01': { label: 'Before January 1, 2023' },
      '2023-01-01-to-2023-06-30': { label: 'Between January 1 and June 30, 2023' },
      'on-or-after-2023-07-01': { label: 'On or after July 1, 2023' },
      unsure: notSure('The clerk of the court can tell you the disposition date.'),
    },
    glossary: ['disposition', 'case-search'],
    sources: [],
  },
  yearsSinceOutcome: {
    question: 'Was that 3 or more years ago?',
    hint: 'Count from the date the charge ended (the disposition date) to today.',
    options: {
      'under-3': { label: 'No, less than 3 years ago' },
      '3-or-more': { label: 'Yes, 3 or more years ago' },
      unsure: notSure('The clerk of the court can tell you the disposition date.'),
    },
    glossary: ['disposition', 'case-search'],
    sources: [],
  },
  caseEndedAndYears: {
    question: 'When did the case end?',
    hint: 'Use the date of the disposition (how the charge ended), on Case Search or from the clerk of the court. If you know only part of the answer, choose "I\'m not sure".',
    options: {
      'before-2023-01-01': { label: 'Before January 1, 2023' },
      '2023-01-01-to-2023-06-30': { label: 'Between January 1 and June 30, 2023' },
      'over-3-years-ago': { label: 'On or after July 1, 2023, and 3 or more years ago' },
      'under-3-years-ago': { label: 'Less than 3 years ago' },
      unsure: notSure('The clerk of the court can tell you the disposition date.'),
    },
    glossary: ['disposition', 'case-search'],
    sources: [],
  },
  chargedByMid2023: {
    question: 'When were you charged with the cannabis charge?',
    hint: 'Use the filing date or the offense date. Case Search shows it if the case is there; if not, ask the clerk of the court or look at your criminal history record.',
    options: {
      'before-2023-01-01': { label: 'Before January 1, 2023' },
      '2023-01-01-to-2023-06-30': { label: 'Between January 1 and June 30, 2023' },
      unsure: notSure('The clerk of the court can tell you.'),
    },
    glossary: ['case-search', 'central-repository'],
    sources: [],
  },
  charged: {
    question: 'When were you charged with the cannabis charge?',
    hint: 'Use the filing date or the offense date. Case Search shows it if the case is there; if not, ask the clerk of the court or look at your criminal history record.',
    options: {
      'before-2023-01-01': { label: 'Before January 1, 2023' },
      '2023-01-01-to-2023-06-30': { label: 'Between January 1 and June 30, 2023' },
      'on-or-after-2023-07-01': { label: 'On or after July 1, 2023' },
      unsure: notSure('The clerk of the court can tell you.'),
    },
    glossary: ['case-search', 'central-repository'],
    sources: [],
  },
};
