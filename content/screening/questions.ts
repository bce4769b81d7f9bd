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
      guilty: {
        label: 'Found guilty, or pleaded guilty',
        hint: 'For a civil citation, choose this if you paid the fine or were found responsible. If you got a PBJ but the judge later took it away after a probation violation and found you guilty, choose this too.',
      },
      pbj: { label: 'Probation before judgment (PBJ)', hint: 'The judge gave you probation without a conviction. Case Search may say "PBJ".' },
      'not-guilty': { label: 'Found not guilty', hint: 'Also called an acquittal.' },
      dismissed: { label: 'Dismissed', hint: 'The judge ended the charge.' },
      'nolle-prosequi': {
        label: 'Dropped by the State (nolle prosequi)',
        hint: 'The prosecutor chose not to go on. Case Search may say "nol pros". If it was dropped on the condition that you get drug or alcohol treatment, choose this too: the result says what is different.',
      },
      stet: { label: 'Stet (put on hold)', hint: 'The case was put on the inactive docket, with no end date.' },
      pending: { label: 'It is not over yet', hint: 'The case is still open in court.' },
      unsure: notSure('Case Search does not show charges that ended in not guilty, dismissal or nolle prosequi. The clerk of the court can tell you.'),
    },
    glossary: ['disposition', 'probation-before-judgment', 'acquittal', 'dismissal', 'nolle-prosequi', 'stet'],
    sources: ['peoples-law-expungement', 'statute-cp-10-105'],
  },
  offense: {
    question: 'When did the offense happen?',
    hint: 'This is the date of the act you were charged with, not the date the case ended. The presidential pardons cover simple possession on or before December 22, 2023.',
    options: {
      'on-or-before-2023-12-22': { label: 'On or before December 22, 2023' },
      'after-2023-12-22': { label: 'After December 22, 2023' },
      unsure: notSure('Your court papers or your defense lawyer can tell you the offense date.'),
    },
    glossary: ['pardon'],
    sources: ['doj-marijuana-pardon', 'figueroa-2023-12-proclamation'],
  },
  pendingCase: {
    question: 'Apart from this case, do you have a criminal case that is still open today?',
    hint: 'A case is open if you are waiting for a trial, a plea or a sentence, if there is a warrant out for you (for example for missing a court date), or if you have an appeal going. Probation or parole for a case that is over does not count: answer "No" for that. While you have an open case, you cannot ask a court to expunge (clear) a record.',
    options: {
      yes: { label: 'Yes, I have an open case' },
      no: { label: 'No', hint: 'Also choose this if you are only on probation or parole for a case that is over.' },
      unsure: notSure(
        'Choose this if another case is on hold (stet), or if there is a warrant or a hearing for a probation violation in a case that is over: whether these count is not settled. Case Search shows open Maryland cases, but not cases in other states or federal courts.',
      ),
    },
    glossary: ['expungement', 'probation', 'stet', 'case-search'],
    sources: ['robert-b-2010', 'cbs-2025-expungement-reform'],
  },
  onlyCharge: {
    question: 'In your cannabis case, was the cannabis charge the only charge?',
    hint: 'One case can have several charges. Case Search lists every charge in the case. A second cannabis charge counts as another charge: for example, possession and paraphernalia in the same case.',
    options: {
      'only-charge': { label: 'Yes, it was the only charge' },
      'other-charges': { label: 'No, there were other charges', hint: 'Other cannabis charges, like paraphernalia, or charges about anything else.' },
      unsure: notSure('Look at the list of charges for the case on Case Search.'),
    },
    glossary: ['case-search', 'unit-rule', 'paraphernalia'],
    sources: [],
  },
  otherOutcome: {
    question: 'How did the other charges in that case end?',
    hint: 'Look at each of the other charges in the same case. "Dropped" here means found not guilty, dismissed, or dropped by the State (nolle prosequi).',
    options: {
      'all-dropped': { label: 'Every other charge was dropped', hint: 'Not guilty, dismissed or nolle prosequi, for every one.' },
      'not-all-dropped': {
        label: 'At least one ended another way',
        hint: 'For example guilty, probation before judgment (PBJ), stet, or still open.',
      },
      unsure: notSure('Case Search does not show charges that ended in not guilty, dismissal or nolle prosequi. The clerk of the court can tell you how each charge ended.'),
    },
    glossary: ['acquittal', 'dismissal', 'nolle-prosequi', 'unit-rule'],
    sources: ['statute-cp-10-105-1', 'stoddard-2006'],
  },
  sentenceDone: {
    question: 'Where are you with the sentence for this case?',
    hint: 'Your sentence is what the judge ordered, like jail, probation or a fine. Probation means you are supervised in the community. Parole is supervision after prison. If the judge took away your PBJ after a probation violation and found you guilty, go back and answer "Found guilty" about how the charge ended.',
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
    hint: 'Your sentence is what the judge ordered, like jail, probation or a fine. Probation means you are supervised in the community. Parole is supervision after prison. For a PBJ, the sentence is the probation. If the judge took away your PBJ after a probation violation and found you guilty, go back and answer "Found guilty" about how the charge ended.',
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
  laterConviction: {
    question: 'Since that case ended, have you been convicted of a crime?',
    hint: 'Count a conviction in any court, in any state. After a probation before judgment (PBJ), count only a conviction in the 3 years after the PBJ. Do not count a minor traffic offense. Do not count a conviction for something that is no longer a crime, like having a small amount of cannabis or cannabis paraphernalia.',
    options: {
      yes: { label: 'Yes' },
      no: { label: 'No' },
      unsure: notSure('Your criminal history record lists your convictions. The result says how to get it.'),
    },
    glossary: ['conviction', 'probation-before-judgment'],
    sources: ['in-re-trey-h-2022', 'statute-cp-10-110'],
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
