// Whole-file lz4 and zstd around real pg_dump archives and scripts, made with the real lz4 and zstd
// CLIs: once such a layer was "skipped" in archive and content and the run ended ok with nothing
// read. Now `lifeboat verify` reads the inside with the exact per-table counts (fzstd and lz4-asm on
// this Node, zlib's zstd on Node 24); cut short or with a byte flipped, the run is critical, exit 2,
// naming the layer; and a restore or drill fetch of an lz4-wrapped dump decodes it once.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/demo/sample-database.js';
import type { Report } from '../../src/report/report.js';
import { lifeboatIn } from '../support/cli-process.js';
import { expectedArchives, fixtureDir } from '../support/pg-archive-fixtures.js';
import { sharedCluster } from '../support/postgres.js';
import { node24 } from '../support/run-action.js';
import { demoBackup, lifeboat, tableCounts, type DemoBackup } from '../cli/restore-helpers.js';

const STAMP = new Date(Date.now() - 3_600_000).toISOString().slice(0, 19).replace(/:/g, '-');
const expected = await expectedArchives();

type Tool = 'lz4' | 'zstd';
const SUFFIX: Record<Tool, string> = { lz4: 'lz4', zstd: 'zst' };
const FIXTURES = { custom: 'v17-custom-none.dump', plain: 'v17-plain.sql' } as const;
const DAMAGE = {
  /** The last 40% is missing: the frame never ends. */
  truncated: (b: Buffer) => b.subarray(0, Math.floor(b.length * 0.6)),
  /** One byte in the middle of the compressed data: the frame's content checksum catches it. */
  flipped: (b: Buffer) => {
    const copy = Buffer.from(b);
    copy[Math.floor(copy.length / 2)] ^= 0xff;
    return copy;
  },
};

/** `lz4 -c` / `zstd -c` of a file: one frame with a content checksum, as the CLIs write by default. */
function compress(tool: Tool, data: Buffer): Buffer {
  return execFileSync(tool, ['-q', '-c'], { input: data, maxBuffer: 64 * 1024 * 1024 });
}

let dir: string;
/** One folder store per case, named `<tool> <container> <damage>`. */
const stores = new Map<string, string>();

async function store(name: string, key: string, body: Buffer): Promise<string> {
  const root = path.join(dir, name.replace(/\W+/g, '-'));
  await mkdir(root);
  await writeFile(path.join(root, key), body);
  stores.set(name, root);
  return root;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-layers-'));
  for (const tool of ['lz4', 'zstd'] as const) {
    for (const [container, file] of Object.entries(FIXTURES)) {
      const ext = container === 'plain' ? 'sql' : 'dump';
      const key = `app_${STAMP}Z.${ext}.${SUFFIX[tool]}`;
      const body = compress(tool, await readFile(path.join(fixtureDir, file)));
      await store(`${tool} ${container}`, key, body);
      for (const [damage, make] of Object.entries(DAMAGE))
        await store(`${tool} ${container} ${damage}`, key, make(body));
    }
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Each table's own rows, as expected.json states them (parents hold none of their own). */
function ownRows(report: Report): Record<string, number> {
  return Object.fromEntries(
    (report.tables ?? []).filter((t) => t.tree_rows === undefined).map((t) => [t.name, t.rows]),
  );
}

function checkOf(report: Report, id: string) {
  return report.checks.find((c) => c.id === id)!;
}

const SOUND = (['lz4', 'zstd'] as const).flatMap((tool) =>
  (['custom', 'plain'] as const).map((container) => [tool, container] as const),
);
const DAMAGED = SOUND.flatMap(([tool, container]) =>
  (Object.keys(DAMAGE) as Array<keyof typeof DAMAGE>).map((damage) => [tool, container, damage] as const),
);

type Verify = (source: string) => Promise<{ code: number | null; stdout: string; stderr: string }>;
const runtimes: Array<[string, Verify, readonly Tool[]]> = [
  [`node ${process.versions.node}`, (source) => lifeboat('verify', '--source', source, '--json'), ['lz4', 'zstd']],
];
const other = node24();
// Node 24 decodes zstd with zlib's own libzstd: the same verdicts by another decoder.
if (other) {
  runtimes.push([
    'node 24',
    (source) => lifeboatIn(dir, ['verify', '--source', source, '--json'], process.env, other),
    ['zstd'],
  ]);
}

describe.each(runtimes)('lifeboat verify on %s', (_label, verify, tools) => {
  it.each(SOUND.filter(([tool]) => tools.includes(tool)))(
    '%s around a %s dump: ok, with the exact count of every table',
    async (tool, container) => {
      const r = await verify(stores.get(`${tool} ${container}`)!);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.status).toBe('ok');
      expect(checkOf(report, 'archive').status).toBe('ok');
      const content = checkOf(report, 'content');
      expect(content.status, content.summary).toBe('ok');
      expect(ownRows(report)).toEqual(expected[FIXTURES[container]].tables);
      expect(report.backup?.format).toMatch(new RegExp(`^${tool}-compressed (pg_dump custom archive|plain SQL)$`));
    },
  );

  it.each(DAMAGED.filter(([tool]) => tools.includes(tool)))(
    '%s around a %s dump, %s: critical naming the layer, exit 2',
    async (tool, container, damage) => {
      const r = await verify(stores.get(`${tool} ${container} ${damage}`)!);
      expect(r.code, r.stderr).toBe(2);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.status).toBe('critical');
      const critical = report.checks.filter((c) => c.status === 'critical').map((c) => c.summary);
      expect(critical.join('\n')).toMatch(new RegExp(`^${tool} stream is damaged: `, 'm'));
    },
  );
});

