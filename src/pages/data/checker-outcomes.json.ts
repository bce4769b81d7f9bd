import type { APIRoute } from 'astro';
import { contractVersion, lawAsOf } from '../../lib/screening';
import { outcomeRows } from '../../lib/screening/pages/outcome-table';

/** The JSON twin of checker-outcomes.csv: one record per route, facts and statuses as objects. */
export const GET: APIRoute = ({ site }) => {
  const routes = outcomeRows().map((r) => ({
    code: r.code,
    facts: r.facts,
    verdict: r.verdict,
    paths: r.paths,
    status: r.status,
    url: new URL(r.href, site).href,
  }));
  return new Response(JSON.stringify({ contractVersion, lawAsOf, routes }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
