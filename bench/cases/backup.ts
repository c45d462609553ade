import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { connectionForTools } from '../../src/postgres/client.js';
import { expectReport, runCli, runCliProbed } from '../lib/cli.js';
import type { BenchContext } from '../lib/context.js';
import { alternate, CLOCK_TICKS, fail, measureShell, median, type Sample } from '../lib/measure.js';
import { met, s, x, type CaseResult } from '../lib/report.js';

export const BACKUP_TARGET = 1.05;

const BASELINE = `"$1" -Fc -d "$2" > "$3"
sha256sum "$3"`;

/**
 * CPU the source server spent on a run: the postmaster's children (the backends serving pg_dump
 * and the row counts) are added to its cutime/cstime when they exit, so before/after differences
 * of the postmaster's totals are the server side of the run, invisible to GNU time.
 */
function serverCpuS(dataDir: string): number {
  const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / CLOCK_TICKS;
}

/** Case 5: `lifeboat backup` (pg_dump streamed, hashed, rows counted, manifest) vs pg_dump > file && sha256sum. */
export async function caseBackup(ctx: BenchContext): Promise<CaseResult> {
  if (!ctx.commands.has('backup')) throw new Error('dist/cli/index.js has no backup command (rebuild: node scripts/build.mjs cli)');
  const dest = path.join(ctx.work, 'backup-runs');
  const out = path.join(ctx.work, 'baseline.dump');
  const { dbname, env } = connectionForTools(ctx.base.url);
  const server: Record<string, number[]> = { lifeboat: [], baseline: [] };
  const withServerCpu = async (name: string, run: () => Promise<Sample>) => {
    const before = serverCpuS(ctx.source.dataDir);
    const sample = await run();
    server[name].push(serverCpuS(ctx.source.dataDir) - before);
    return sample;
  };

  const lifeboatArgs = ['backup', '--database-url', ctx.base.url, '--dest', dest, '--json'];
  const lifeboat = () =>
    withServerCpu('lifeboat', async () => {
      await rm(dest, { recursive: true, force: true });
      await mkdir(dest, { recursive: true });
      const sample = await runCli(lifeboatArgs);
      expectReport('lifeboat backup', sample, ['dump', 'manifest']);
      return sample;
    });
  const baseline = () =>
    withServerCpu('baseline', async () => {
      // The password goes where pg_dump looks for it, not on its command line.
      const sample = await measureShell(BASELINE, [ctx.pgDump.path, dbname, out], { env: { ...process.env, ...env } });
      if (sample.exitCode !== 0) fail('baseline pg_dump + sha256sum', sample);
      await rm(out, { force: true });
      return sample;
    });

  const { warmup, runs } = ctx.scale.heavy;
  ctx.log(`case 5: backup of the 1× database (${ctx.base.ledgerRows.toLocaleString('en-US')} ledger rows)`);
  const r = await alternate({ lifeboat, baseline }, { warmup, runs, log: ctx.log });
  ctx.shared.backupBase = r.lifeboat;
  const ratio = r.lifeboat.wallS / r.baseline.wallS;

  ctx.log('case 5: profile');
  await rm(dest, { recursive: true, force: true });
  await mkdir(dest, { recursive: true });
  const before = serverCpuS(ctx.source.dataDir);
  const { sample, probe } = await runCliProbed(lifeboatArgs, ctx.work);
  const serverS = serverCpuS(ctx.source.dataDir) - before;
  expectReport('lifeboat backup (profiled)', sample, ['dump', 'manifest']);
  await rm(dest, { recursive: true, force: true });
  const profile = {
    wallS: sample.wallS,
    nodeCpuS: probe ? probe.selfUserS + probe.selfSysS : NaN,
    pgDumpCpuS: probe ? probe.childrenUserS + probe.childrenSysS : NaN,
    serverCpuS: serverS,
    nodePeakRssKiB: probe?.selfPeakRssKiB,
  };
  const cpu = (x: { userS: number; sysS: number }) => x.userS + x.sysS;
  const serverMedian = { lifeboat: median(server.lifeboat.slice(-runs)), baseline: median(server.baseline.slice(-runs)) };

  return {
    id: '5',
    title: 'create-backup vs pg_dump -Fc > file && sha256sum file',
    rows: [
      {
        case: '5',
        measure: `create-backup (folder), 1× database`,
        lifeboat: s(r.lifeboat.wallS),
        baseline: s(r.baseline.wallS),
        ratio: x(ratio),
        target: `≤ ${BACKUP_TARGET.toFixed(2)}`,
        met: met(ratio <= BACKUP_TARGET),
      },
    ],
    notes: [
      `CPU per run (median): Lifeboat tree ${s(cpu(r.lifeboat))} + server ${s(serverMedian.lifeboat)}; baseline tree ${s(cpu(r.baseline))} + server ${s(serverMedian.baseline)}. ` +
        `Profiled run: node ${s(profile.nodeCpuS)}, pg_dump ${s(profile.pgDumpCpuS)}, server ${s(profile.serverCpuS)} CPU in ${s(profile.wallS)} wall.`,
      `fastest runs: Lifeboat ${s(r.lifeboat.minS)}, baseline ${s(r.baseline.minS)}, ratio ${x(r.lifeboat.minS / r.baseline.minS)}.`,
    ],
    data: { lifeboat: r.lifeboat, baseline: r.baseline, ratio, serverCpuS: server, profile, target: BACKUP_TARGET },
  };
}
