/**
 * What a result shows, worked out from an assessment and the words: the same
 * model for the static result pages and the island, so both say the same.
 * Pure: no DOM. GOV.UK "check a service is suitable" order: the verdict in one
 * sentence, then what to do now (one to three numbered actions with real
 * links), then one short card per kind of relief whose status is not 'no'
 * ('applies' first, then 'maybe', then 'later'), each speaking to its status
 * with its reasons, law and sources behind a disclosure; then what to look up,
 * notes, what could change the result, what the checker cannot see and the
 * answers given.
 */
import { assumptions } from '../../../../content/screening/assumptions';
import {
  calloutNotes,
  lawWords,
  lookupWords,
  officialLinks,
  pathWords,
  reasonWords,
  stepWords,
  verdictWords,
  waitWords,
  type StepId,
} from '../../../../content/screening/outcomes';
import type { Assessment, NoteId, PathId, Reason, RuleStatus, Verdict, WaitId } from '../index';
import { pathIds } from '../rules';
import type { AnswerRow } from './views';
import { outcomeHref } from './urls';

/** What the result needs to know about a source it cites (the fields of content/sources/*.yaml it shows). */
export interface SourceData {
  title: string;
  /** The title is our description, shown in [brackets]. */
  titleSupplied?: boolean;
  author?: string;
  publisher: string;
  published?: string;
  /** The original or official address; missing when only a copy is known. */
  url?: string;
  /** Where the text was read, when not at the original. */
  copyUrl?: string;
  copyNote?: string;
}

/** The fields of a source entry that a result shows. */
export function sourceDataOf(data: SourceData & Record<string, unknown>): SourceData {
  const { title, titleSupplied, author, publisher, published, url, copyUrl, copyNote } = data;
  return Object.fromEntries(Object.entries({ title, titleSupplied, author, publisher, published, url, copyUrl, copyNote }).filter(([, v]) => v !== undefined && v !== false)) as unknown as SourceData;
}

export interface StepView {
  id: StepId;
  text: string;
  link?: { href: string; label: string };
}

export interface ReasonView {
  text: string;
  law: string;
  /** Numbers in the result's source list. */
  cites: number[];
}

export interface CardView {
  path: PathId;
  status: Exclude<RuleStatus, 'no'>;
  title: string;
  summary: string;
  /** For 'later': what must happen first for this path. */
  waits: string[];
  steps: StepView[];
  reasons: ReasonView[];
  moreHref: string;
}

export interface ResultModel {
  code: string;
  verdict: Verdict;
  headline: string;
  actions: StepView[];
  /** What must happen before a petition can be filed (shown on the first screen when nothing applies yet). */
  firstNeeded: string[];
  cards: CardView[];
  lookups: string[];
  callouts: ReasonView[];
  notes: ReasonView[];
  whatCouldChange: readonly string[];
  cannotSee: readonly string[];
  answers: AnswerRow[];
  sources: (SourceData & { id: string; n: number })[];
  lawAsOf: string;
  verdictHref: string;
}

const statusOrder: readonly Exclude<RuleStatus, 'no'>[] = ['applies', 'maybe', 'later'];

function step(id: StepId): StepView {
  const words = stepWords[id] as { text: string; link?: keyof typeof officialLinks };
  return words.link ? { id, text: words.text, link: { ...officialLinks[words.link] } } : { id, text: words.text };
}

/**
 * @param numbering the order in which sources are numbered: pass one array to
 *   several results to number their sources as one list (the results that
 *   share a page also share its source list).
 */
