// Runs the real pg_dump 16/17 archives of test/fixtures/pg-archives through `verify`, one folder
// store per archive, and returns what the verdict test compares with expected.json. Also a script:
// `node --import tsx test/support/pg-archive-fixtures.ts` prints the same as JSON, so the test can
// run it under another Node (Node 24 has zlib zstd, Node 20 has not).
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryLogger } from '../../src/util/logger.js';
import { verify } from '../../src/verify/verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';

export const fixtureDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pg-archives');

export interface FixtureVerdict {
  file: string;
  status: string;
  content?: { status: string; summary: string };
  archive?: { status: string; summary: string };
  /** Tables' own rows; parents (which hold no data of their own here) are in `trees`. */
  tables?: Record<string, number>;
  trees?: Record<string, { rows: number; tree: number }>;
}

export interface ExpectedArchive {
  format: string;
  damaged: boolean;
  tables?: Record<string, number>;
  tables_in_the_original?: Record<string, number>;
  damage?: { kind: string };
  expected_verdict: { verify: string; drill: string };
}

export async function expectedArchives(): Promise<Record<string, ExpectedArchive>> {
  const json = JSON.parse(await readFile(path.join(fixtureDir, 'expected.json'), 'utf8')) as {
    archives: Record<string, ExpectedArchive>;
  };
  return json.archives;
}

/** Verify one fixture from a folder store of its own (pg_restore 15 here cannot read 1.15/1.16: the reader decides). */
export async function verifyFixture(file: string): Promise<FixtureVerdict> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-pg-archive-'));
  try {
    await copyFile(path.join(fixtureDir, file), path.join(dir, file));
    const settings = parseVerifySettings({ source: dir });
    const { report } = await verify(settings, { env: {}, logger: memoryLogger() });
    const pick = (id: string) => {
      const c = report.checks.find((x) => x.id === id);
      return c && { status: c.status, summary: c.summary };
    };
    return {
      file,
      status: report.status,
      content: pick('content'),
      archive: pick('archive'),
      tables:
        report.tables &&
        Object.fromEntries(report.tables.filter((t) => t.tree_rows === undefined).map((t) => [t.name, t.rows])),
      trees:
        report.tables &&
        Object.fromEntries(
          report.tables
            .filter((t) => t.tree_rows !== undefined)
            .map((t) => [t.name, { rows: t.rows, tree: t.tree_rows! }]),
        ),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function verifyAllFixtures(): Promise<FixtureVerdict[]> {
  const out: FixtureVerdict[] = [];
  for (const file of Object.keys(await expectedArchives())) out.push(await verifyFixture(file));
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(await verifyAllFixtures()));
}
