import { PassThrough } from 'node:stream';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseBackupSettings } from '../../src/backup/backup-settings.js';
import { runRailwayBackup } from '../../src/backup/railway-backup.js';
import { main } from '../../src/cli/main.js';
import { RAILWAY_DOCUMENTS, RailwayStore } from '../../src/stores/railway-store.js';
import { InputError } from '../../src/util/errors.js';
import { memoryLogger } from '../../src/util/logger.js';
import {
  DAILY,
  hoursAgo,
  railwayBackup,
  railwaySchema,
  startRailwayStandIn,
  type RailwayStandIn,
} from '../support/railway-api.js';

const TOKEN = 'acct-token-5c0ffee9d1';
const VOLUME = 'vi-3a9e7f21';
let api: RailwayStandIn;

beforeAll(async () => {
  api = await startRailwayStandIn();
  api.tokens.account.add(TOKEN);
});
afterAll(async () => api?.stop());
beforeEach(() => {
  api.backups.clear();
  api.environments.clear();
  api.requests.length = 0;
  api.created.length = 0;
  api.locked.length = 0;
  api.createDelay.lists = 1;
  api.backups.set(VOLUME, [railwayBackup(hoursAgo(30)), railwayBackup(hoursAgo(6))]);
  api.schedules.set(VOLUME, [DAILY]);
  api.environments.set('env-prod', [{ id: VOLUME, serviceId: 'svc-pg', mountPath: '/var/lib/postgresql/data' }]);
});

const env = () => ({ RAILWAY_API_URL: api.url, RAILWAY_API_TOKEN: TOKEN });

/** `lifeboat …` in-process; stdout only (progress goes to stderr). */
async function cli(argv: string[], environment: NodeJS.ProcessEnv = env()): Promise<{ code: number; stdout: string }> {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  const chunks: string[] = [];
  stdout.on('data', (d) => chunks.push(String(d)));
  const code = await main(argv, { env: environment, stdout, stderr });
  return { code, stdout: chunks.join('') };
}

describe('every GraphQL document Lifeboat can send to Railway', () => {
  it.each(Object.entries(RAILWAY_DOCUMENTS))('%s validates against Railway’s public schema', (_, document) => {
    expect(validate(railwaySchema(), parse(document)).map((e) => e.message)).toEqual([]);
  });

  it('and the schema does refuse a document Railway would refuse', () => {
    const bad = 'query { environment(id: "e") { volumeInstances { edges { node { size } } } } }';
    expect(validate(railwaySchema(), parse(bad)).length).toBeGreaterThan(0);
  });
});

describe('a backup on Railway', () => {
  it('creates, waits until Railway lists it, and reports its id, size and time', async () => {
    api.createDelay.lists = 2;
    const logger = memoryLogger();
    const settings = parseBackupSettings({ dest: `railway://volume/${VOLUME}` });
    const store = new RailwayStore({ target: { kind: 'volume', volumeInstanceId: VOLUME }, env: env() });
    const result = await runRailwayBackup(settings, { store, logger, pollMs: 5, sleep: () => Promise.resolve() });
    expect(api.created).toHaveLength(1);
    const newest = api.backups.get(VOLUME)!.at(-1)!;
    expect(newest.name).toBe(api.created[0].name);
    expect(result.key).toBe(newest.id);
    expect(result.report.status).toBe('ok');
    expect(result.report.backup).toMatchObject({ key: newest.id, size: 240 * 1024 * 1024, time: newest.createdAt });
    expect(result.report.checks[0].summary).toContain(newest.id);
    // Two listings without it, then the one that shows it: progress said it was waiting.
    const lists = api.requests.filter((r) => r.query.includes('volumeInstanceBackupList('));
    expect(lists).toHaveLength(4);
    expect(logger.lines.filter((l) => /waiting for Railway to list backup/.test(l))).toHaveLength(2);
    expect(api.requests.some((r) => r.query.includes('volumeInstanceBackupLock'))).toBe(false);
  });

  it('lifeboat backup --dest railway://… --lock: locks the new backup through the lock mutation', async () => {
    api.createDelay.lists = 0;
    const { code, stdout } = await cli([
      'backup',
      '--dest',
      'railway://project/prj-1/environment/env-prod/service/svc-pg',
      '--lock',
      '--json',
    ]);
    const report = JSON.parse(stdout);
    expect(code).toBe(0);
    const created = api.backups.get(VOLUME)!.at(-1)!;
    expect(report.backup.key).toBe(created.id);
    const lock = api.requests.find((r) => r.query.includes('volumeInstanceBackupLock'));
    expect(lock?.variables).toEqual({ volumeInstanceId: VOLUME, volumeInstanceBackupId: created.id });
    expect(api.locked).toEqual([created.id]);
    expect(report.checks.find((c: { id: string }) => c.id === 'lock')).toMatchObject({ status: 'ok' });
  });

  it('a backup that never shows up: critical after the bound, not a hang', async () => {
    api.createDelay.lists = 1_000;
    const settings = parseBackupSettings({ dest: `railway://volume/${VOLUME}` });
    const store = new RailwayStore({ target: { kind: 'volume', volumeInstanceId: VOLUME }, env: env() });
    let slept = 0;
    const result = await runRailwayBackup(settings, {
      store,
      logger: memoryLogger(),
      timeoutMs: 0,
      pollMs: 1,
      sleep: async () => {
        slept++;
      },
    });
    expect(result.report.status).toBe('critical');
    expect(result.report.checks[0].summary).toMatch(
      /started backup "lifeboat .*" \(workflow wf-1\) but did not list it/,
    );
    expect(result.key).toBeUndefined();
    expect(slept).toBe(0);
  });

  it('no token: one critical check, nothing created', async () => {
    const { code, stdout } = await cli(['backup', '--dest', `railway://volume/${VOLUME}`], {
      RAILWAY_API_URL: api.url,
    });
    expect(code).toBe(2);
    expect(stdout).toMatch(/no Railway token/);
    expect(api.created).toHaveLength(0);
  });

  it('lock without a railway dest, or retention with one: refused naming the input', () => {
    expect(() => parseBackupSettings({ dest: '/tmp/x', 'database-url': 'postgres://u@h/db', lock: 'true' })).toThrow(
      /^Invalid lock "true": only a railway:\/\/ dest/,
    );
    expect(() => parseBackupSettings({ dest: `railway://volume/${VOLUME}`, 'keep-days': '14' })).toThrow(InputError);
    expect(() => parseBackupSettings({ dest: '/tmp/x' })).toThrow(/^Missing database-url/);
  });
});
