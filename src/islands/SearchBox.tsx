/**
 * The search page's island: results as you type, above the page's A to Z
 * index. Rendered on the server as a plain GET form (it works without
 * JavaScript: the form reloads /search/?q=…, which shows the A to Z index).
 *
 * Once hydrated it reads `q` from the address. The search engine (fuse.js
 * and the ranking code) and /search-index.json (same origin) load on
 * demand: at once when the address has a query, otherwise when the box is
 * first focused or typed in. Someone who only browses the A to Z index
 * downloads neither. Focus stays in the box; results are a list of links.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchIndex } from '../lib/search/build-index';
import { pieces, type Marked } from '../lib/search/marks';
import type { SearchHit, SearchOutcome, SiteSearch } from '../lib/search/search';
import { searchBoxWords as w } from '../../content/site/search';

const INDEX_URL = '/search-index.json';
const SHOWN = 20;

type Load = 'idle' | 'loading' | 'ready' | 'error';

function Highlight({ marked }: { marked: Marked }) {
  return <>{pieces(marked).map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

/** What and where a result is: "Glossary term", "Section of “How to clear a cannabis record”". */
function where(hit: SearchHit): string {
  if (hit.kind === 'g') return w.where.term;
  if (hit.kind === 'e') return w.where.event;
  if (hit.kind === 's') return w.where.section(hit.page ?? '');
  return hit.url.startsWith('/check/') ? w.where.outcome : w.where.page;
}

function statusText(query: string, load: Load, outcome: SearchOutcome | null): string {
  const q = query.trim();
  if (!q) return '';
  if (load === 'error') return w.loadFailed;
  if (!outcome) return w.searching;
  const n = outcome.total;
  if (n === 0) return w.none(q);
  return w.found(n, q, Math.min(n, SHOWN));
}

async function loadEngine(): Promise<SiteSearch> {
  const [{ SiteSearch }, index] = await Promise.all([
    import('../lib/search/search'),
    fetch(INDEX_URL, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(`${INDEX_URL}: HTTP ${r.status}`);
      return r.json() as Promise<SearchIndex>;
    }),
  ]);
  return new SiteSearch(index);
}

export default function SearchBox() {
  const [hydrated, setHydrated] = useState(false);
  const [query, setQuery] = useState('');
  const [load, setLoad] = useState<Load>('idle');
  const [engine, setEngine] = useState<SiteSearch | null>(null);
  const [announced, setAnnounced] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const loading = useRef(false);

  const start = () => {
    if (loading.current) return;
    loading.current = true;
    setLoad('loading');
    loadEngine().then(
      (e) => {
        setEngine(e);
        setLoad('ready');
      },
      () => {
        loading.current = false; // try again on the next focus or key
        setLoad('error');
      },
    );
  };

  useEffect(() => {
    setHydrated(true);
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    if (q.trim()) {
      setQuery(q);
      start();
    }
  }, []);

  const outcome = useMemo(() => (engine && query.trim() ? engine.search(query, SHOWN) : null), [engine, query]);
  const status = statusText(query, load, outcome);

  // Announce the count once typing pauses, so a screen reader is not interrupted on every key.
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnnounced(status), query.trim() ? 500 : 0);
    return () => clearTimeout(timer.current);
  }, [status]);

  // Keep the address in step with the box, so that Back, reload and sharing show the same results.
  useEffect(() => {
    if (!hydrated) return;
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
  }, [query, hydrated]);

  const onSubmit = (event: Event) => {
    // With JavaScript the results are already on the page; without it the form reloads it.
    event.preventDefault();
    start();
  };

  return (
    <div class="search-box">
      <form class="search-form" role="search" aria-label={w.formLabel} action="/search/" method="get" onSubmit={onSubmit}>
        <label for="search-q">{w.label}</label>
        <p id="search-hint" class="search-hint">{w.hint}</p>
        <div class="search-row">
          <input
            id="search-q"
            type="search"
            name="q"
            value={query}
            onFocus={start}
            onInput={(e) => {
              setQuery((e.currentTarget as HTMLInputElement).value);
              start();
            }}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="search-hint"
            aria-controls="search-results"
          />
          <button type="submit">{w.button}</button>
        </div>
      </form>
      {!hydrated && (
        <p class="search-nojs">{w.noScript}</p>
      )}
      <p class="search-status" role="status" aria-live="polite" aria-atomic="true">{announced}</p>
      <div id="search-results">
        {outcome && outcome.hits.length > 0 && (
          <ol class="search-results" aria-label={w.resultsLabel(query.trim())}>
            {outcome.hits.map((hit) => (
              <li key={hit.url}>
                <a href={hit.url}><Highlight marked={hit.title} /></a>
                <span class="search-where">{where(hit)}</span>
                {hit.alias && <span class="search-alias">{w.alsoCalled}<Highlight marked={hit.alias} /></span>}
                {hit.snippet.text && <p class="search-snippet"><Highlight marked={hit.snippet} /></p>}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
