// Tests look only at processes they started: by pid (a postmaster's postmaster.pid, a pid a command
// wrote itself) or by the process group of a child spawned `detached` — never a machine-wide `ps`,
// which would see (and fail on) whatever else the machine happens to run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from '../../src/postgres/ephemeral-cluster.js';

/** A process seen alive once: its pid and kernel start time, so a recycled pid is not mistaken for it. */
export interface SeenProcess {
  pid: number;
  startTime: string;
}

function stat(pid: number): { state: string; pgrp: number; startTime: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], pgrp: Number(fields[2]), startTime: fields[19] };
  } catch {
    return undefined;
  }
}

/** The process `pid` as it is now, or undefined when it is not running. */
export function seen(pid: number): SeenProcess | undefined {
  const s = stat(pid);
  return s && s.state !== 'Z' ? { pid, startTime: s.startTime } : undefined;
}

/** Whether that very process (not a later one given the same pid) still runs; zombies hold nothing. */
export function stillRunning(p: SeenProcess): boolean {
  const s = stat(p.pid);
  if (!s) return false;
  return s.startTime === p.startTime && s.state !== 'Z' && isProcessAlive(p.pid);
}

/** The postmaster of a data directory (first line of postmaster.pid), while the cluster runs. */
export function postmasterOf(dataDir: string): SeenProcess | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? seen(pid) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Live (non-zombie) members of the process group `pgid`: the group of a child spawned with
 * `detached: true` is its pid, and everything it starts without a new session joins it.
 */
export function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (s && s.pgrp === pgid && s.state !== 'Z') members.push(Number(entry));
  }
  return members;
}
