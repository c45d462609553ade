import { statfs } from 'node:fs/promises';
import type { DiscoveredBackup } from '../discovery/discover.js';
import { formatBytes } from '../report/format.js';
import { measure, type Check } from '../report/report.js';
import { errorMessage } from '../util/errors.js';

/**
 * Room for the local copy (a gzip wrapper inflates about 5×) and, on this machine's disk for an
 * ephemeral target, the restored tables and indexes (about 4× a compressed dump). An estimate that
 * errs large: failing before the fetch is cheap, running out of disk mid-restore is not.
 */
const GZIP_EXPANSION = 5;
const DATABASE_EXPANSION = 4;
/** `du -s` of a freshly initdb'd PostgreSQL 15 data directory: 42 MB. */
const EMPTY_CLUSTER_BYTES = 42 * 1024 * 1024;
/** WAL segments kept around during a restore (wal_level minimal still writes index builds' WAL). */
const WAL_HEADROOM_BYTES = 64 * 1024 * 1024;
const WAL_SHARE = 0.1;

/** Whether the drill's local copy (and, for an ephemeral target, the cluster) fits in `dir`. */
export async function diskCheck(
  backup: DiscoveredBackup,
  ephemeral: boolean,
  dir: string,
  freeBytes: (dir: string) => Promise<number> = systemFreeBytes,
): Promise<Check> {
  const gzipped = /\.(gz|tgz)$/i.test(backup.key);
  const copy = backup.size * (gzipped ? GZIP_EXPANSION : 1);
  // A gzip-wrapped dump is usually tar or plain (uncompressed inside); a bare one usually custom (compressed).
  const database = gzipped ? copy * 1.5 : backup.size * DATABASE_EXPANSION;
  // An ephemeral target is a whole cluster: its empty data directory (initdb, ~40 MB on PostgreSQL
  // 15–17) and WAL written while the data is loaded, before checkpoints recycle it.
  const cluster = ephemeral ? EMPTY_CLUSTER_BYTES + WAL_HEADROOM_BYTES + database * WAL_SHARE : 0;
  const needed = copy + (ephemeral ? database + cluster : 0);
  let free: number;
  try {
    free = await freeBytes(dir);
  } catch (error) {
    return { id: 'disk', status: 'skipped', summary: `cannot tell the free space in ${dir}: ${errorMessage(error)}` };
  }
  const what = ephemeral ? 'the local copy and the restored database' : 'the local copy';
  if (free < needed) {
    return {
      id: 'disk',
      status: 'critical',
      summary:
        `will not fit: ${what} need about ${formatBytes(needed)} (from the ${formatBytes(backup.size)} backup), ` +
        `only ${formatBytes(free)} free in ${dir}; use a larger or self-hosted runner, or set TMPDIR to a bigger disk`,
      ...measure('bytes', free, { threshold: needed }),
    };
  }
  return {
    id: 'disk',
    status: 'ok',
    summary: `${formatBytes(free)} free in ${dir}; ${what} need about ${formatBytes(needed)}`,
    ...measure('bytes', free, { threshold: needed }),
  };
}

async function systemFreeBytes(dir: string): Promise<number> {
  const s = await statfs(dir);
  return s.bavail * s.bsize;
}
