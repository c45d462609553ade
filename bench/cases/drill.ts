import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_ROLES } from '../../src/demo/sample-database.js';
import { createDatabase } from '../../src/demo/sample-database.js';
import { connectionForTools, withClient } from '../../src/postgres/client.js';
import { RESTORE_TUNING_DEFAULTS, startEphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import { expectReport, runCli } from '../lib/cli.js';
import type { BenchContext } from '../lib/context.js';
import { alternate, fail, measure, measureShell, median, type Sample } from '../lib/measure.js';
import { met, s, x, type CaseResult } from '../lib/report.js';
import { fixtureData } from './verify.js';

export const DRILL_TARGET = 0.9;

/**
 * What a careful engineer scripts for a restore test: a stock cluster (initdb defaults, reachable
 * only through a socket in its own directory so it collides with nobody), the roles the dump
 * needs, pg_restore with N jobs, a count per table, stop, clean up — also when a step fails.
 */
const BASELINE = `file=$1; jobs=$2; bindir=$3; pg_restore=$4; shift 4
as_pg=()
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi
dir=$(mktemp -d)
if [ \${#as_pg[@]} -gt 0 ]; then chown postgres: "$dir"; fi
trap '"\${as_pg[@]}" "$bindir/pg_ctl" stop -D "$dir/data" -m immediate >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
"\${as_pg[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust >/dev/null
"\${as_pg[@]}" "$bindir/pg_ctl" start -w -D "$dir/data" -l "$dir/log" -o "-c listen_addresses= -k $dir" >/dev/null
export PGHOST=$dir PGUSER=postgres
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d postgres \\
  -c "CREATE ROLE ${SAMPLE_ROLES.owner} NOLOGIN" -c "CREATE ROLE ${SAMPLE_ROLES.reader} NOLOGIN" -c 'CREATE DATABASE restored'
"$pg_restore" --jobs="$jobs" --exit-on-error -d restored "$file"
for t in "$@"; do echo "$t $("$bindir/psql" -X -At -d restored -c "SELECT count(*) FROM $t")"; done
"\${as_pg[@]}" "$bindir/pg_ctl" stop -D "$dir/data" -m fast -w >/dev/null`;

function checkCounts(what: string, got: Record<string, number>, expected: Record<string, number>): void {
  for (const [table, rows] of Object.entries(expected)) {
    if (got[table] !== rows) throw new Error(`${what}: ${table} has ${got[table]} rows after the restore, expected ${rows}`);
  }
}

/** Case 4: `lifeboat drill --target ephemeral` vs the script above, same archive, same --jobs. */
export async function caseDrill(ctx: BenchContext): Promise<CaseResult> {
  if (!ctx.commands.has('drill')) throw new Error('dist/cli/index.js has no drill command (rebuild: node scripts/build.mjs cli)');
  const f = ctx.fixtures.base;
  const jobs = Math.max(1, os.availableParallelism());
  // No .github/lifeboat.yml here: the drill proves exactly what the baseline does, the manifest's row counts.
  const cwd = await mkdtemp(path.join(ctx.work, 'drill-cwd-'));
  const tables = Object.keys(ctx.base.tables);
  const phases: Record<string, number[]> = {};

  const lifeboat = async (): Promise<Sample> => {
    const sample = await runCli(['drill', '--source', f.dir, '--target', 'ephemeral', '--jobs', String(jobs), '--json'], { cwd });
    const report = expectReport('lifeboat drill', sample, ['restore', 'tables']);
    checkCounts('lifeboat drill', Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows])), ctx.base.tables);
    for (const [phase, secs] of Object.entries(report.phases ?? {})) (phases[phase] ??= []).push(secs);
    return sample;
  };
  const baseline = async (): Promise<Sample> => {
    const sample = await measureShell(BASELINE, [f.file, String(jobs), ctx.server.binDir, ctx.pgRestore.path, ...tables], { cwd });
    if (sample.exitCode !== 0) fail('baseline initdb + pg_restore', sample);
    const counts = Object.fromEntries(
      sample.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' '))
        .map(([t, n]) => [t, Number(n)]),
    );
    checkCounts('baseline', counts, ctx.base.tables);
    return sample;
  };

  const { warmup } = ctx.scale.heavy;
  const runs = ctx.scale.drillRuns ?? ctx.scale.heavy.runs;
  ctx.log(`case 4: drill ${f.key} (${(f.size / 1e6).toFixed(1)} MB, ${ctx.base.ledgerRows.toLocaleString('en-US')} ledger rows), --jobs ${jobs}`);
  const r = await alternate({ lifeboat, baseline }, { warmup, runs, log: ctx.log });
  const ratio = r.lifeboat.wallS / r.baseline.wallS;

  ctx.log('case 4: restore-tuned cluster vs initdb defaults (pg_restore alone, in-process cluster from ephemeral-cluster.ts)');
  const tuning = await tuningEffect(ctx, jobs);
  const phaseMedians = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, median(v.slice(-runs))]));
  const critical = Math.max(phaseMedians.fetch ?? 0, phaseMedians.target ?? 0) + (phaseMedians.restore ?? 0) + (phaseMedians.verify ?? 0);

  return {
    id: '4',
    title: 'drill vs initdb; pg_ctl start; pg_restore --jobs=N; count(*) per table; pg_ctl stop',
    rows: [
      {
        case: '4',
        measure: `drill, ephemeral target, ${(f.size / 1e6).toFixed(0)} MB dump, --jobs ${jobs}`,
        lifeboat: s(r.lifeboat.wallS),
        baseline: s(r.baseline.wallS),
        ratio: x(ratio),
        target: `≤ ${DRILL_TARGET.toFixed(2)}`,
        met: met(ratio <= DRILL_TARGET),
      },
      {
        case: '4',
        measure: '  pg_restore into the restore-tuned cluster vs initdb defaults',
        lifeboat: s(tuning.tunedS),
        baseline: s(tuning.defaultS),
        ratio: x(tuning.tunedS / tuning.defaultS),
        target: 'report',
        met: '—',
      },
    ],
    notes: [
      `drill phases (median s): ${Object.entries(phaseMedians)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ')}; the boot runs beside the fetch, so the critical path is max(fetch, target) + restore + verify = ${s(critical)}, ` +
        `and ${s(r.lifeboat.wallS - critical)} of the median wall time lies outside the phases (node start-up, listing, role discovery, the cluster's stop and clean-up).`,
      `fastest runs: Lifeboat ${s(r.lifeboat.minS)}, baseline ${s(r.baseline.minS)}, ratio ${x(r.lifeboat.minS / r.baseline.minS)}; ` +
        `all runs (s): Lifeboat ${r.lifeboat.samples.map((x) => x.wallS.toFixed(1)).join(', ')}; baseline ${r.baseline.samples.map((x) => x.wallS.toFixed(1)).join(', ')}.`,
      ...(Object.keys(tuning.each).length
        ? [
            `restore-only, all tuning ${s(tuning.tunedS)}, defaults ${s(tuning.defaultS)}; all tuning but one group: ${Object.entries(tuning.each)
              .map(([k, v]) => `${k.replace('without ', '')} ${s(v)}`)
              .join(', ')} (slower than all tuning = that group helps).`,
          ]
        : []),
    ],
    data: { fixture: fixtureData(f), jobs, lifeboat: r.lifeboat, baseline: r.baseline, ratio, phases, tuning, target: DRILL_TARGET },
  };
}

