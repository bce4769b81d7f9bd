/**
 * The checker in the browser: the same question pages as the static site,
 * but moving between questions without loading a page, keeping answers for
 * Back, and showing "Check your answers" before the result.
 *
 * Answers live only in this component's memory and in the page address.
 * Nothing is stored or sent anywhere.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answers } from '../../lib/screening/flow';
import { unpackRoute } from '../../lib/questionnaire/route-table';
import { CHECK_START, answersHref, codeFromPath, stepHref } from '../../lib/questionnaire/urls';
import { answerRows, backCode, questionView, type QuestionLookups } from '../../lib/questionnaire/views';
import { CheckAnswers } from './CheckAnswers';
import { QuestionStep } from './QuestionStep';

interface Props {
  /** The code of the answers before this page's question. */
  code: string;
  lookups: QuestionLookups;
  siteName: string;
  /** The whole route, packed (see route-table.ts): the island needs no rules engine. */
  routeTable: string;
}

/** Where the person is: a question (after the answers in `code`), or checking a complete set. */
type Screen = { kind: 'question'; code: string } | { kind: 'check'; code: string };

export default function Checker({ code, lookups, siteName, routeTable }: Props) {
  const route = useMemo(() => unpackRoute(routeTable), [routeTable]);
  const [enhanced, setEnhanced] = useState(false);
  const [screen, setScreen] = useState<Screen>({ kind: 'question', code });
  /** Every answer given, including ones after the current question, so Back and Change keep them. */
  const [kept, setKept] = useState<Answers>(() => route.decodePath(code).answers);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [error, setError] = useState(false);
  const moved = useRef(false);

  const before = route.decodePath(screen.code).answers;
  const view = screen.kind === 'question' ? questionView(route, before, lookups) : null;

  useEffect(() => {
    setEnhanced(true);
    const onPop = (event: PopStateEvent) => {
      const state = event.state as Screen | null;
      const fromUrl = codeFromPath(location.pathname);
      go(state?.kind ? state : { kind: 'question', code: fromUrl?.code ?? '' }, false);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // When the question changes, preselect the answer kept for it, and move focus to the new heading.
  useEffect(() => {
    setSelected(view ? (kept[view.id] as string | undefined) : undefined);
    setError(false);
    const heading = screen.kind === 'check' ? 'Check your answers' : view?.question;
    if (heading) document.title = `${heading} – Check your record – ${siteName}`;
    if (moved.current) document.getElementById('question-heading')?.focus();
  }, [screen.kind, screen.code]);

  function go(next: Screen, push = true) {
    moved.current = true;
    if (push) history.pushState(next, '', next.kind === 'check' ? location.pathname : stepHref(next.code));
    setScreen(next);
  }

  function submit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!view) return;
    if (!selected) {
      setError(true);
      requestAnimationFrame(() => (document.querySelector('.error-summary') as HTMLElement | null)?.focus());
      return;
    }
    const answered = { ...before, [view.id]: selected } as Answers;
    setKept({ ...kept, [view.id]: selected } as Answers);
    go({ kind: route.nextQuestion(answered) === null ? 'check' : 'question', code: route.encodePath(answered) });
  }

  function back(event: JSX.TargetedMouseEvent<HTMLAnchorElement>) {
    if (screen.kind === 'question' && !screen.code) return; // the start page: a normal link
    event.preventDefault();
    // From "Check your answers", Back returns to the last question; from a question, to the one before.
    go({ kind: 'question', code: backCode(screen.code) ?? '' });
  }

  function clear(event: JSX.TargetedMouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setKept({});
    location.replace(CHECK_START);
  }

  const clearLink = (
    <p class="clear-answers">
      <a href={CHECK_START} onClick={enhanced ? clear : undefined}>Clear my answers and start again</a>
    </p>
  );

  if (screen.kind === 'check') {
    const complete = route.decodePath(screen.code).answers;
    return (
      <>
        <CheckAnswers
          rows={answerRows(route, complete)}
          resultHref={answersHref(screen.code)}
          backHref={stepHref(backCode(screen.code) ?? "")}
          onBack={back}
          onChange={(row, event) => {
            event.preventDefault();
            go({ kind: 'question', code: row.before });
          }}
        />
        {clearLink}
      </>
    );
  }
  if (!view) return null;
  return (
    <>
      <QuestionStep
        view={view}
        enhanced={enhanced}
        selected={selected}
        error={error}
        onSelect={(value) => {
          setSelected(value);
          setError(false);
        }}
        onSubmit={submit}
        onBack={enhanced ? back : undefined}
      />
      {clearLink}
    </>
  );
}
