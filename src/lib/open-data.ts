/**
 * Open data for researchers and newsrooms: the timeline, bibliography and
 * glossary as JSON and CSV, built from the same content entries as the pages.
 */
export interface TimelineRecord {
  id: string; date: string; title: string; where: string; place: string | null; summary: string; sources: string[]; url: string;
}
export interface SourceRecord {
  id: string; title: string; titleSupplied: boolean; author: string | null; publisher: string; published: string | null;
  url: string | null; copyUrl: string | null; copyNote: string | null; readOnReprint: boolean; read: string; captured: string | null; kind: string; note: string | null;
}
export interface GlossaryRecord {
  id: string; term: string; aliases: string[]; definition: string; sources: string[]; url: string;
}

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const cell = (value: unknown): string => {
    const text = Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

export const TIMELINE_COLUMNS = ['id', 'date', 'title', 'where', 'place', 'summary', 'sources', 'url'] as const;

