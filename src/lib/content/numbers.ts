/**
 * The figures of /by-the-numbers/ as open data. The page's Markdown tables
 * are the one place the figures are written; this reads them back, row by
 * row, so the CSV and JSON files never disagree with the page.
 */
export interface NumberRecord {
  /** "<section id>-<row>": the section's permanent id and the row's place in its table (1-based). */
  id: string;
  section: string;
  sectionTitle: string;
  /** The place, for the table of results elsewhere; otherwise the section's title. */
  place: string;
  /** The figure as the page gives it, or "not found in a source we could confirm". */
  figure: string;
  /** What the figure counts (or, elsewhere, the legal tool used). */
  what: string;
  /** The source and date as the page names them, without the citation marks. */
  source: string;
  /** Ids of the sources (see sources.json). */
  sources: string[];
  /** Link to the section on the page. */
  url: string;
}

export const NUMBER_COLUMNS = ['id', 'section', 'sectionTitle', 'place', 'figure', 'what', 'source', 'sources', 'url'] as const;

const HEADING = /^## (.+?) \{#([a-z0-9-]+)\}\s*$/;
const MARK = /\s*\[@([a-z0-9][a-z0-9-]*)\]/g;

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

export function numberRecords(markdown: string, pageUrl: URL): NumberRecord[] {
  const records: NumberRecord[] = [];
  let section = '';
  let sectionTitle = '';
  let header: string[] | null = null;
  let row = 0;
  for (const line of markdown.split('\n')) {
    const h = line.match(HEADING);
    if (h) {
      [sectionTitle, section] = [h[1], h[2]];
      header = null;
      row = 0;
      continue;
    }
    if (!line.trim().startsWith('|')) {
      header = null;
      continue;
    }
    const c = cells(line);
    if (!header) {
      header = c;
      continue;
    }
    if (c.every((x) => /^-+$/.test(x))) continue;
    const get = (...names: string[]) => {
      const i = header!.findIndex((name) => names.includes(name));
      return i >= 0 ? (c[i] ?? '') : '';
    };
    const sourceCell = get('Source and date');
    row += 1;
    records.push({
      id: `${section}-${row}`,
      section,
      sectionTitle,
      place: get('Place') || sectionTitle,
      figure: get('Figure', 'Result reported'),
      what: get('What it counts', 'Tool'),
      source: sourceCell.replace(MARK, '').trim(),
      sources: [...sourceCell.matchAll(MARK)].map((m) => m[1]),
      url: new URL(`#${section}`, pageUrl).href,
    });
  }
  return records;
}
