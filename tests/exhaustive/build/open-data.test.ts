/**
 * Every row of the published decision table (dist/data/checker-outcomes.csv and .json) says
 * what the contract says for its answers (tests/support/checker-outcomes.ts); npm test checks
 * a seeded sample of rows (tests/build/open-data.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { requireDist } from '../../support/dist';
import { expectOutcomeRow, readOutcomes } from '../../support/checker-outcomes';

requireDist();

describe('the checker outcomes', () => {
  it('every row says what the contract says for its answers, in CSV and JSON alike', () => {
    const { csv, json } = readOutcomes();
    const byCode = new Map(json.routes.map((r) => [r.code, r]));
    expect(csv.length).toBeGreaterThan(1_000);
    for (const row of csv) expectOutcomeRow(row, byCode.get(row.code));
  });
});
