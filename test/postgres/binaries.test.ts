import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findClientTool,
  findPostgresBinaries,
  parsePgVersion,
  tryParsePgVersion,
} from '../../src/postgres/binaries.js';
import { InputError } from '../../src/util/errors.js';

describe('parsePgVersion', () => {
  it.each([
    ['pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)', 15, '15.18'],
    ['pg_dump (PostgreSQL) 16.4 (Ubuntu 16.4-1.pgdg24.04+1)', 16, '16.4'],
    ['postgres (PostgreSQL) 17.2', 17, '17.2'],
    ['pg_restore (PostgreSQL) 10.23', 10, '10.23'],
    ['pg_dump (PostgreSQL) 9.6.24', 9.6, '9.6.24'],
    ['PostgreSQL 15.18 (Debian 15.18-0+deb12u1)', 15, '15.18'],
    ['postgres (PostgreSQL) 17beta1', 17, '17beta1'],
    ['initdb (PostgreSQL) 18devel', 18, '18devel'],
  ])('%s → major %s, version %s', (text, major, version) => {
    expect(parsePgVersion(text)).toEqual({ major, version });
  });

  it('orders 9.6 below 10 so version comparisons hold', () => {
    expect(parsePgVersion('pg_dump (PostgreSQL) 9.6.24').major).toBeLessThan(parsePgVersion('pg_dump (PostgreSQL) 10.1').major);
  });

  it('rejects text that is not a PostgreSQL version', () => {
    expect(tryParsePgVersion('mysqldump  Ver 10.19 Distrib 10.5.19-MariaDB')).toBeUndefined();
    expect(() => parsePgVersion('command not found')).toThrow(/Cannot read a PostgreSQL version from "command not found"/);
  });
});

describe('findPostgresBinaries', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-bin-test-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  async function fakeBinDir(name: string, tools: string[], versionLine: string): Promise<string> {
    const dir = path.join(scratch, name);
    await mkdir(dir, { recursive: true });
    for (const tool of tools) {
      const file = path.join(dir, tool);
      await writeFile(file, `#!/bin/sh\necho "${tool} ${versionLine}"\n`);
      await chmod(file, 0o755);
    }
    return dir;
  }

  it('names the directory and the missing tools when postgres-bin-dir lacks them', async () => {
    const dir = await fakeBinDir('only-psql', ['psql'], '(PostgreSQL) 16.1');
    const error = await findPostgresBinaries({ binDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toMatch(/lacks initdb, pg_ctl, postgres/);
  });

  it('reads the version of a given bin dir from its tools', async () => {
    const dir = await fakeBinDir('fake-17', ['initdb', 'pg_ctl', 'postgres'], '(PostgreSQL) 17.2');
    const found = await findPostgresBinaries({ binDir: dir });
    expect(found).toMatchObject({ binDir: dir, major: 17, version: '17.2' });
    expect(found.tool('pg_ctl')).toBe(path.join(dir, 'pg_ctl'));
  });

  it('picks the newest /usr/lib/postgresql/<N>/bin that has the tools, sorting numerically', async () => {
    const libRoot = path.join(scratch, 'lib');
    for (const [v, tools] of [
      ['9.6', ['initdb', 'pg_ctl', 'postgres']],
      ['10', ['initdb', 'pg_ctl', 'postgres']],
      // Client-only packages install just these: not a server.
      ['17', ['pg_dump', 'psql']],
    ] as const) {
      const dir = path.join(libRoot, v, 'bin');
      await mkdir(dir, { recursive: true });
      for (const tool of tools) {
        await writeFile(path.join(dir, tool), `#!/bin/sh\necho "${tool} (PostgreSQL) ${v === '9.6' ? '9.6.24' : `${v}.3`}"\n`);
        await chmod(path.join(dir, tool), 0o755);
      }
    }
    const empty = path.join(scratch, 'empty-path');
    await mkdir(empty, { recursive: true });
    const found = await findPostgresBinaries({ searchPath: empty, libRoot });
    expect(found.binDir).toBe(path.join(libRoot, '10', 'bin'));
    expect(found.major).toBe(10);

    const client = await findClientTool('pg_dump', { searchPath: empty, libRoot });
    expect(client).toEqual({ path: path.join(libRoot, '17', 'bin', 'pg_dump'), major: 17, version: '17.3' });
  });

  it('says what it searched and how to install when nothing is found', async () => {
    const empty = path.join(scratch, 'nothing');
    await mkdir(empty, { recursive: true });
    const error = await findPostgresBinaries({ searchPath: empty, libRoot: empty }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('PATH');
    expect(message).toContain('pg_config --bindir');
    expect(message).toContain(`${empty}/*/bin`);
    expect(message).toContain('sudo apt-get install postgresql-16');
    expect(message).toContain('postgres-bin-dir');
  });

  it('finds the real server binaries on this machine', async () => {
    const found = await findPostgresBinaries();
    expect(found.major).toBeGreaterThanOrEqual(10);
    expect(found.version).toMatch(/^\d+\.\d+/);
    expect(path.isAbsolute(found.tool('initdb'))).toBe(true);
    // PATH may hold a symlink farm (e.g. /usr/local/bin/initdb): the bin dir must be the real one.
    expect((await findPostgresBinaries({ need: ['initdb', 'pg_ctl', 'postgres', 'pg_dump'] })).binDir).toBe(found.binDir);
  });
});

describe('findClientTool', () => {
  it('finds pg_dump and reports its version', async () => {
    const tool = await findClientTool('pg_dump');
    expect(path.isAbsolute(tool.path)).toBe(true);
    expect(tool.major).toBeGreaterThanOrEqual(10);
  });

  it('names both versions when nothing is new enough', async () => {
    const tool = await findClientTool('pg_restore');
    const error = await findClientTool('pg_restore', { minMajor: 99 }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`pg_restore ${tool.version}`);
    expect((error as Error).message).toContain('PostgreSQL 99 or newer is needed');
  });
});
