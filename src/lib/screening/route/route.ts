/**
 * The route through the questions, GOV.UK smart-answer style: questions in a
 * fixed order (./questions.ts), and pure functions that say which comes next.
 *
 * The route asks only what the result depends on. The first four questions
 * (court, charge, outcome, offense date) are routed by hand: another state or
 * "not sure" of the court ends at once; a federal or D.C. case needs only the
 * charge and, for possession, the outcome and, unless it was dropped, the
 * offense date; in Maryland an open case ends the questions.
 * After that, each slot is asked in the first of its variants (skipping it is
 * the first) whose merged answers cannot change `assess()`'s decision (the
 * verdict and every path's status, so every card of the result), whatever the
 * answers to the later questions turn out to be. That is the contract's rule
 * read literally, so it adapts by itself when a rule changes; the tests walk
 * every route and count its pages.
 */
import { assess, decide, decisionKey, type Assessment } from '../assess';
import { chargeFitsEnd, factFields, factValues, normalizeFacts, yearsFitEnd, type Facts, type FactField, type NormalizedFacts } from '../facts';
import { packRoute, unpackRoute, type Route } from './packed';
import { CODE_SEPARATOR, questions, slots, type Answers, type FlowOption, type QuestionId, type SlotId } from './questions';

export { CODE_SEPARATOR, questionIds, questions, slots } from './questions';
export type { Answers, FlowOption, FlowQuestion, OptionId, QuestionId, SlotId } from './questions';

export type DecodeProblem =
  /** A part of the code is no answer to any question. */
  | 'unknown-code'
  /** It answers a question that this route does not ask here, or no longer can (e.g. a sentence after an acquittal). */
  | 'not-asked'
  /** It answers a question that may come later, but another question comes first. */
  | 'out-of-order'
  /** The route had already ended: answers after the result. */
  | 'after-end';

export type DecodeResult =
  | { ok: true; answers: Answers; complete: boolean }
  | {
      ok: false;
      problem: DecodeProblem;
      /** Index of the first part of the code that was rejected. */
      at: number;
      /** The longest valid beginning, as a code ('' = the start), for "continue from here". */
      validPrefix: string;
      answers: Answers;
    };

export interface QuestionPage {
  code: string;
  answers: Answers;
  facts: Facts;
  question: QuestionId;
}

export interface CompletePath {
  code: string;
  answers: Answers;
  facts: Facts;
  assessment: Assessment;
}


// ---------------------------------------------------------------------------
// Which question comes next

const slotIndex = new Map<SlotId, number>(slots.map((slot, index) => [slot.id, index]));

/** Necessary conditions for a slot to be asked at all (hand routing for the first three). */
function slotMayBeAsked(slot: SlotId, f: NormalizedFacts): boolean {
  switch (slot) {
    case 'court':
      return true;
    case 'charge':
      return f.court === 'maryland' || f.court === 'federal' || f.court === 'dc';
    case 'outcome':
      return f.court === 'maryland' || federalPossession(f);
    case 'offense':
      return federalPossession(f) && !droppedOutcomes.has(f.outcome);
    default:
      if (f.court !== 'maryland' || f.outcome === 'pending') return false;
      if (slot === 'sentence') return f.outcome === 'guilty' || f.outcome === 'pbj' || f.outcome === 'unsure';
      // The rules read how the other charges ended only for §10-105.1 (a dropped charge) and the
      // unit rule (which spares a possession charge).
      if (slot === 'otherOutcome') return f.otherCharges !== 'none' && (f.charge !== 'possession' || !endedWithoutDropping(f.outcome));
      // A later conviction bars only a petition after a PBJ (not for possession or a citation) or a
      // guilty finding of intent to distribute (rules/petition/bars.ts).
      if (slot === 'laterConviction') {
        const pbj = (f.outcome === 'pbj' || f.outcome === 'unsure') && f.charge !== 'possession' && f.charge !== 'civil-citation';
        const intent = (f.outcome === 'guilty' || f.outcome === 'unsure') && (f.charge === 'intent-to-distribute' || f.charge === 'unsure');
        return pbj || intent;
      }
      // The charge date is asked only when the case ended in 2023 or later, or the person is not sure when.
      if (slot === 'charged') return f.caseEnded !== 'before-2023-01-01';
      return true;
  }
}

/** Variants a slot may offer here: never a charge date later than the end of the case the person gave. */
function variantsFor(slot: SlotId, f: NormalizedFacts): readonly QuestionId[] {
  const variants = slots[slotIndex.get(slot)!].variants as readonly QuestionId[];
  if (slot !== 'charged') return variants;
  return f.caseEnded === '2023-01-01-to-2023-06-30' ? ['chargedByMid2023'] : ['charged'];
}