export function resultModel(
  code: string,
  assessment: Assessment,
  answers: AnswerRow[],
  sources: Readonly<Record<string, SourceData>>,
  numbering: string[] = [],
): ResultModel {
  const { status, verdict } = assessment;
  const cited = numbering;
  const mine = new Set<string>();
  const cite = (reason: Reason): ReasonView => ({
    text: reasonWords[reason.id],
    law: lawWords[reason.law],
    cites: reason.sourceIds.map((id) => {
      mine.add(id);
      return (cited.includes(id) ? cited.indexOf(id) : cited.push(id) - 1) + 1;
    }),
  });

  const shown = statusOrder.flatMap((s) => pathIds.filter((p) => status[p] === s));
  const cards = shown.map((path): CardView => {
    const s = status[path] as Exclude<RuleStatus, 'no'>;
    const reasons = assessment.reasons.filter((r) => r.path === path);
    return {
      path,
      status: s,
      title: pathWords[path].title,
      summary: pathWords[path].summary[s] ?? '',
      waits: (assessment.waits[path] ?? []).map((w) => waitWords[w]),
      steps: cardSteps(path, assessment, reasons).map(step),
      reasons: reasons.map(cite),
      moreHref: outcomeHref(path),
    };
  });
  const notes = assessment.reasons.filter((r) => !r.path);
  const isCallout = (r: Reason) => calloutNotes.includes(r.id as NoteId);

  const petitionWaits: readonly WaitId[] = assessment.waits['petition-expungement'] ?? [];
  const laterWaits = verdict === 'not-yet' ? pathIds.flatMap((p) => assessment.waits[p] ?? []) : petitionWaits;
  return {
    code,
    verdict,
    headline: verdictWords[verdict].headline,
    actions: actionsFor(assessment).map(step),
    firstNeeded: [...new Set(laterWaits)].map((w) => waitWords[w]),
    cards,
    lookups: assessment.lookups.map((l) => lookupWords[l.id]),
    callouts: notes.filter(isCallout).map(cite),
    notes: notes.filter((r) => !isCallout(r)).map(cite),
    whatCouldChange: verdictWords[verdict].whatCouldChange,
    cannotSee: assumptions,
    answers,
    sources: cited.flatMap((id, i) => {
      const source = sources[id];
      if (!source) throw new Error(`the checker cites source "${id}", which is not in content/sources/`);
      return mine.has(id) ? [{ ...source, id, n: i + 1 }] : [];
    }),
    lawAsOf: assessment.lawAsOf,
    verdictHref: outcomeHref(verdict),
  };
}

/** The petition that fits how the case ended: one for guilty findings, one for every other outcome. */
function petitionFor(assessment: Assessment): 'guilty' | 'non-conviction' | 'either' {
  const outcome = assessment.facts.outcome;
  if (outcome === 'guilty') return 'guilty';
  return outcome === 'unsure' ? 'either' : 'non-conviction';
}

/** One to three actions, most urgent first, never saying "file now" unless the petition applies. */
export function actionsFor(assessment: Assessment): StepId[] {
  const { status, facts, verdict } = assessment;
  const some = (p: PathId) => status[p] === 'applies' || status[p] === 'maybe';
  const out: StepId[] = [];
  if (facts.court === 'unsure') out.push('act-find-court');
  else if (verdict === 'outside-maryland') {
    if (some('federal-pardon')) out.push('act-federal-certificate');
    if (facts.court === 'dc') out.push('act-dc-court');
    if (facts.court === 'other-state') out.push('act-other-state');
  } else {
    if (some('resentencing')) out.push('act-resentencing');
    if (status['dropped-charges-expungement'] === 'applies') out.push('act-confirm-cleared');
    const petition = status['petition-expungement'];
    if (petition === 'applies') out.push(`act-file-petition-${petitionFor(assessment)}`);
    else if (petition === 'maybe') out.push('act-petition-ask-first');
    else if (petition === 'later') out.push('act-petition-later');
    if (some('governor-pardon-2024')) out.push('act-confirm-pardon');
    if (assessment.lookups.length > 0) out.push('act-look-up');
  }
  out.push('act-free-help');
  return [...new Set(out)].slice(0, 3);
}

/** The steps under a card, tied to its status and to the reasons it gives. */
function cardSteps(path: PathId, assessment: Assessment, reasons: readonly Reason[]): StepId[] {
  const has = (id: string) => reasons.some((r) => r.id === id);
  const petition = assessment.status['petition-expungement'];
  switch (path) {
    case 'petition-expungement': {
      const early: StepId[] = has('petition-good-cause-early') && assessment.status[path] === 'later' ? ['petition-good-cause'] : [];
      const waiver: StepId[] = has('petition-general-waiver-now') ? ['petition-waiver'] : [];
      return [...early, `petition-form-${petitionFor(assessment)}`, ...waiver, 'petition-where', 'petition-fee', 'petition-after', 'petition-copies', 'petition-not-asked'];
    }
    case 'automatic-expungement':
      return petition === 'no' ? [] : ['auto-also-petition'];
    case 'dropped-charges-expungement':
      if (assessment.status[path] === 'applies') return ['dropped-ask-clerk'];
      return assessment.status[path] === 'later' && petition === 'applies' ? ['dropped-petition-faster'] : [];
    case 'governor-pardon-2024':
      return ['pardon-confirm', 'pardon-still-petition', 'pardon-paper-records'];
    case 'resentencing':
      return ['resentencing-how'];
    case 'federal-pardon':
      return ['federal-conditions'];
  }
}
