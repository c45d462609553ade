import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY, hoursAgo, railwayBackup, startRailwayStandIn, type RailwayStandIn } from '../support/railway-api.js';
import { node24, runBundledAction } from '../support/run-action.js';

const TOKEN = 'proj-token-71be0c55aa';
const VOLUME = 'vi-5e1f90c2';
let api: RailwayStandIn;

beforeAll(async () => {
  api = await startRailwayStandIn();
  api.tokens.project.add(TOKEN);
  api.createDelay.lists = 1;
  api.backups.set(VOLUME, [railwayBackup(hoursAgo(20))]);
  api.schedules.set(VOLUME, [DAILY]);
});
afterAll(async () => api?.stop());

const runtimes = [['node 20', process.execPath] as const, ...(node24() ? [['node 24', node24()!] as const] : [])];

describe.each(runtimes)('dist/create-backup with a railway:// dest under %s', (_name, node) => {
  it('creates a volume backup, waits for it, locks it, and outputs its id', async () => {
    const before = api.created.length;
    const run = await runBundledAction(
      'create-backup',
      { dest: `railway://volume/${VOLUME}`, lock: 'true', issue: 'false' },
      { node, env: { RAILWAY_API_URL: api.url, RAILWAY_TOKEN: TOKEN } },
    );
    expect(run.exitCode).toBe(0);
    expect(api.created).toHaveLength(before + 1);
    const created = api.backups.get(VOLUME)!.at(-1)!;
    expect(run.outputs['backup-key']).toBe(created.id);
    expect(run.outputs.status).toBe('ok');
    expect(api.locked).toContain(created.id);
    expect(created.expiresAt).toBeNull();
    // Masked through ::add-mask:: (that line is how the runner learns it), and nowhere else.
    expect(run.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
  });
});
