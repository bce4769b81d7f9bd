import type { APIRoute } from 'astro';
import { timelineRecords } from '../../lib/content/records';
import { TIMELINE_COLUMNS, toCsv } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(await timelineRecords(site!), TIMELINE_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
