/**
 * What the question pages and the answer lists show, worked out from the
 * route and the words: shared by the static pages and the island, so both say
 * the same. Pure: no DOM.
 */
import { questionWords } from '../../../../content/screening/questions';
import { CODE_SEPARATOR, questions, type Answers, type FlowOption, type QuestionId } from '../route/questions';
import type { Route } from '../route/packed';
import { CHECK_START, questionHref, resultHref } from './urls';

/** What the questions link to: glossary terms (id → term) and sources (id → title and address). */
export interface QuestionLookups {
  glossary: Record<string, string>;
  sources: Record<string, { title: string; url: string }>;
}

export interface OptionView {
  id: string;
  label: string;
  hint?: string;
  /** Where choosing this answer leads without JavaScript: the next question, or the result. */
  href: string;
}

export interface QuestionView {
  id: QuestionId;
  /** The code of the answers before this question. */
  code: string;
  question: string;
  hint: string;
  glossary: { id: string; label: string }[];
  /** The sources of the facts the hint states. */
  sources: { title: string; url: string }[];
  options: OptionView[];
  /** 1 for the first question; there is no fixed total, only what matters is asked. */
  number: number;
  backHref: string;
}

export interface AnswerRow {
  question: QuestionId;
  questionText: string;
  answerLabel: string;
  /** The code of the answers before this question, and the page where this answer can be changed without JavaScript. */
  before: string;
  changeHref: string;
}

const optionsOf = (id: QuestionId) => questions[id].options as readonly FlowOption[];
const wordsOf = (id: QuestionId) =>
  questionWords[id] as {
    question: string;
    hint: string;
    options: Record<string, { label: string; hint?: string }>;
    glossary: readonly string[];
    sources: readonly string[];
  };

/** Where choosing `optionId` for `question` leads, given the answers before it. */
export function hrefAfter(route: Route, answers: Answers, question: QuestionId, optionId: string): string {
  const next = { ...answers, [question]: optionId } as Answers;
  const code = route.encodePath(next);
  return route.nextQuestion(next) === null ? resultHref(code) : questionHref(code);
}

/** The code one answer shorter; null before the first question (Back then leads to the start page). */
export function backCode(code: string): string | null {
  return code ? code.split(CODE_SEPARATOR).slice(0, -1).join(CODE_SEPARATOR) : null;
}

export function backHref(code: string): string {
  const back = backCode(code);
  return back === null ? CHECK_START : questionHref(back);
}

/** The question to ask after the answers in `code`, or null when they lead to a result. */
export function questionView(route: Route, answers: Answers, lookups: QuestionLookups): QuestionView | null {
  const id = route.nextQuestion(answers);
  if (id === null) return null;
  const code = route.encodePath(answers);
  const words = wordsOf(id);
  return {
    id,
    code,
    question: words.question,
    hint: words.hint,
    glossary: words.glossary.map((term) => ({ id: term, label: lookups.glossary[term] ?? term.replace(/-/g, ' ') })),
    sources: words.sources.map((id) => lookups.sources[id]).filter((source) => source !== undefined),
    options: optionsOf(id).map((option) => ({
      id: option.id,
      label: words.options[option.id].label,
      hint: words.options[option.id].hint,
      href: hrefAfter(route, answers, id, option.id),
    })),
    number: code ? code.split(CODE_SEPARATOR).length + 1 : 1,
    backHref: backHref(code),
  };
}

/** The answers on the route, in the order asked, each with the page where it can be changed. */
export function answerRows(route: Route, answers: Answers): AnswerRow[] {
  const code = route.encodePath(answers);
  const parts = code ? code.split(CODE_SEPARATOR) : [];
  return parts.map((_part, index) => {
    const before = parts.slice(0, index).join(CODE_SEPARATOR);
    const question = route.nextQuestion(route.decodePath(before).answers) as QuestionId;
    const words = wordsOf(question);
    return {
      question,
      questionText: words.question,
      answerLabel: words.options[answers[question] as string].label,
      before,
      changeHref: questionHref(before),
    };
  });
}
