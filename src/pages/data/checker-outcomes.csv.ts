import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/open-data';
import { outcomeColumns, outcomeRecords } from '../../lib/screening/pages/outcome-table';

/** Every route through the checker: its facts (contract field names), verdict, paths, every path's status and its address. */
export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(outcomeRecords(site), outcomeColumns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
