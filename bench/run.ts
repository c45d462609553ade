// `npm run bench`: Lifeboat against the scripts a careful engineer would write by hand, in the same
// run, as ratios. Scale: `--scale small|medium|full` or LIFEBOAT_BENCH_SCALE (default full);
// `--only 1,4` or LIFEBOAT_BENCH_ONLY runs some cases (the ≥ 1 GB case 8 runs only at scale `large`
// or when named); LIFEBOAT_BENCH_RUNS overrides run counts;
// LIFEBOAT_BENCH_KEEP=1 keeps the scratch directory (dumps, fixtures) for a look afterwards.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { findPostgresBinaries } from '../src/postgres/binaries.js';
import type { EphemeralCluster } from '../src/postgres/ephemeral-cluster.js';
import { caseBackup } from './cases/backup.js';
import { caseDrill } from './cases/drill.js';
import { caseListing } from './cases/listing.js';
import { caseMemory } from './cases/memory.js';
import { caseStartup } from './cases/startup.js';
import {
  caseVerifyCodecs,
  caseVerifyFew,
  caseVerifyFolder,
  caseVerifyGiant,
  caseVerifyMany,
  caseVerifyS3,
  caseVerifyUncompressed,
} from './cases/verify.js';
import { DIST, REPO, cliPath, resolveScale, selectedCases } from './lib/config.js';
import type { BenchContext } from './lib/context.js';
import { cliCommands, findTools, loadDatabase, makeFixture, startSourceCluster, type Database, type Fixture } from './lib/fixtures.js';
import { loadShapeDatabase } from './lib/shapes.js';
import { HAVE_GNU_TIME } from './lib/measure.js';
import { renderTable, stripOutput, type CaseResult } from './lib/report.js';
import { S3rverProcess } from './lib/s3rver-process.js';

// The SDK's "Node 22 will be required" notice, printed by every process that builds an S3 client, is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const argv = process.argv.slice(2);
const scale = resolveScale(argv, process.env);
const only = selectedCases(argv, process.env);
const started = Date.now();
const startedAt = new Date();
const log = (line: string) => {
  const t = Math.round((Date.now() - started) / 1000);
  process.stderr.write(`[${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}] ${line}\n`);
};

type Need = 'base' | 'large' | 'baseZ0' | 'few' | 'many' | 'giant';
// In the order they run: the cheap cases first, then the ones that dump or restore. `needs` says
// which databases and dumps a case reads: only those are loaded and made (`--only 0` skips the 4× load).
const CASES: { id: string; title: string; needs: Need[]; optIn?: boolean; run: (ctx: BenchContext) => Promise<CaseResult> }[] = [
  { id: '6', title: 'start-up', needs: [], run: caseStartup },
  { id: '7', title: 'listing 20,000 objects', needs: [], run: caseListing },
  { id: '1c', title: 'verify by codec', needs: [], run: caseVerifyCodecs },
  { id: '0', title: 'verify, few tables', needs: ['few'], run: caseVerifyFew },
  { id: '0b', title: 'verify, many small tables', needs: ['many'], run: caseVerifyMany },
  { id: '1', title: 'verify vs baseline', needs: ['large'], run: caseVerifyFolder },
  { id: '1b', title: 'verify, uncompressed dump', needs: ['baseZ0'], run: caseVerifyUncompressed },
  { id: '2', title: 'verify from S3', needs: ['large'], run: caseVerifyS3 },
  { id: '5', title: 'create-backup vs baseline', needs: ['base'], run: caseBackup },
  { id: '3', title: 'memory', needs: ['base', 'large'], run: caseMemory },
  { id: '4', title: 'drill vs baseline', needs: ['base'], run: caseDrill },
  // ≥ 1 GB: opt-in (scale `large`, or named in --only), it costs ~10 minutes of load and dump.
  { id: '8', title: 'verify, ≥ 1 GB', needs: ['giant'], optIn: true, run: caseVerifyGiant },
];
const chosen = CASES.filter((c) => (only ? only.has(c.id) : !c.optIn || scale.name === 'large'));
const needs = new Set(chosen.flatMap((c) => c.needs));

const work = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-bench-'));
process.on('exit', () => {
  if (!process.env.LIFEBOAT_BENCH_KEEP) rmSync(work, { recursive: true, force: true });
});