/** A federal or D.C. case that may be simple possession: the presidential pardons' cases. */
function federalPossession(f: NormalizedFacts): boolean {
  return (f.court === 'federal' || f.court === 'dc') && (f.charge === 'possession' || f.charge === 'unsure');
}
const droppedOutcomes = new Set<string>(['not-guilty', 'dismissed', 'nolle-prosequi']);
/** A guilty finding, a PBJ or a stet: not an outcome §10-105.1 clears. */
function endedWithoutDropping(outcome: string): boolean {
  return outcome === 'guilty' || outcome === 'pbj' || outcome === 'stet';
}

const handRouted = new Set<SlotId>(['court', 'charge', 'outcome', 'offense']);
const questionCache = new Map<string, QuestionId | null>();

/** The question for slot `index` given the facts so far, or null when the slot is skipped. */
function questionForSlot(index: number, facts: NormalizedFacts): QuestionId | null {
  const slot = slots[index];
  const key = `${index}|${factKey(facts)}`;
  const cached = questionCache.get(key);
  if (cached !== undefined) return cached;
  let chosen: QuestionId | null = null;
  if (slotMayBeAsked(slot.id, facts)) {
    const variants = variantsFor(slot.id, facts);
    if (handRouted.has(slot.id)) {
      chosen = variants[0];
    } else {
      // Only slots that may still be asked here: a field never asked stays 'unsure' to the end,
      // so trying its other values would only multiply the search.
      const later = [
        ...new Set(
          slots
            .slice(index + 1)
            .filter((s) => slotMayBeAsked(s.id, facts))
            .flatMap((s) => questions[s.variants[0]].fields),
        ),
      ];
      const fields = questions[variants[0]].fields;
      if (!admissible(skipOption(fields), fields, facts, later)) {
        chosen = variants.find((id) => admissible(questions[id].options, fields, facts, later)) ?? null;
        if (chosen === null) throw new Error(`no variant of slot ${slot.id} keeps the result: add a full variant`);
      }
    }
  }
  questionCache.set(key, chosen);
  return chosen;
}

/** Skipping a slot = one pseudo-answer that leaves its facts 'unsure' and covers every answer. */
function skipOption(fields: readonly FactField[]): readonly FlowOption[] {
  return [{ id: 'skipped', code: '', sets: {}, covers: combos(fields, {}) }];
}

/**
 * True when, for every answer to the later questions, each option gives the
 * same verdict and paths as every situation it covers.
 */
function admissible(
  options: readonly FlowOption[],
  fields: readonly FactField[],
  facts: NormalizedFacts,
  later: readonly FactField[],
): boolean {
  const unsure = Object.fromEntries(fields.map((field) => [field, 'unsure'])) as Facts;
  const merging = options
    .map((o) => ({ sets: o.sets, covers: o.covers ?? combos(fields, o.sets) }))
    .filter((o) => o.covers.length > 1 || !sameFacts(o.covers[0] ?? {}, { ...unsure, ...o.sets }, fields));
  if (merging.length === 0) return true;
  for (const rest of combos(later, {})) {
    const base = { ...facts, ...rest, ...unsure };
    for (const o of merging) {
      const target = resultKey({ ...base, ...o.sets });
      for (const situation of o.covers) if (resultKey({ ...base, ...situation }) !== target) return false;
    }
  }
  return true;
}

/** Every coherent combination of values (with 'unsure') of `fields` that agrees with `fixed`. */
function combos(fields: readonly FactField[], fixed: Facts): Facts[] {
  let out: Facts[] = [{}];
  for (const field of fields) {
    const values = fixed[field] !== undefined ? [fixed[field]] : factValues[field];
    out = out.flatMap((partial) => values.map((value) => ({ ...partial, [field]: value })));
  }
  return out.filter(coherent);
}

/** Answers that fit each other (see ../facts.ts): a charge no later than its case's end; no "under 3 years" before July 2023. */
function coherent(f: Facts): boolean {
  const ended = f.caseEnded ?? 'unsure';
  return chargeFitsEnd(f.charged ?? 'unsure', ended) && yearsFitEnd(f.yearsSinceOutcome ?? 'unsure', ended);
}

function sameFacts(a: Facts, b: Facts, fields: readonly FactField[]): boolean {
  return fields.every((field) => (a[field] ?? 'unsure') === (b[field] ?? 'unsure'));
}

function resultKey(facts: Facts): string {
  return decisionKey(decide(facts));
}

function factKey(facts: NormalizedFacts): string {
  return factFields.map((field) => facts[field]).join('|');
}

interface Walk {
  asked: { question: QuestionId; option: FlowOption }[];
  facts: Facts;
  next: QuestionId | null;
}

/** Follows the route through `answers` as far as they go. */
function walk(answers: Answers): Walk {
  const asked: Walk['asked'] = [];
  let facts: Facts = {};
  for (let index = 0; index < slots.length; index++) {
    const question = questionForSlot(index, normalizeFacts(facts));
    if (question === null) continue;
    const chosen = optionById(question, answers[question]);
    if (!chosen) return { asked, facts, next: question };
    asked.push({ question, option: chosen });
    facts = { ...facts, ...chosen.sets };
  }
  return { asked, facts, next: null };
}

function optionById(question: QuestionId, id: unknown): FlowOption | undefined {
  return (questions[question].options as readonly FlowOption[]).find((o) => o.id === id);
}

