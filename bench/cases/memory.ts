import type { BenchContext } from '../lib/context.js';
import { alternate, summarize, type Series } from '../lib/measure.js';
import { met, mib, type CaseResult, type Row } from '../lib/report.js';
import { runCliProbed } from '../lib/cli.js';
import type { Probe } from '../lib/context.js';
import { verifyFolder } from './verify.js';

export const MEMORY_GROWTH_TARGET = 1.2;
export const MEMORY_ABSOLUTE_TARGET_BYTES = 150e6;

/**
 * Case 3: peak RSS at 1× and 4× the data. The 4× points come from the runs cases 1 and 5 already
 * made (verify of the large dump; the `lifeboat backup` that made it); the 1× verify runs here.
 * Peak RSS is GNU time's %M: the largest single process of the run's tree (node, in practice).
 */
export async function caseMemory(ctx: BenchContext): Promise<CaseResult> {
  const { warmup, runs } = ctx.scale.cheap;
  ctx.log('case 3: verify of the 1× dump for its peak RSS');
  const verify1 = (await alternate({ verify: () => verifyFolder(ctx.fixtures.base) }, { warmup, runs, log: ctx.log })).verify;
  const verify4 = ctx.shared.verifyLarge ?? (await alternate({ verify: () => verifyFolder(ctx.fixtures.large) }, { warmup: 0, runs, log: ctx.log })).verify;
  // node's own share, split into JS heap and Buffers, for the explanation should the totals grow.
  const probed = async (dir: string) =>
    (await runCliProbed(['verify', '--source', dir, '--json', '--fail-on', 'critical'], ctx.work)).probe;
  const probe1 = await probed(ctx.fixtures.base.dir);
  const probe4 = ctx.shared.verifyLargeProbe ?? (await probed(ctx.fixtures.large.dir));
  const backup1 = ctx.shared.backupBase;
  const backup4 = ctx.fixtures.large.sample ? summarize([ctx.fixtures.large.sample]) : undefined;

  const row = (what: string, one?: Series, four?: Series): Row => {
    if (!one || !four) return { case: '3', measure: what, lifeboat: 'not measured', baseline: '', ratio: '', target: '', met: 'n/a' };
    const growth = four.maxRssKiB / one.maxRssKiB;
    const absolute = Math.max(one.maxRssKiB, four.maxRssKiB) * 1024;
    return {
      case: '3',
      measure: what,
      lifeboat: `${mib(four.maxRssKiB)} at 4×`,
      baseline: `${mib(one.maxRssKiB)} at 1×`,
      ratio: `${growth.toFixed(2)}×`,
      target: `≤ ${MEMORY_GROWTH_TARGET}×, ≤ ${MEMORY_ABSOLUTE_TARGET_BYTES / 1e6} MB`,
      met: met(growth <= MEMORY_GROWTH_TARGET && absolute <= MEMORY_ABSOLUTE_TARGET_BYTES),
    };
  };
  const sizes = `${(ctx.fixtures.base.size / 1e6).toFixed(0)} → ${(ctx.fixtures.large.size / 1e6).toFixed(0)} MB dump`;
  return {
    id: '3',
    title: 'memory',
    rows: [
      row(`memory: verify peak RSS, ${sizes}`, verify1, verify4),
      row(`memory: create-backup peak RSS, ${ctx.base.ledgerRows / 1e6}M → ${ctx.large.ledgerRows / 1e6}M ledger rows`, backup1, backup4),
    ],
    notes: [
      `verify, node alone (probe): ${describe(probe1)} at 1×; ${describe(probe4)} at 4×.`,
      ...(backup4 ? [] : [`create-backup at 4× not measured: the large fixture was made by ${ctx.fixtures.large.madeBy} (${ctx.fixtures.large.why})`]),
    ],
    data: {
      verify: { oneX: verify1, fourX: { maxRssKiB: verify4.maxRssKiB }, nodeProbe: { oneX: probe1, fourX: probe4 } },
      backup: { oneX: backup1 ? { maxRssKiB: backup1.maxRssKiB } : undefined, fourX: backup4 ? { maxRssKiB: backup4.maxRssKiB } : undefined },
      targets: { growth: MEMORY_GROWTH_TARGET, absoluteBytes: MEMORY_ABSOLUTE_TARGET_BYTES },
    },
  };
}

function describe(p: Probe | undefined): string {
  if (!p) return 'n/a';
  return `peak RSS ${mib(p.selfPeakRssKiB)} (JS heap ≤ ${mib(p.heapUsedKiB)}, Buffers ≤ ${mib(p.arrayBuffersKiB)})`;
}
