/** "Check your answers": every answer with a Change link, then the way to the result. */
import type { TargetedMouseEvent } from 'preact';
import type { AnswerRow } from '../../lib/screening/pages/views';
import { AnswerList } from './AnswerList';
import { screenWords as w } from '../../../content/screening/screens';

interface Props {
  rows: AnswerRow[];
  onResult: () => void;
  onChange: (row: AnswerRow, event: TargetedMouseEvent<HTMLAnchorElement>) => void;
  onBack: (event: TargetedMouseEvent<HTMLAnchorElement>) => void;
}

export function CheckAnswers({ rows, onResult, onChange, onBack }: Props) {
  return (
    <>
      <a class="back-link" href="#question-heading" onClick={onBack}>{w.back}</a>
      <h1 id="question-heading" tabIndex={-1}>{w.checkHeading}</h1>
      <p class="measure">{w.checkIntro}</p>
      <AnswerList rows={rows} onChange={onChange} />
      <p><button type="button" class="button" onClick={onResult}>{w.seeResult}</button></p>
    </>
  );
}
