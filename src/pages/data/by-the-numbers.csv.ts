import type { APIRoute } from 'astro';
import markdown from '../../../content/pages/by-the-numbers.md?raw';
import { NUMBER_COLUMNS, numberRecords } from '../../lib/content/numbers';
import { toCsv } from '../../lib/open-data';

export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(numberRecords(markdown, new URL('/by-the-numbers/', site)), NUMBER_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
