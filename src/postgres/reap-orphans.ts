import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../util/logger.js';
import { CLUSTER_MARKER, isProcessAlive, stopClusterAt } from './ephemeral-cluster.js';

/** Written into a drill's working directory: whose it is, so a later drill can tell it is orphaned. */
export const OWNER_FILE = '.lifeboat-owner';

/** Marks `dir` as owned by this process. */
export async function markOwned(dir: string): Promise<void> {
  await writeFile(path.join(dir, OWNER_FILE), String(process.pid));
}

async function ownerOf(file: string, field?: string): Promise<number | undefined> {
  try {
    const text = await readFile(file, 'utf8');
    const pid = Number(field ? (JSON.parse(text) as Record<string, unknown>)[field] : text.trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A SIGKILLed or OOM-killed drill runs no cleanup: its PostgreSQL keeps running and its data dir
 * and local copy stay in TMPDIR. Every drill first stops and removes what such drills left: only
 * directories whose marker names an owner process that is gone (kept clusters name none).
 */
export async function reapOrphans(logger: Logger, parent = os.tmpdir()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return 0;
  }
  let reaped = 0;
  for (const name of names) {
    const dir = path.join(parent, name);
    try {
      if (name.startsWith('lifeboat-pg-')) {
        const owner = await ownerOf(path.join(dir, CLUSTER_MARKER), 'ownerPid');
        if (owner === undefined || owner === process.pid || isProcessAlive(owner)) continue;
        await stopClusterAt(dir);
      } else if (name.startsWith('lifeboat-drill-')) {
        const owner = await ownerOf(path.join(dir, OWNER_FILE));
        if (owner === undefined || owner === process.pid || isProcessAlive(owner)) continue;
        await rm(dir, { recursive: true, force: true });
      } else {
        continue;
      }
      reaped++;
      logger.info(`Removed ${dir}, left by a drill (pid gone) that did not clean up`);
    } catch (error) {
      logger.warning(`could not remove ${dir}, left by an earlier drill: ${(error as Error).message}`);
    }
  }
  return reaped;
}
