/**
 * The static server for dist/ used by the browser tests. The implementation
 * lives in scripts/serve-dist.mjs (plain Node, shared with `npm run bench`).
 */
import { startServer } from '../../scripts/serve-dist.mjs';
import { DIST } from './dist';

export interface DistServer {
  /** e.g. "http://127.0.0.1:41234/" */
  url: string;
  /** e.g. "http://127.0.0.1:41234" */
  origin: string;
  port: number;
  close(): Promise<unknown>;
}

/** Serves dist/ (or $DIST_DIR) on 127.0.0.1 and a free port, with public/_headers applied. */
export async function serveDist(options: { dir?: string } = {}): Promise<DistServer> {
  const s = await startServer({ dir: options.dir ?? DIST });
  return { url: s.url, origin: s.origin, port: s.port, close: s.close };
}

export { parseHeadersFile, headersFor, contentTypeFor } from '../../scripts/serve-dist.mjs';
