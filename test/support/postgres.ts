import { findClientTool } from '../../src/postgres/binaries.js';
import { connectionForTools, withClient } from '../../src/postgres/client.js';
import { startEphemeralCluster, type EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import { runTool } from '../../src/postgres/run-tool.js';
import { redactSecrets } from '../../src/util/secrets.js';

let shared: Promise<EphemeralCluster> | undefined;

/**
 * One cluster per test file (vitest isolates module state per file), started on first use.
 * The file stops it: `afterAll(async () => (await sharedCluster()).stop())`.
 */
export function sharedCluster(): Promise<EphemeralCluster> {
  if (!shared) {
    shared = startEphemeralCluster();
    // A failed boot should be retried by the next caller rather than remembered.
    shared.catch(() => {
      shared = undefined;
    });
  }
  return shared;
}

const FORMAT_FLAG = { custom: '--format=custom', tar: '--format=tar', plain: '--format=plain' } as const;

/** pg_dump of `url` into destFile, with a pg_dump at least as new as the server (older ones refuse). */
export async function dumpDatabase(
  url: string,
  format: 'custom' | 'tar' | 'plain',
  destFile: string,
  extraArgs: string[] = [],
): Promise<void> {
  const serverMajor = await withClient(url, async (c) => {
    const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0].v) / 10000);
  });
  const pgDump = await findClientTool('pg_dump', { minMajor: serverMajor });
  const { dbname, env } = connectionForTools(url);
  const result = await runTool(pgDump.path, [FORMAT_FLAG[format], '--file', destFile, ...extraArgs, '--dbname', dbname], {
    env,
  });
  if (result.exitCode !== 0) {
    throw new Error(`pg_dump ${pgDump.version} failed (exit ${result.exitCode}): ${redactSecrets(result.stderr.trim())}`);
  }
}
