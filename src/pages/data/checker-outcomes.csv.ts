import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/open-data';
import { outcomeRows } from '../../lib/questionnaire/outcome-table';
import { answersHref } from '../../lib/questionnaire/urls';

/** Every route through the checker: its answers, verdict and paths, for lawyers and advocates to review in a spreadsheet. */
export const GET: APIRoute = ({ site }) => {
  const rows = outcomeRows().map((r) => ({
    code: r.code,
    answers: r.answers.map((a) => `${a.question} ${a.answer}`).join(' | '),
    verdict: r.verdict,
    paths: r.paths.join(' '),
    url: new URL(answersHref(r.code), site).href,
  }));
  return new Response(toCsv(rows, ['code', 'answers', 'verdict', 'paths', 'url']), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
