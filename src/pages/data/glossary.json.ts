import type { APIRoute } from 'astro';
import { glossaryRecords } from '../../lib/content/records';

export const GET: APIRoute = async ({ site }) => Response.json(await glossaryRecords(site!));
