/**
 * One checker result, from its model (src/lib/screening/pages/result.ts).
 * Rendered at build time into the static result pages, and in the browser by
 * the island, so both show the same words. The first screen holds the verdict
 * and what to do now; the reasons, law and sources are behind disclosures.
 * On paper: the site name, the verdict, the actions with their addresses
 * written out, the cards, the answers, the law-as-of date and the address that
 * reproduces the result.
 */
import type { TargetedMouseEvent } from 'preact';
import { resultWords, statusWords } from '../../../content/screening/outcomes';
import type { ResultModel, StepView } from '../../lib/screening/pages/result';
import type { AnswerRow } from '../../lib/screening/pages/views';
import { formatDate, SITE_NAME } from '../../lib/site';
import { citeMark } from '../../../content/site/cite-mark';
import checkerSources from 'virtual:screening-sources';
import { newestPublished } from '../../lib/content/newest';
import { stampWords } from '../../../content/site/stamp';
import { AnswerList } from './AnswerList';

/** How far the sources the checker cites reach: the stamp replaces a "law as of" date (content/site/stamp.ts). */
const newestSource = newestPublished(Object.values(checkerSources));

interface Props {
  model: ResultModel;
  /** Prefix for ids, so several results can share one page. */
  idPrefix?: string;
  /** The site's origin, to write out addresses on paper. */
  origin: string;
  /** The address that reproduces this result (works without JavaScript). */
  shareUrl: string;
  /** The page lists the sources of all its results once (ResultSources), instead of each result listing its own. */
  sharedSources?: boolean;
  /**
   * The page shows once, below whichever result is open (SharedTail), what every result on it
   * says alike: these notes, what could change it, what the checker cannot see and free legal help.
   */
  shared?: SharedParts;
  /** Only with JavaScript: change an answer in place, print, copy the link. */
  enhanced?: {
    onChange: (row: AnswerRow, event: TargetedMouseEvent<HTMLAnchorElement>) => void;
    onCopy: () => void;
    copyMessage?: string;
  };
}

function absolute(href: string, origin: string): string {
  return href.startsWith('/') ? `${origin}${href}` : href;
}

function Step({ step, origin }: { step: StepView; origin: string }) {
  return (
    <li>
      {step.text}
      {step.link && (
        <>
          {' '}
          <a href={step.link.href}>{step.link.label}</a>
          <span class="print-url"> ({absolute(step.link.href, origin)})</span>
        </>
      )}
    </li>
  );
}

function Cites({ cites, idPrefix }: { cites: number[]; idPrefix: string }) {
  return (
    <>
      {cites.map((n) => (
        // No <sup> wrapper: a question page repeats these thousands of times (checker.css raises them).
        <a class="cite" key={n} href={`#${idPrefix}source-${n}`} aria-label={citeMark(n)}>[{n}]</a>
      ))}
    </>
  );
}

/** What every result on a static page says alike, shown once by the page (see `sharedParts`). */
export interface SharedParts {
  notes: ReadonlySet<string>;
  whatCouldChange: boolean;
}

/** The parts that every one of these results would repeat: the notes all share, and what could change when all say the same. */
export function sharedParts(models: readonly ResultModel[]): SharedParts {
  const [first, ...rest] = models;
  const notes = new Set((first?.notes ?? []).map((n) => n.text).filter((t) => rest.every((m) => m.notes.some((n) => n.text === t))));
  const same = (m: ResultModel) => m.whatCouldChange.join('\n') === first?.whatCouldChange.join('\n');
  return { notes, whatCouldChange: models.length > 0 && rest.every(same) };
}

