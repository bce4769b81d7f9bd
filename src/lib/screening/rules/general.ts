/** Reasons the verdict itself gives, not tied to one path's rule. */
import type { Citation } from './types';

export const generalReasons = {
  'court-unknown': {
    law: 'Maryland Criminal Procedure Title 10 covers Maryland state cases only',
    sourceIds: ['statute-cp-10-105', 'judiciary-expungement-text'],
  },
  // SB 432 (2025): Case Search "may not in any way refer to" a cannabis possession
  // charge that ended in a conviction later pardoned by the Governor. That hides
  // the case from Case Search; it does not expunge it (research §2.1, §6.3).
  'not-visible-does-not-prove-expungement': {
    law: 'Expungement Reform Act of 2025 (SB 432 / HB 499)',
    sourceIds: ['hb499-2025', 'marijuanamoment-2025-sb432'],
  },
  'no-cannabis-specific-relief': {
    law: 'Criminal Procedure §10-105 and §10-110',
    sourceIds: ['statute-cp-10-105', 'statute-cp-10-110'],
  },
} as const satisfies Record<string, Citation>;
