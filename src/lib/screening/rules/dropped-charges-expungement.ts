/**
 * Automatic expungement of dropped charges.
 * Law: Criminal Procedure §10-105.1 (SB 201, 2021): a case in which every
 * charge ended in acquittal (not guilty), dismissal or nolle prosequi (not a
 * nolle prosequi with drug or alcohol treatment) "shall be expunged 3 years
 * after" it ended, civil marijuana citations included, with no open-case
 * condition. The stored text states no limit on when the case ended; that it
 * covers only cases that ended on or after October 1, 2021 rests on the fiscal
 * note (research §00 item 5: unsettled).
 *
 * Contract v3: with no other charges, or other charges that were all dropped
 * too, 'applies' when the case ended January 1 – June 30, 2023, or on or after
 * July 1, 2023 and 3 or more years ago; 'later' when it ended on or after
 * July 1, 2023 and less than 3 years ago; 'maybe' when it ended before 2023
 * (the checker does not ask about October 2021). With another charge that was
 * not dropped: 'no'. A nolle prosequi with drug or alcohol treatment is left
 * out by the law; the checker does not ask, so the words say so.
 */
import type { KnownFacts } from '../facts';
import { amend, finding, type Citation, type RuleFinding } from './types';

const s101051 = ['statute-cp-10-105-1', 'sb201-2021-fiscal-note'];

export const droppedChargesReasons = {
  'dropped-every-charge-dropped-3-years': { law: 'cp-10-105-1', sources: s101051 },
  'dropped-other-charges-dropped-too': { law: 'cp-10-105-1', sources: s101051 },
  'dropped-other-charge-not-dropped': { law: 'cp-10-105-1', sources: s101051 },
  'dropped-ended-before-2023-cutoff-unsettled': { law: 'cp-10-105-1', sources: s101051 },
  'dropped-not-yet-3-years': { law: 'cp-10-105-1', sources: s101051 },
  'dropped-treatment-not-covered': { law: 'cp-10-105-1', sources: ['statute-cp-10-105-1'] },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof droppedChargesReasons;

export function droppedChargesExpungement(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.outcome !== 'not-guilty' && facts.outcome !== 'dismissed' && facts.outcome !== 'nolle-prosequi') {
    return finding('no', []);
  }
  let base = finding<Reason>('applies', ['dropped-every-charge-dropped-3-years']);
  if (facts.outcome === 'nolle-prosequi') base = amend(base, { reasons: ['dropped-treatment-not-covered'] });
  if (facts.otherCharges !== 'none') {
    if (facts.otherOutcome === 'not-all-dropped') return finding('no', ['dropped-other-charge-not-dropped']);
    base = amend(base, { reasons: ['dropped-other-charges-dropped-too'] });
  }
  switch (facts.caseEnded) {
    case 'before-2023-01-01':
      return amend(base, { status: 'maybe', reasons: ['dropped-ended-before-2023-cutoff-unsettled'] });
    case '2023-01-01-to-2023-06-30':
      return base;
    case 'on-or-after-2023-07-01':
      return facts.yearsSinceOutcome === '3-or-more'
        ? base
        : amend(base, { status: 'later', reasons: ['dropped-not-yet-3-years'], waits: ['three-years-after-case-ended'] });
  }
}
