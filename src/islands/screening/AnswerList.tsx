/** The answers given, each with a Change link (GOV.UK summary list): on "Check your answers" and on every result. */
import type { TargetedMouseEvent } from 'preact';
import type { AnswerRow } from '../../lib/screening/pages/views';
import { screenWords as w } from '../../../content/screening/screens';

interface Props {
  rows: readonly AnswerRow[];
  /** With JavaScript: change the answer in place. Without, the link opens that question's page. */
  onChange?: (row: AnswerRow, event: TargetedMouseEvent<HTMLAnchorElement>) => void;
}

export function AnswerList({ rows, onChange }: Props) {
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div key={row.question}>
          <dt>{row.questionText}</dt>
          <dd>{row.answerLabel}</dd>
          <dd class="change">
            <a href={row.changeHref} onClick={onChange ? (event) => onChange(row, event) : undefined}>
              {w.change}<span class="visually-hidden">{w.changeWhich(row.questionText)}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
