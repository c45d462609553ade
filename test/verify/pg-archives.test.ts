// Every real pg_dump 16.6/17.2 archive of test/fixtures/pg-archives through `verify`, on the Node the
// tests run under and on Node 24 (zlib zstd there, the JS decoders here): the verdict and the exact
// per-table counts expected.json states. pg_restore 15 on this machine cannot read archives 1.15/1.16,
// so every verdict comes from Lifeboat's reader alone.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectedArchives,
  verifyAllFixtures,
  type ExpectedArchive,
  type FixtureVerdict,
} from '../support/pg-archive-fixtures.js';
import { node24 } from '../support/run-action.js';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const expected: Record<string, ExpectedArchive> = await expectedArchives();
const files = Object.keys(expected);

async function onNode(node: string): Promise<FixtureVerdict[]> {
  if (node === process.execPath) return verifyAllFixtures();
  const { stdout } = await run(node, ['--import', 'tsx', 'test/support/pg-archive-fixtures.ts'], {
    cwd: repoRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as FixtureVerdict[];
}

/** The table a damaged copy's description names (where the cut or the flipped byte is). */
function damagedTable(e: ExpectedArchive): string {
  const damage = JSON.stringify(e.damage);
  const names = Object.keys(e.tables_in_the_original ?? {}).filter((t) => damage.includes(t));
  expect(names).toHaveLength(1);
  return names[0];
}

const runtimes = [['node ' + process.versions.node, process.execPath] as const];
const other = node24();
if (other) runtimes.push(['node 24', other] as const);

describe.each(runtimes)('real pg_dump 16/17 archives on %s', (_label, node) => {
  let verdicts: Map<string, FixtureVerdict>;
  beforeAll(async () => {
    verdicts = new Map((await onNode(node)).map((v) => [v.file, v]));
  }, 120_000);

  it.each(files.filter((f) => !expected[f].damaged))('%s: ok with the exact count of every table', (file) => {
    const v = verdicts.get(file)!;
    expect(v.content?.status, v.content?.summary).toBe('ok');
    expect(v.archive?.status, v.archive?.summary).toBe('ok');
    expect(v.status).toBe('ok');
    expect(v.tables).toEqual(expected[file].tables);
    // The partitioned parent: no rows of its own, its partitions' rows as its tree (a plain script
    // has no table of contents to tell partitions from tables).
    if (expected[file].format !== 'plain') expect(v.trees).toEqual({ 'app.measurements': { rows: 0, tree: 1600 } });
  });

  it.each(files.filter((f) => expected[f].damaged))('%s: critical, naming the damaged table', (file) => {
    const v = verdicts.get(file)!;
    expect(v.status).toBe('critical');
    expect(v.content?.status).toBe('critical');
    expect(v.content?.summary).toContain(`data for ${damagedTable(expected[file])}`);
  });
});