describe('a layer nothing here can decode', () => {
  it.skipIf(!hasTool('bzip2'))('bzip2 around a custom archive: warning "not proven", never ok', async () => {
    const body = execFileSync('bzip2', ['-c'], { input: await readFile(path.join(fixtureDir, FIXTURES.custom)) });
    const r = await lifeboat('verify', '--source', await store('bzip2', `app_${STAMP}Z.dump.bz2`, body), '--json');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.status).toBe('warning');
    for (const id of ['archive', 'content']) {
      expect(checkOf(report, id)).toMatchObject({ status: 'warning' });
      expect(checkOf(report, id).summary).toBe(
        'not proven: bzip2-compressed data: bzip2 decompression is not supported yet',
      );
    }
  });
});

function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`]);
    return true;
  } catch {
    return false;
  }
}

describe('restore and drill of an lz4-wrapped pg_dump 15 archive', () => {
  let demo: DemoBackup;
  let source: string;

  beforeAll(async () => {
    demo = await demoBackup('layers_lz4_src', { ledgerRows: 300 });
    const dump = await readFile(path.join(demo.store, demo.key));
    source = await store('lz4 restore', `layers_lz4_src_${STAMP}Z.dump.lz4`, compress('lz4', dump));
  }, 120_000);

  afterAll(async () => {
    await (await sharedCluster()).stop();
    if (demo) await rm(demo.dir, { recursive: true, force: true });
  });

  it('restore: every table with its rows, from the one decoded copy', async () => {
    const target = await createDatabase((await sharedCluster()).url(), 'layers_lz4_target');
    const r = await lifeboat('restore', '--source', source, '--target', target);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Decoded the local copy (lz4)');
    expect(await tableCounts(target)).toEqual(demo.tables);
  }, 120_000);

  it('drill: ok, restored into a throwaway cluster', async () => {
    const r = await lifeboat('drill', '--source', source, '--json');
    const report = JSON.parse(r.stdout) as Report;
    expect(checkOf(report, 'restore').status, checkOf(report, 'restore').summary).toBe('ok');
    expect(checkOf(report, 'archive').summary).toMatch(/^pg_dump custom archive 1\.\d+: table of contents parses/);
    expect(report.status).toBe('ok');
    expect(r.code, r.stderr).toBe(0);
  }, 180_000);
});
