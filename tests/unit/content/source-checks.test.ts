import { describe, expect, it } from 'vitest';
import { sourceChecks } from '../../../scripts/source-checks.mjs';
import { newestPublished } from '../../../src/lib/content/newest';

describe('source checks', () => {
  const checks = sourceChecks(process.cwd());
  it('every source is cited somewhere (so /sources/ lists only what the site cites)', () => {
    expect(checks.uncited).toEqual([]);
  });
  it('no source links a refused host (they are marked readOnReprint instead)', () => {
    expect(checks.readOnReprint.length).toBeGreaterThan(0);
  });
});

describe('newestPublished', () => {
  it('takes the newest date as far as each source gives it, and skips none-given', () => {
    expect(newestPublished([{ published: '2019' }, { published: '2025-06-19' }, { published: 'none-given' }, {}])).toBe('2025-06-19');
    expect(newestPublished([{ published: '2026' }, { published: '2025-12-01' }])).toBe('2026');
    expect(newestPublished([{}, { published: null }])).toBeNull();
  });
});
