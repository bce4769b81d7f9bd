import type { APIRoute } from 'astro';
import { sourceRecords } from '../../lib/content/records';

export const GET: APIRoute = async () => Response.json(await sourceRecords());
