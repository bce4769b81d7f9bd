import type { APIRoute } from 'astro';
import markdown from '../../../content/pages/by-the-numbers.md?raw';
import { numberRecords } from '../../lib/content/numbers';

export const GET: APIRoute = ({ site }) => Response.json(numberRecords(markdown, new URL('/by-the-numbers/', site)));