/** The next question to ask, or null when the answers lead to a result. */
export function nextQuestion(answers: Answers): QuestionId | null {
  return walk(answers).next;
}

/** The facts the answers on the route record (questions not asked are left out: 'unsure'). */
export function factsFrom(answers: Answers): Facts {
  return walk(answers).facts;
}

/** The answers on the route as a URL code, e.g. "md-pos-g-no-yes-done-b23-yes"; '' at the start. */
export function encodePath(answers: Answers): string {
  return walk(answers)
    .asked.map((step) => step.option.code)
    .join(CODE_SEPARATOR);
}

/** Reads a URL code back, rejecting anything the route would not produce. */
export function decodePath(code: string): DecodeResult {
  const parts = typeof code === 'string' && code !== '' ? code.split(CODE_SEPARATOR) : [];
  const answers: Record<string, string> = {};
  const accepted: string[] = [];
  if (typeof code !== 'string') return { ok: false, problem: 'unknown-code', at: 0, validPrefix: '', answers: {} };
  for (let at = 0; at < parts.length; at++) {
    const { next, facts } = walk(answers as Answers);
    const fail = (problem: DecodeProblem): DecodeResult => ({
      ok: false,
      problem,
      at,
      validPrefix: accepted.join(CODE_SEPARATOR),
      answers: { ...answers } as Answers,
    });
    if (next === null) return fail('after-end');
    const chosen = (questions[next].options as readonly FlowOption[]).find((o) => o.code === parts[at]);
    if (!chosen) return fail(classify(parts[at], next, normalizeFacts(facts)));
    answers[next] = chosen.id;
    accepted.push(chosen.code);
  }
  return { ok: true, answers: { ...answers } as Answers, complete: nextQuestion(answers as Answers) === null };
}

function classify(part: string, expected: QuestionId, facts: NormalizedFacts): DecodeProblem {
  const owners = (Object.keys(questions) as QuestionId[]).filter(
    (id) => id !== expected && (questions[id].options as readonly FlowOption[]).some((o) => o.code === part),
  );
  if (owners.length === 0) return 'unknown-code';
  const here = slotIndex.get(questions[expected].slot) ?? 0;
  const mayComeLater = owners.some((id) => {
    const slot = questions[id].slot;
    return (slotIndex.get(slot) ?? 0) > here && slotMayBeAsked(slot, facts);
  });
  return mayComeLater ? 'out-of-order' : 'not-asked';
}

// ---------------------------------------------------------------------------
// Every page of the checker

interface Tree {
  prefixes: QuestionPage[];
  paths: CompletePath[];
}

/**
 * The whole tree, built once per process: the build reads this module twice
 * (astro.config.mjs packs the route for the island's code; the pages render
 * every question and result), so the tree is kept under a global key that
 * both copies of the module find. The rules are pure, so both would build
 * the same tree.
 */
const TREE = Symbol.for('baltimore-cannabis-records/checker-route-tree');
function theTree(): Tree {
  const shared = globalThis as { [TREE]?: Tree };
  return (shared[TREE] ??= buildTree());
}

function buildTree(): Tree {
  const prefixes: QuestionPage[] = [];
  const paths: CompletePath[] = [];
  const visit = (answers: Answers) => {
    const { next, facts, asked } = walk(answers);
    const code = asked.map((step) => step.option.code).join(CODE_SEPARATOR);
    if (next === null) {
      paths.push({ code, answers, facts, assessment: assess(facts) });
      return;
    }
    prefixes.push({ code, answers, facts, question: next });
    for (const o of questions[next].options as readonly FlowOption[]) visit({ ...answers, [next]: o.id });
  };
  visit({});
  return { prefixes, paths };
}

/** Every question page: the start ('') and every partial route. */
export function enumeratePrefixes(): QuestionPage[] {
  return theTree().prefixes.map((page) => ({ ...page }));
}

/** Every complete route, with the facts it records and their assessment. */
export function enumeratePaths(): CompletePath[] {
  return theTree().paths.map((path) => ({ ...path }));
}

// ---------------------------------------------------------------------------
// The route for the pages and the island

let packed: string | undefined;
/** The whole route, packed once per build: what the island ships instead of the rules engine. */
export function packedRoute(): string {
  packed ??= packRoute(new Map(theTree().prefixes.map((page) => [page.code, page.question])));
  return packed;
}

let unpacked: Route | undefined;
/**
 * The route for the pages and tables: the packed table read back, which walks
 * a tree instead of re-running the rules at every step (a test checks it
 * agrees with `nextQuestion`, `encodePath` and `decodePath` on every route).
 */
export const fullRoute: Route = {
  nextQuestion: (answers) => (unpacked ??= unpackRoute(packedRoute())).nextQuestion(answers),
  encodePath: (answers) => (unpacked ??= unpackRoute(packedRoute())).encodePath(answers),
  decodePath: (code) => (unpacked ??= unpackRoute(packedRoute())).decodePath(code),
};