log(`scale ${scale.name}; cases ${chosen.map((c) => c.id).join(', ')}; scratch ${work}`);
if (!HAVE_GNU_TIME) log('no /usr/bin/time: CPU and peak RSS are not measured, only wall clock');
const bundles = await snapshotDist();
const commands = cliCommands();
log(`dist/cli/index.js commands: ${[...commands].join(', ') || 'none (is dist/ built?)'}`);
const server = await findPostgresBinaries({ need: ['initdb', 'pg_ctl', 'postgres', 'psql'] });
const { pgDump, pgRestore } = await findTools();

let source: EphemeralCluster | undefined;
let s3: Promise<S3rverProcess> | undefined;
const results: CaseResult[] = [];
const data: Record<string, unknown> = {};
const loadAvgStart = os.loadavg();

try {
  const ctx = {
    scale,
    work,
    log,
    pgDump,
    pgRestore,
    server,
    commands,
    shared: {},
    s3: () => (s3 ??= S3rverProcess.start()),
  } as unknown as BenchContext;

  if (needs.size > 0) {
    source = await startSourceCluster();
    ctx.source = source;
    const useCli = commands.has('backup');
    const fixture = async (what: string, make: () => Promise<Fixture>) => {
      log(`making the ${what} backup`);
      const f = await make();
      log(`  ${f.key}: ${(f.size / 1e6).toFixed(1)} MB by ${f.madeBy}${f.sample ? ` in ${f.sample.wallS.toFixed(1)} s` : ''}${f.why ? ` (${f.why})` : ''}`);
      return f;
    };
    const make = (db: Database, dir: string, compress?: string) => makeFixture(db, path.join(work, dir), { useCli, pgDump, compress });
    ctx.fixtures = {} as BenchContext['fixtures'];
    const { shapes } = scale;
    if (needs.has('few')) {
      log(`loading the few-tables database (3 × ${shapes.fewRows.toLocaleString('en-US')} rows)`);
      const db = await loadShapeDatabase(source, 'bench_few', { tables: 3, rowsPerTable: shapes.fewRows });
      ctx.fixtures.few = await fixture('few-tables', () => make(db, 'store-few'));
    }
    if (needs.has('many')) {
      log(`loading the many-small-tables database (${shapes.manyTables} × ${shapes.manyRows.toLocaleString('en-US')} rows)`);
      const db = await loadShapeDatabase(source, 'bench_many', { tables: shapes.manyTables, rowsPerTable: shapes.manyRows });
      ctx.fixtures.many = await fixture('many-small-tables', () => make(db, 'store-many'));
    }
    if (needs.has('base') || needs.has('large') || needs.has('baseZ0')) {
      const wantLarge = needs.has('large');
      log(
        `loading the sample database at 1× (${scale.ledgerRows.base.toLocaleString('en-US')} ledger rows)` +
          (wantLarge ? ` and 4× (${scale.ledgerRows.large.toLocaleString('en-US')}), side by side` : ''),
      );
      [ctx.base, ctx.large] = await Promise.all([
        loadDatabase(source, 'bench_base', scale, scale.ledgerRows.base),
        wantLarge ? loadDatabase(source, 'bench_large', scale, scale.ledgerRows.large) : (undefined as unknown as Database),
      ]);
      log(`loaded in ${ctx.base.loadS.toFixed(0)} s${wantLarge ? ` and ${ctx.large.loadS.toFixed(0)} s` : ''}`);
      if (wantLarge) {
        ctx.fixtures.large = await fixture('4×', () => make(ctx.large, 'store-large'));
        if (ctx.fixtures.large.size < scale.minLargeDumpBytes) {
          log(`WARNING: the 4× dump is ${(ctx.fixtures.large.size / 1e6).toFixed(0)} MB, below the ${scale.minLargeDumpBytes / 1e6} MB the issue asks for`);
        }
      }
      if (needs.has('base')) ctx.fixtures.base = await fixture('1×', () => make(ctx.base, 'store-base'));
      if (needs.has('baseZ0')) ctx.fixtures.baseUncompressed = await fixture('1× uncompressed', () => make(ctx.base, 'store-base-z0', '0'));
      Object.assign(data, {
        ledgerRows: scale.ledgerRows,
        tables: { base: ctx.base.tables, large: ctx.large?.tables },
        loadS: { base: ctx.base.loadS, large: ctx.large?.loadS },
      });
    }
    if (needs.has('giant')) {
      log(`loading the ≥ 1 GB database (3 × ${shapes.giantRows.toLocaleString('en-US')} rows)`);
      const db = await loadShapeDatabase(source, 'bench_giant', { tables: 3, rowsPerTable: shapes.giantRows });
      log(`  loaded in ${db.loadS.toFixed(0)} s`);
      ctx.fixtures.giant = await fixture('≥ 1 GB', () => make(db, 'store-giant'));
    }
    data.fixtures = Object.fromEntries(
      Object.entries(ctx.fixtures).map(([k, f]) => [k, { key: f.key, bytes: f.size, madeBy: f.madeBy, why: f.why, makeS: f.sample?.wallS }]),
    );
  }

  for (const c of chosen) {
    const t = Date.now();
    try {
      results.push(await c.run(ctx));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`case ${c.id} failed: ${message}`);
      results.push({ id: c.id, title: c.title, rows: [], notes: [], data: {}, error: message.split('\n')[0].slice(0, 300) });
    }
    log(`case ${c.id} done in ${Math.round((Date.now() - t) / 1000)} s`);
  }
} finally {
  await source?.stop();
  await (await s3?.catch(() => undefined))?.stop();
}

