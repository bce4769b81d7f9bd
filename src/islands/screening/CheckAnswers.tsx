/** "Check your answers": every answer with a Change link, then the way to the result. */
import type { JSX } from 'preact';
import type { AnswerRow } from '../../lib/screening/pages/views';
import { AnswerList } from './AnswerList';

interface Props {
  rows: AnswerRow[];
  onResult: () => void;
  onChange: (row: AnswerRow, event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => void;
  onBack: (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => void;
}

export function CheckAnswers({ rows, onResult, onChange, onBack }: Props) {
  return (
    <>
      <a class="back-link" href="#question-heading" onClick={onBack}>Back</a>
      <h1 id="question-heading" tabIndex={-1}>Check your answers</h1>
      <p class="measure">If an answer is wrong, change it. Your answers stay in this page only: nothing is sent or saved.</p>
      <AnswerList rows={rows} onChange={onChange} />
      <p><button type="button" class="button" onClick={onResult}>See your result</button></p>
    </>
  );
}
