/**
 * The contract's worked examples (shared/screening-scenarios.json), copied
 * byte for byte into tests/fixtures/ so the repo stands alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/lib/screening';

const fixture = resolve('tests/fixtures/screening-scenarios.json');
const shared = resolve('../shared/screening-scenarios.json');

interface Scenario {
  name: string;
  facts: Record<string, string>;
  expect: { verdict: string; paths: string[] };
}
const scenarios = JSON.parse(readFileSync(fixture, 'utf8')) as Scenario[];

describe('the contract scenarios', () => {
  it.runIf(existsSync(shared))('the fixture is a byte-for-byte copy of ../shared/screening-scenarios.json', () => {
    expect(readFileSync(fixture).equals(readFileSync(shared))).toBe(true);
  });

  it('there are scenarios to check', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const result = assess(scenario.facts as never);
    expect(result.verdict).toBe(scenario.expect.verdict);
    expect([...result.paths].sort()).toEqual([...scenario.expect.paths].sort());
  });
});
