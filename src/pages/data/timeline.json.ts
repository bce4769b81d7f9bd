import type { APIRoute } from 'astro';
import { timelineRecords } from '../../lib/content/records';

export const GET: APIRoute = async ({ site }) => Response.json(await timelineRecords(site!));
