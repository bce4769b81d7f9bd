/**
 * The route, packed into a short string for the browser.
 *
 * Working out which question comes next runs the whole rules engine
 * (./route.ts), which is too slow to start on an old phone. The route never
 * changes between builds, so the build walks it once and writes it down: a
 * depth-first walk of the question tree, one character per node — the
 * question's index in `questionIds` (base 36), or "." where the answers lead
 * to a result. Children follow in the order of the question's options. About
 * 7,600 characters for the whole checker (2 KB compressed).
 */
import { CODE_SEPARATOR, questionIds, questions, type Answers, type FlowOption, type QuestionId } from './questions';

/** What the pages need from a route: the flow itself at build time, the packed table in the browser. */
export interface Route {
  nextQuestion(answers: Answers): QuestionId | null;
  encodePath(answers: Answers): string;
  decodePath(code: string): { ok: boolean; answers: Answers };
}

type Node = { question: QuestionId; children: Node[] } | null;

const optionsOf = (id: QuestionId) => questions[id].options as readonly FlowOption[];

/** Packs a route, given the question asked after each code (the question pages); any other code leads to a result. */
export function packRoute(questionAfter: ReadonlyMap<string, QuestionId>): string {
  const visit = (code: string): string => {
    const question = questionAfter.get(code);
    if (question === undefined) return '.';
    const children = optionsOf(question).map((o) => visit(code ? `${code}${CODE_SEPARATOR}${o.code}` : o.code));
    return questionIds.indexOf(question).toString(36) + children.join('');
  };
  return visit('');
}

let last: { packed: string; route: Route } | undefined;

/** Reads a packed route back into a Route (the last one is kept: every page of a build reads the same). */
export function unpackRoute(packed: string): Route {
  if (last?.packed !== packed) last = { packed, route: readRoute(packed) };
  return last.route;
}

function readRoute(packed: string): Route {
  let at = 0;
  const read = (): Node => {
    const char = packed[at++];
    if (char === '.') return null;
    const question = questionIds[parseInt(char, 36)];
    if (!question) throw new Error(`route table is damaged at ${at - 1}`);
    return { question, children: optionsOf(question).map(() => read()) };
  };
  const root = read();

  /** Follows the answers down the tree; returns the node reached and the codes on the way. */
  const walk = (answers: Answers) => {
    let node = root;
    const codes: string[] = [];
    while (node) {
      const chosen = answers[node.question];
      const index = optionsOf(node.question).findIndex((o) => o.id === chosen);
      if (index === -1) break;
      codes.push(optionsOf(node.question)[index].code);
      node = node.children[index];
    }
    return { node, codes };
  };

  return {
    nextQuestion: (answers) => walk(answers).node?.question ?? null,
    encodePath: (answers) => walk(answers).codes.join(CODE_SEPARATOR),
    decodePath(code) {
      const answers: Record<string, string> = {};
      let node = root;
      for (const part of code ? code.split(CODE_SEPARATOR) : []) {
        const option = node ? optionsOf(node.question).find((o) => o.code === part) : undefined;
        if (!node || !option) return { ok: false, answers: answers as Answers };
        answers[node.question] = option.id;
        node = node.children[optionsOf(node.question).indexOf(option)];
      }
      return { ok: true, answers: answers as Answers };
    },
  };
}
