/**
 * The checker in the browser. The same questions as the static pages, but:
 * - answers live only in this component's memory: never in the address, the
 *   history, history state or the page title (the address stays at the
 *   neutral first-question address and titles say only "Question 3");
 * - it moves between questions, "Check your answers" and the result without
 *   loading a page or making any request that could carry answers (the result
 *   is worked out here, by a chunk loaded once the questions can be answered);
 * - Change, from "Check your answers" or the result, comes back there after
 *   the changed question, keeping the later answers that still apply;
 * - it forgets every answer when the page is left (pagehide: another page,
 *   Exit, closing the tab, or the browser keeping it for Back) or hidden (another
 *   tab or app in front), and says so when the person comes back;
 * - sharing a result is a deliberate act: "Copy a link to this result" gives
 *   the static address that works without JavaScript.
 * Nothing is stored or sent anywhere.
 */
import type { TargetedEvent, TargetedMouseEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import routeTable from 'virtual:screening-route';
import lookups from 'virtual:screening-question-links';
import { unpackRoute } from '../../lib/screening/route/packed';
import { keptAnswer, replayKept } from '../../lib/screening/route/keep';
import type { Answers } from '../../lib/screening/route/questions';
import { codeFromLocation, QUESTIONS, resultHref } from '../../lib/screening/pages/urls';
import { answerRows, backCode, questionView, type AnswerRow } from '../../lib/screening/pages/views';
import { pageTitle } from '../../lib/site';
import { CheckAnswers } from './CheckAnswers';
import { QuestionStep } from './QuestionStep';
import { screenWords as w } from '../../../content/screening/screens';

interface Props {
  /** The code of the answers before this page's question. */
  code: string;
}

type Screen = { kind: 'question' | 'check' | 'result'; code: string };
type LiveResult = typeof import('./live-result');

const loadResult = () => import('./live-result');

/** The answer a person chose before the script started (kept, not cleared). */
function checkedBeforeStart(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLInputElement>('.question input[name="answer"]:checked')?.value;
}

function titleFor(screen: Screen, number: number): string {
  if (screen.kind === 'check') return pageTitle(w.titles.check);
  if (screen.kind === 'result') return pageTitle(w.titles.result);
  return pageTitle(w.titles.question(number));
}

/** The result the address names (a shared link), when it is a complete set of answers. */
function resultInAddress(route: ReturnType<typeof unpackRoute>): Screen | null {
  const found = codeFromLocation(location.pathname, location.hash);
  if (found?.kind !== 'result') return null;
  const decoded = route.decodePath(found.code);
  return decoded.ok && route.nextQuestion(decoded.answers) === null ? { kind: 'result', code: found.code } : null;
}

export default function Screening({ code }: Props) {
  // The whole route, packed into the island's code at build time: no rules engine, no request.
  const route = useMemo(() => unpackRoute(routeTable), []);
  const [enhanced, setEnhanced] = useState(false);
  const [screen, setScreen] = useState<Screen>({ kind: 'question', code });
  /** Every answer given, including ones after the current question, so Back and Change keep them. */
  const [kept, setKept] = useState<Answers>(() => route.decodePath(code).answers);
  const [selected, setSelected] = useState<string | undefined>(checkedBeforeStart);
  const [error, setError] = useState(false);
  /** Where Change returns to once the changed answer and what it makes necessary are given. */
  const [returnTo, setReturnTo] = useState<'check' | 'result' | null>(null);
  const [live, setLive] = useState<LiveResult | null>(null);
  const [copyMessage, setCopyMessage] = useState<string | undefined>(undefined);
  /** Answers were forgotten while the page was hidden: say so on the first question. */
  const [cleared, setCleared] = useState(false);
  const moved = useRef(false);
  /** Whether there is anything to forget (read by the listeners, which see only their first render). */
  const hasAnswers = useRef(false);
  hasAnswers.current = screen.kind !== 'question' || screen.code !== '' || Object.keys(kept).length > 0;

  /** Drops every answer, back to the first question (the state setters never change, so the listeners may call it). */
  function forgetAnswers() {
    setKept({});
    setSelected(undefined);
    setReturnTo(null);
    setScreen({ kind: 'question', code: '' });
  }

  const before = route.decodePath(screen.code).answers;
  const view = screen.kind === 'question' ? questionView(route, before, lookups) : null;

  useEffect(() => {
    setEnhanced(true);
    // A shared link to a result: show it here, in place of the static copy.
    const shared = resultInAddress(route);
    if (shared) {
      setKept(route.decodePath(shared.code).answers);
      setScreen(shared);
    }
    document.querySelectorAll('.static-result').forEach((section) => section.remove());
    // The address and the history entry become neutral: no answers in them.
    if (location.pathname !== QUESTIONS || location.hash) history.replaceState(null, '', QUESTIONS);
    const forgetIfHidden = () => {
      if (document.visibilityState !== 'hidden') return;
      if (hasAnswers.current) setCleared(true);
      forgetAnswers();
    };
    addEventListener('pagehide', forgetAnswers);
    document.addEventListener('visibilitychange', forgetIfHidden);
    // Ready for the result before it is asked for: a static file, no answers in the request.
    const load = () => loadResult().then(setLive, () => undefined);
    if (shared) load();
    else if ('requestIdleCallback' in window) requestIdleCallback(load);
    else setTimeout(load, 1);
    return () => {
      removeEventListener('pagehide', forgetAnswers);
      document.removeEventListener('visibilitychange', forgetIfHidden);
    };
  }, []);

  // On every new screen: the kept answer preselected, a neutral title, focus on the heading.
  // (Not on the first: there, an answer chosen before the script started is kept.)
  useEffect(() => {
    if (!enhanced) return;
    if (moved.current) setSelected(view ? keptAnswer(view.id, kept) : undefined);
    setError(false);
    setCopyMessage(undefined);
    document.title = titleFor(screen, view?.number ?? 1);
    if (moved.current) document.querySelector<HTMLElement>('#question-heading, #result-heading')?.focus();
  }, [screen.kind, screen.code, enhanced]);

  function go(next: Screen) {
    moved.current = true;
    setCleared(false);
    setScreen(next);
    scrollTo(0, 0);
  }

  function submit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!view) return;
    if (!selected) {
      setError(true);
      document.title = `${w.errorPrefix}${titleFor(screen, view.number)}`;
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    const answered = { ...before, [view.id]: selected } as Answers;
    const nextKept = { ...kept, [view.id]: selected } as Answers;
    setKept(nextKept);
    if (returnTo) {
      const replayed = replayKept(route, answered, nextKept);
      const nextCode = route.encodePath(replayed.answers);
      if (replayed.next === null) {
        setReturnTo(null);
        go({ kind: returnTo, code: nextCode });
      } else go({ kind: 'question', code: nextCode });
      return;
    }
    go({ kind: route.nextQuestion(answered) === null ? 'check' : 'question', code: route.encodePath(answered) });
  }

  function back(event: TargetedMouseEvent<HTMLAnchorElement>) {
    if (screen.kind === 'question' && !screen.code) return; // the start page: a normal link
    event.preventDefault();
    if (screen.kind === 'result') return go({ kind: 'check', code: screen.code });
    // From "Check your answers", Back returns to the last question; from a question, to the one before.
    go({ kind: 'question', code: backCode(screen.code) ?? '' });
  }

  function change(row: AnswerRow, event: TargetedMouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setReturnTo(screen.kind === 'result' ? 'result' : 'check');
    go({ kind: 'question', code: row.before });
  }

  function clear(event: TargetedMouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    forgetAnswers();
    go({ kind: 'question', code: '' });
  }

  async function copyLink() {
    const url = `${location.origin}${resultHref(screen.code)}`;
    const words = live!.resultWords;
    try {
      await navigator.clipboard.writeText(url);
      setCopyMessage(words.copied);
    } catch {
      setCopyMessage(`${words.copyFailed} ${url}`);
    }
  }

  const clearLink = (
    <p class="clear-answers">
      <a href={QUESTIONS} onClick={enhanced ? clear : undefined}>{w.clearAnswers}</a>
    </p>
  );

  if (screen.kind === 'check') {
    const complete = route.decodePath(screen.code).answers;
    return (
      <>
        <CheckAnswers rows={answerRows(route, complete)} onResult={() => go({ kind: 'result', code: screen.code })} onChange={change} onBack={back} />
        {clearLink}
      </>
    );
  }
  if (screen.kind === 'result') {
    if (!live) {
      loadResult().then(setLive, () => undefined);
      return <p role="status">{w.working}</p>;
    }
    const model = live.liveResult(route, route.decodePath(screen.code).answers);
    return (
      <>
        <a class="back-link" href="#result-heading" onClick={back}>{w.back}</a>
        <live.ResultView
          model={model}
          origin={location.origin}
          shareUrl={`${location.origin}${resultHref(screen.code)}`}
          enhanced={{ onChange: change, onCopy: copyLink, copyMessage }}
        />
        {clearLink}
      </>
    );
  }
  if (!view) return null;
  return (
    <>
      {cleared && <p class="cleared-notice" role="status">{w.clearedWhileHidden}</p>}
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

