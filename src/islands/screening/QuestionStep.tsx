/**
 * One question, GOV.UK style: the question as the page heading, a short hint,
 * radio answers with "I'm not sure" set apart, Continue and Back; the links
 * that explain words come after the answers, so the first answer is on the
 * first screen of a phone.
 *
 * Rendered twice over: at build time as plain HTML that works without
 * JavaScript (each answer has its own Continue link, shown by CSS when its
 * radio is checked), and in the browser as a form whose Continue button
 * moves on without loading a page.
 */
import type { TargetedEvent, TargetedMouseEvent } from 'preact';
import type { QuestionView } from '../../lib/screening/pages/views';
import { screenWords as w } from '../../../content/screening/screens';

interface Props {
  view: QuestionView;
  enhanced: boolean;
  selected?: string;
  error?: boolean;
  onSelect?: (value: string) => void;
  onSubmit?: (event: TargetedEvent<HTMLFormElement>) => void;
  onBack?: (event: TargetedMouseEvent<HTMLAnchorElement>) => void;
}

export function QuestionStep({ view, enhanced, selected, error, onSelect, onSubmit, onBack }: Props) {
  const hintId = `${view.id}-hint`;
  const errorId = `${view.id}-error`;
  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');
  const errorText = w.chooseAnswer(view.question);
  const fields = (
    <div class={`question${error ? ' question--error' : ''}`}>
      <fieldset aria-describedby={describedBy}>
        <legend>
          <span class="progress">{w.progress(view.number)}</span>
          <h1 id="question-heading" tabIndex={-1}>{view.question}</h1>
        </legend>
        <p class="hint" id={hintId}>{view.hint}</p>
        {error && (
          <p class="error-message" id={errorId}>
            <span class="visually-hidden">{w.errorPrefix}</span>{errorText}
          </p>
        )}
        <div class="radios">
          {view.options.map((option) => {
            const inputId = `${view.id}-${option.id}`;
            return (
              <>
                {option.id === 'unsure' && <span class="or" aria-hidden="true">{w.or}</span>}
                <input
                  type="radio"
                  id={inputId}
                  name="answer"
                  value={option.id}
                  checked={enhanced ? selected === option.id : undefined}
                  onChange={onSelect ? () => onSelect(option.id) : undefined}
                  aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                />
                <label for={inputId}>
                  {option.label}
                  {option.hint && <span class="option-hint" id={`${inputId}-hint`}>{option.hint}</span>}
                </label>
              </>
            );
          })}
          {!enhanced && (
            <div class="continue-links">
              <p class="choose-first">{w.chooseFirst}</p>
              {view.options.map((option) => (
                <a class="button" href={option.href}>
                  {w.continue}<span class="visually-hidden">{w.continueWith(option.label)}</span>
                </a>
              ))}
            </div>
          )}
        </div>
      </fieldset>
      {enhanced && (
        <div class="actions">
          <button type="submit" class="button">{w.continue}</button>
        </div>
      )}
    </div>
  );
  return (
    <>
      <a class="back-link" href={view.backHref} onClick={onBack}>{w.back}</a>
      {error && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{w.errorSummaryTitle}</h2>
          <p><a href={`#${view.id}-${view.options[0].id}`}>{errorText}</a></p>
        </div>
      )}
      {enhanced ? <form onSubmit={onSubmit} noValidate>{fields}</form> : fields}
      {(view.glossary.length > 0 || view.sources.length > 0) && (
        <div class="question-links">
          {view.glossary.length > 0 && (
            <p>
              {w.glossaryLinks}{' '}
              {view.glossary.map((term, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={`/glossary/#${term.id}`}>{term.label}</a>
                </>
              ))}
              .
            </p>
          )}
          {view.sources.length > 0 && (
            <p class="question-sources">
              {w.hintSources(view.sources.length)}{' '}
              {view.sources.map((source, i) => (
                <>
                  {i > 0 && '; '}
                  <a href={source.url}>{source.title}</a>
                </>
              ))}
            </p>
          )}
        </div>
      )}
    </>
  );
}