const order = ['0', '0b', '1', '1b', '1c', '8', '2', '3', '4', '5', '6', '7'];
results.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
const table = renderTable(results);
const machine = {
  cpus: os.availableParallelism(),
  cpuModel: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  kernel: os.release(),
  node: process.version,
  postgres: server.version,
  pgDump: pgDump.version,
  loadAverage: { start: loadAvgStart, end: os.loadavg() },
};
const durationS = (Date.now() - started) / 1000;
Object.assign(data, { bundles });

process.stdout.write(`\n${table}\n\n`);
for (const r of results) {
  for (const note of r.notes) process.stdout.write(`- case ${r.id}: ${note}\n`);
  if (r.error) process.stdout.write(`- case ${r.id}: not measured: ${r.error}\n`);
}
process.stdout.write(
  `\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Linux ${machine.kernel}, Node ${machine.node}, PostgreSQL ${machine.postgres}; ` +
    `load average ${loadAvgStart[0].toFixed(1)} at the start, ${machine.loadAverage.end[0].toFixed(1)} at the end. Scale ${scale.name}, ${Math.round(durationS / 60)} min.\n`,
);

const file = path.join(REPO, 'bench', (scale.name === 'full' || scale.name === 'large') && !only ? 'results.json' : 'results.local.json');
await writeFile(
  file,
  `${JSON.stringify(
    stripOutput({ scale: scale.name, startedAt: startedAt.toISOString(), durationS, machine, data, table, cases: results }),
    null,
    2,
  )}\n`,
);
process.stdout.write(`Results written to ${path.relative(process.cwd(), file)}\n`);
process.exitCode = results.some((r) => r.error) ? 1 : 0;

/**
 * Copies dist/ into the scratch directory and points the cases at the copy: a rebuild of dist/
 * during the run (ncc deletes an entry's folder before writing it anew) cannot swap or remove a
 * bundle between two runs. Waits a few minutes for dist/cli when a rebuild is under way.
 */
async function snapshotDist(): Promise<Record<string, { sha256: string; builtAt: string }>> {
  const source = path.join(REPO, 'dist');
  const deadline = Date.now() + 5 * 60_000;
  while (!existsSync(path.join(source, 'cli', 'index.js')) && Date.now() < deadline) {
    log('dist/cli/index.js is missing (a rebuild under way?): waiting');
    await new Promise((r) => setTimeout(r, 15_000));
  }
  DIST.dir = path.join(work, 'dist');
  await cp(source, DIST.dir, { recursive: true });
  const ids: Record<string, { sha256: string; builtAt: string }> = {};
  for (const name of readdirSync(DIST.dir)) {
    const file = path.join(source, name, 'index.js');
    const copy = path.join(DIST.dir, name, 'index.js');
    if (!existsSync(copy)) continue;
    ids[name] = {
      sha256: createHash('sha256').update(readFileSync(copy)).digest('hex').slice(0, 12),
      builtAt: existsSync(file) ? statSync(file).mtime.toISOString() : 'unknown',
    };
  }
  log(`bundles under test (copied from dist/): ${Object.entries(ids).map(([n, i]) => `${n} ${i.sha256}`).join(', ')}; CLI ${path.relative(work, cliPath())}`);
  return ids;
}
