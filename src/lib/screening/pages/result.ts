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
  headlines,
  lawWords,
  lookupWords,
  officialLinks,
  paraphernaliaOldSummary,
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
import { sourceFieldsShown } from './source-fields';
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
  /** Read only on a reprint that the site does not link (then neither address is known). */
  readOnReprint?: boolean;
}

/** The fields of a source entry that a result shows. */
export function sourceDataOf(data: SourceData & Record<string, unknown>): SourceData {
  return Object.fromEntries(sourceFieldsShown.map((k) => [k, data[k]]).filter(([, v]) => v !== undefined && v !== false)) as unknown as SourceData;
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

/** What must happen first for one kind of relief: its waits stay under it, never merged with another's. */
export interface WaitGroup {
  path: PathId;
  title: string;
  waits: string[];
}

export interface ResultModel {
  code: string;
  verdict: Verdict;
  headline: string;
  actions: StepView[];
  /** What must happen first, by path: the petition's when it waits; every waiting path's when nothing applies yet. */
  firstNeeded: WaitGroup[];
  cards: CardView[];
  lookups: string[];
  callouts: ReasonView[];
  notes: ReasonView[];
  whatCouldChange: readonly string[];
  cannotSee: readonly string[];
  answers: AnswerRow[];
  sources: (SourceData & { id: string; n: number })[];
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
      summary: summaryOf(path, assessment),
      waits: (assessment.waits[path] ?? []).map((w) => waitWords[w]),
      steps: cardSteps(path, assessment, reasons).map(step),
      reasons: reasons.map(cite),
      moreHref: outcomeHref(path),
    };
  });
  const notes = assessment.reasons.filter((r) => !r.path);
  const isCallout = (r: Reason) => calloutNotes.includes(r.id as NoteId);

  const waiting = verdict === 'not-yet' ? pathIds : (['petition-expungement'] as const);
  const firstNeeded = waiting.flatMap((path): WaitGroup[] => {
    const waits: readonly WaitId[] = assessment.waits[path] ?? [];
    return waits.length > 0 ? [{ path, title: pathWords[path].title, waits: waits.map((w) => waitWords[w]) }] : [];
  });
  return {
    code,
    verdict,
    headline: headlineOf(assessment),
    actions: actionsFor(assessment).map(step),
    firstNeeded,
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
    verdictHref: outcomeHref(verdict),
  };
}

/** Relief that leaves the court record in place: the State's database clearing, a pardon, resentencing. */
const leavesCourtRecord: readonly PathId[] = ['automatic-expungement', 'governor-pardon-2024', 'resentencing'];

/** The headline, never promising more than the paths that apply (or, for 'possibly', may apply). */
export function headlineOf(assessment: Assessment): string {
  const { verdict, paths, status } = assessment;
  if (verdict === 'outside-maryland') {
    const federal = status['federal-pardon'];
    return federal === 'applies' || federal === 'maybe' ? headlines.federalPardon(federal) : verdictWords[verdict].headline;
  }
  if (verdict === 'likely' || verdict === 'possibly') {
    if (paths.length > 0 && paths.every((p) => leavesCourtRecord.includes(p))) return headlines.recordStays(verdict, paths);
    if (verdict === 'likely' && status['petition-expungement'] !== 'applies') return headlines.clearedOnItsOwn;
    if (verdict === 'likely') return assessment.facts.otherCharges === 'none' ? headlines.petitionNow : headlines.petitionNowCharge;
  }
  return verdictWords[verdict].headline;
}

/** An old paraphernalia conviction: the act is no longer a crime and the sentence ended 3 or more years ago (contract v3). */
function oldParaphernalia(assessment: Assessment): boolean {
  const { facts, status } = assessment;
  return (
    status['petition-expungement'] === 'maybe' &&
    facts.charge === 'paraphernalia' &&
    facts.outcome === 'guilty' &&
    facts.sentence === 'completed-3-years-or-more' &&
    facts.pendingCase === 'no' &&
    // Other charges that were not all dropped may block it (the unit rule): then the usual 'maybe' words.
    (facts.otherCharges === 'none' || facts.otherOutcome === 'all-dropped')
  );
}

/** A card's summary: its status's words, or the words for a 'maybe' that turns only on the person's unsure answers. */
function summaryOf(path: PathId, assessment: Assessment): string {
  const status = assessment.status[path] as Exclude<RuleStatus, 'no'>;
  if (path === 'petition-expungement' && oldParaphernalia(assessment)) return paraphernaliaOldSummary;
  const words = pathWords[path];
  if (status === 'maybe' && assessment.maybeFrom[path] === 'answers' && words.ifYourAnswers) return words.ifYourAnswers;
  return words.summary[status] ?? '';
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
    if (some('federal-pardon') && facts.outcome === 'pending') out.push('act-federal-open-case');
    if (some('federal-pardon')) out.push('act-federal-certificate');
    if (facts.court === 'dc') out.push('act-dc-court');
    if (facts.court === 'other-state') out.push('act-other-state');
  } else {
    if (some('resentencing')) out.push('act-resentencing');
    if (status['dropped-charges-expungement'] === 'applies') out.push('act-confirm-cleared');
    const petition = status['petition-expungement'];
    if (petition === 'applies') out.push(`act-file-petition-${petitionFor(assessment)}`);
    else if (oldParaphernalia(assessment)) out.push('act-petition-paraphernalia-old');
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
      // Where to file and the fee are reasons of their own, with their sources (rules/petition-expungement.ts).
      return [...early, `petition-form-${petitionFor(assessment)}`, ...waiver, 'petition-after', 'petition-copies', 'petition-not-asked'];
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