/**
 * The tuning alone: the same pg_restore into a cluster started by ephemeral-cluster.ts with and
 * without its restore settings. Only the restore is timed: boot and stop cost the same either way.
 * LIFEBOAT_BENCH_TUNING=each adds one variant per setting group, all tuning but that group, which is
 * how each setting earns its place.
 */
async function tuningEffect(ctx: BenchContext, jobs: number) {
  const f = ctx.fixtures.base;
  const restoreInto = async (tuneForRestore: boolean, settings?: Record<string, string>): Promise<Sample> => {
    const cluster = await startEphemeralCluster({ tuneForRestore, binaries: ctx.server, settings });
    try {
      await withClient(cluster.url(), async (c) => {
        await c.query(`CREATE ROLE ${SAMPLE_ROLES.owner} NOLOGIN`);
        await c.query(`CREATE ROLE ${SAMPLE_ROLES.reader} NOLOGIN`);
      });
      const url = await createDatabase(cluster.url(), 'restored');
      const { dbname, env } = connectionForTools(url);
      const sample = await measure(ctx.pgRestore.path, [`--jobs=${jobs}`, '--exit-on-error', `--dbname=${dbname}`, f.file], {
        env: { ...process.env, ...env },
      });
      if (sample.exitCode !== 0) fail(`pg_restore (tuneForRestore ${tuneForRestore})`, sample);
      return sample;
    } finally {
      await cluster.stop();
    }
  };
  const variants: Record<string, () => Promise<Sample>> = { tuned: () => restoreInto(true), defaults: () => restoreInto(false) };
  if (process.env.LIFEBOAT_BENCH_TUNING === 'each') {
    for (const [group, defaults] of Object.entries(RESTORE_TUNING_DEFAULTS)) {
      variants[`without ${group}`] = () => restoreInto(true, { ...defaults });
    }
  }
  const r = await alternate(variants, { warmup: 0, runs: ctx.scale.tuningRuns, log: ctx.log });
  const each = Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith('without ')).map(([k, v]) => [k, v.wallS]));
  return { tunedS: r.tuned.wallS, defaultS: r.defaults.wallS, tuned: r.tuned, defaults: r.defaults, each };
}
