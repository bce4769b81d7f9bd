/** "Check your answers": every answer with a Change link, then the way to the result. */
import type { JSX } from 'preact';
import type { AnswerRow } from '../../lib/questionnaire/views';

interface Props {
  rows: AnswerRow[];
  resultHref: string;
  onChange: (row: AnswerRow, event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => void;
  onBack: (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => void;
  backHref: string;
}

export function CheckAnswers({ rows, resultHref, onChange, onBack, backHref }: Props) {
  return (
    <>
      <a class="back-link" href={backHref} onClick={onBack}>Back</a>
      <h1 id="question-heading" tabIndex={-1}>Check your answers</h1>
      <p class="measure">If an answer is wrong, change it. Nothing is sent anywhere: your answers stay on this device.</p>
      <dl class="summary-list">
        {rows.map((row) => (
          <div key={row.question}>
            <dt>{row.questionText}</dt>
            <dd>{row.answerLabel}</dd>
            <dd class="change">
              <a href={row.changeHref} onClick={(event) => onChange(row, event)}>
                Change<span class="visually-hidden"> your answer to “{row.questionText}”</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p><a class="button" href={resultHref}>See your result</a></p>
    </>
  );
}
