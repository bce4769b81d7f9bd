/**
 * The words of the checker's screens around the questions and results: buttons, links,
 * headings, errors and page titles (the questions are in questions.ts, the results in
 * outcomes.ts). The islands and the pages take every word from here.
 */
const FEATURE = 'Check your record';

export const screenWords = {
  back: 'Back',
  continue: 'Continue',
  /** Read after "Continue" by screen readers, on the no-JavaScript page's links. */
  continueWith: (label: string) => ` with the answer “${label}”`,
  chooseFirst: 'Choose an answer, then a Continue button appears.',
  progress: (n: number) => `Question ${n}`,
  or: 'or',
  errorPrefix: 'Error: ',
  errorSummaryTitle: 'There is a problem',
  chooseAnswer: (question: string) => `Choose an answer to “${question}”`,
  glossaryLinks: 'Words explained in the glossary:',
  hintSources: (count: number) => `Source${count > 1 ? 's' : ''} for the hint:`,
  change: 'Change',
  /** Read after "Change" by screen readers. */
  changeWhich: (question: string) => ` your answer to “${question}”`,
  checkHeading: 'Check your answers',
  checkIntro: 'If an answer is wrong, change it. Your answers stay in this page only: nothing is sent or saved.',
  seeResult: 'See your result',
  clearAnswers: 'Clear my answers and start again',
  /** Shown when the person comes back to the page after it was hidden (another tab or app). */
  clearedWhileHidden: 'Your answers were cleared when you left this page, so that nobody else using this device can see them. Start again here.',
  working: 'Working out your result…',
  /** Page titles: neutral, so that a title in the history or on a tab reveals no answer. */
  titles: {
    question: (n: number) => `Question ${n} – ${FEATURE}`,
    check: `Check your answers – ${FEATURE}`,
    result: `Your result – ${FEATURE}`,
    /** A question page that also holds results (without JavaScript, the result shown is in its address). */
    page: FEATURE,
  },
  /** The meta description of every question page (neutral, like the titles). */
  description: 'A private checker: answer a few questions about one cannabis case to learn if it can likely be cleared.',
} as const;