export function ResultView({ model, idPrefix = '', origin, shareUrl, sharedSources = false, shared, enhanced }: Props) {
  const id = (name: string) => `${idPrefix}${name}`;
  const sourcePrefix = sharedSources ? '' : idPrefix;
  const w = resultWords;
  const notes = shared ? model.notes.filter((n) => !shared.notes.has(n.text)) : model.notes;
  return (
    <div class="result">
      <p class="print-only print-site">{w.printTitle(SITE_NAME)}</p>
      <div class={`verdict verdict--${model.verdict}`}>
        <h1 id={id('result-heading')} tabIndex={-1}>{model.headline}</h1>
      </div>

      <div class="next-actions">
        <h2 id={id('what-to-do-now')}>{w.actionsHeading}</h2>
        <ol class="steps">{model.actions.map((a) => <Step key={a.id} step={a} origin={origin} />)}</ol>
        {model.firstNeeded.length > 0 && (
          <>
            <h3 id={id('what-must-happen-first')}>{w.firstHeading}</h3>
            <ul>
              {model.firstNeeded.map((group) => (
                <li key={group.path}>
                  {group.title}:
                  <ul>{group.waits.map((t) => <li key={t}>{t}</li>)}</ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p class="legal-info">
        {w.legalInfo} <a href={model.verdictHref}>{w.whatThisMeans}</a>.
      </p>
      {model.callouts.map((c) => (
        <div class="callout callout--caution" key={c.text}>
          <p>
            {c.text} <Cites cites={c.cites} idPrefix={sourcePrefix} />
          </p>
        </div>
      ))}

      {model.cards.length > 0 && (
        <div>
          <h2 id={id('ways')}>{w.cardsHeading}</h2>
          {model.cards.map((card) => (
            <div class={`path-card path-card--${card.status}`} key={card.path}>
              <h3 id={id(card.path)}>{card.title}</h3>
              <p class="status-tag">{statusWords[card.status]}</p>
              <p>{card.summary}</p>
              {card.waits.length > 0 && <ul>{card.waits.map((t) => <li key={t}>{t}</li>)}</ul>}
              <details class="card-details">
                <summary>{card.steps.length > 0 ? w.stepsAndReasonsSummary : w.reasonsSummary}<span class="visually-hidden">: {card.title}</span></summary>
                {card.steps.length > 0 && <ol class="steps">{card.steps.map((s) => <Step key={s.id} step={s} origin={origin} />)}</ol>}
                <p><strong>{w.reasonsSummary}</strong></p>
                <ul>
                  {card.reasons.map((r) => (
                    <li key={r.text}>
                      {r.text} <span class="law">({r.law})</span> <Cites cites={r.cites} idPrefix={sourcePrefix} />
                    </li>
                  ))}
                </ul>
                <p><a href={card.moreHref}>{w.readMore}: {card.title}</a></p>
              </details>
            </div>
          ))}
        </div>
      )}

      {model.lookups.length > 0 && (
        <div>
          <h2 id={id('what-to-look-up')}>{w.lookupsHeading}</h2>
          <p>{w.lookupsIntro}</p>
          <ol class="steps">{model.lookups.map((t) => <li key={t}>{t}</li>)}</ol>
        </div>
      )}

      {notes.length > 0 && (
        <div>
          <h2 id={id('good-to-know')}>{w.notesHeading}</h2>
          <ul>
            {notes.map((n) => (
              <li key={n.text}>
                {n.text} <Cites cites={n.cites} idPrefix={sourcePrefix} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {!shared?.whatCouldChange && <WhatCouldChange model={model} id={id('what-could-change')} />}
      {!shared && <CannotSee model={model} />}

      <div>
        <h2 id={id('your-answers')}>{w.answersHeading}</h2>
        <AnswerList rows={model.answers} onChange={enhanced?.onChange} />
      </div>

      {!shared && !model.actions.some((a) => a.link?.href === '/help/') && <FreeHelp id={id('free-help')} origin={origin} />}

      <div class="keep">
        {!shared && <SourcesStamp />}
        {!enhanced && <p class="no-print">{w.keepNoJs}</p>}
        {enhanced ? (
          <>
            <p class="actions no-print">
              <button type="button" class="button button--secondary" onClick={() => window.print()}>{w.printButton}</button>
              <button type="button" class="button button--secondary" onClick={enhanced.onCopy}>{w.copyButton}</button>
            </p>
            <p class="no-print" role="status">{enhanced.copyMessage ?? ''}</p>
            <p class="print-only">{w.reproduce} {shareUrl}</p>
          </>
        ) : (
          <p>{w.reproduce} <span class="result-url">{shareUrl}</span></p>
        )}
      </div>

      {!sharedSources && <ResultSources sources={model.sources} idPrefix={idPrefix} />}
    </div>
  );
}

/** How far the sources reach; what they could not confirm is listed with what the checker cannot see. */
function SourcesStamp() {
  return newestSource ? <p>{stampWords.lead(formatDate(newestSource))}</p> : null;
}

function WhatCouldChange({ model, id }: { model: ResultModel; id: string }) {
  return (
    <div>
      <h2 id={id}>{resultWords.changeHeading}</h2>
      <ul>{model.whatCouldChange.map((t) => <li key={t}>{t}</li>)}</ul>
    </div>
  );
}

/** What the checker cannot see, and what the sources could not confirm: one disclosure, since both are long and the same on every result. */
function CannotSee({ model }: { model: ResultModel }) {
  return (
    <details class="assumptions">
      <summary>{resultWords.cannotSeeHeading}</summary>
      <ul>{model.cannotSee.map((t) => <li key={t}>{t}</li>)}</ul>
      <p><strong>{stampWords.notConfirmed}</strong></p>
      <ul>{stampWords.items.map((item) => <li key={item}>{item}</li>)}</ul>
    </details>
  );
}

function FreeHelp({ id, origin }: { id: string; origin: string }) {
  const w = resultWords;
  return (
    <div>
      <h2 id={id}>{w.helpHeading}</h2>
      <p>
        {w.helpText} <a href="/help/">{w.helpLink}</a>
        <span class="print-url"> ({absolute('/help/', origin)})</span>
      </p>
    </div>
  );
}

/** What every result on a static page says alike (see `sharedParts`), shown once below whichever result is open. */
export function SharedTail({ models, shared, origin }: { models: readonly ResultModel[]; shared: SharedParts; origin: string }) {
  const first = models[0];
  if (!first) return null;
  const notes = first.notes.filter((n) => shared.notes.has(n.text));
  return (
    <div class="result-shared">
      {notes.length > 0 && (
        <div>
          <h2 id="all-good-to-know">{resultWords.notesHeading}</h2>
          <ul>
            {notes.map((n) => (
              <li key={n.text}>
                {n.text} <Cites cites={n.cites} idPrefix="" />
              </li>
            ))}
          </ul>
        </div>
      )}
      {shared.whatCouldChange && <WhatCouldChange model={first} id="all-what-could-change" />}
      <CannotSee model={first} />
      <FreeHelp id="all-free-help" origin={origin} />
      <SourcesStamp />
    </div>
  );
}

/** The numbered sources of one result, or of every result on a page. */
export function ResultSources({ sources, idPrefix = '', class: className = '', summary = resultWords.sourcesSummary }: { sources: ResultModel['sources']; idPrefix?: string; class?: string; summary?: string }) {
  if (sources.length === 0) return null;
  const w = resultWords;
  return (
    <details class={`sources result-sources ${className}`.trim()}>
      <summary>{summary} ({sources.length})</summary>
      <ol class="source-list">
        {sources.map((s) => (
          <li id={`${idPrefix}source-${s.n}`} key={s.id} value={s.n}>
            {s.author && s.author !== 'none-given' && <>{s.author}. </>}
            {s.url ? <a href={s.url}>{s.titleSupplied ? `[${s.title}]` : s.title}</a> : s.titleSupplied ? `[${s.title}]` : s.title}. {s.publisher},{' '}
            {s.published && s.published !== 'none-given' ? formatDate(s.published) : w.noDate}.
            {s.readOnReprint && <> {w.readOnReprint}</>}
            {s.copyUrl && (
              <>
                {' '}
                <a href={s.copyUrl}>{w.readCopy}</a>: {s.copyNote}
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
