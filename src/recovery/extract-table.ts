import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { newerDumpMessage } from '../restore/restore-runner.js';
import { lexPlainSql, tokenize } from '../archive/plain-sql-lexer.js';
import { firstPgError, unsupportedArchiveVersion } from '../bytes/pg-restore-sink.js';
import { findClientTool } from '../postgres/binaries.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import { RecoveryError, requireTables, withFetchedBackup, type FetchedBackup } from './fetch-selected.js';
import { qualifiedName, type ExtractSettings, type TableName } from './recovery-settings.js';

export interface ExtractEnvironment {
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

export interface ExtractResult {
  backup: { key: string; time: string };
  table: string;
  /** Data rows written (lines of the COPY block). */
  rows: number;
  /** What the backup says the table holds: its manifest, else the archive reader's count. */
  expected_rows?: number;
}

/**
 * The runbook's "partial table restore" without a temporary database: one table's data from a
 * backup as SQL (the SET preamble and `COPY … FROM stdin` with its rows) on `out`, to be loaded with
 * psql into a database that has the table. The backup is chosen, read and checked as the drill
 * does; custom and tar archives go through `pg_restore --data-only`, plain SQL dumps are cut.
 */
export async function extractTable(
  settings: ExtractSettings,
  out: NodeJS.WritableStream,
  environment: ExtractEnvironment,
): Promise<ExtractResult> {
  const name = qualifiedName(settings.table);
  return withFetchedBackup(settings, environment, 'an extract', async (f) => {
    requireTables(f, [settings.table]);
    const counter = new CopyRowCounter();
    const sink = (chunk: Buffer | string) => writeWithBackpressure(out, chunk, counter);
    if (f.container === 'plain') await cutPlain(f.fetched.file, settings.table, sink);
    else await pgRestoreData(f, settings, sink);
    const expected =
      f.backup.manifest?.tables[name]?.rows ?? f.fetched.integrity.tables?.find((t) => t.name === name)?.rows;
    return {
      backup: { key: f.backup.key, time: f.backup.time.toISOString() },
      table: name,
      rows: counter.rows,
      ...(expected !== undefined ? { expected_rows: expected } : {}),
    };
  });
}

async function pgRestoreData(
  f: FetchedBackup,
  settings: ExtractSettings,
  sink: (chunk: Buffer) => Promise<void>,
): Promise<void> {
  const tool = await findClientTool('pg_restore', { binDir: settings.postgresBinDir }).catch((error) => {
    throw new RecoveryError(errorMessage(error));
  });
  const child = spawn(
    tool.path,
    [
      '--data-only',
      `--format=${f.container === 'tar' ? 't' : 'c'}`,
      `--schema=${settings.table.schema}`,
      `--table=${settings.table.table}`,
      '--file=-',
      f.fetched.file,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    stderr = (stderr + d).slice(-16 * 1024);
  });
  const closed = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      stderr += error.message;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  for await (const chunk of child.stdout) await sink(chunk as Buffer);
  const code = await closed;
  if (code !== 0) {
    const newer = unsupportedArchiveVersion(stderr);
    if (newer) throw new RecoveryError(newerDumpMessage(newer, tool, f.backup.manifest?.pg_dump_version));
    throw new RecoveryError(redactSecrets(`pg_restore ${tool.version} failed: ${firstPgError(stderr)}`));
  }
}

/** `COPY schema.table (…) FROM stdin;` → its (schema, table), names as SQL reads them. */
function copyTarget(sql: string): TableName | undefined {
  const tokens = tokenize(sql);
  const name = (i: number) =>
    tokens[i]?.kind === 'quoted' ? tokens[i].text : (tokens[i] as { lower?: string })?.lower;
  const dotted = tokens[2]?.kind === 'op' && tokens[2].text === '.';
  const schema = dotted ? name(1) : 'public';
  const table = dotted ? name(3) : name(1);
  return schema !== undefined && table !== undefined ? { schema, table } : undefined;
}

/**
 * From a plain dump: the session settings of its head (encoding, search_path, standard strings: the
 * COPY text depends on them) and the table's COPY block, found statement by statement (a COPY line
 * inside a string or comment is not one). The rest of the dump is skipped unread by psql.
 */
async function cutPlain(
  file: string,
  table: TableName,
  sink: (chunk: Buffer | string) => Promise<void>,
): Promise<void> {
  let head = true;
  let ours = false;
  let found = false;
  for await (const item of lexPlainSql(createReadStream(file))) {
    if (item.kind === 'statement') {
      if (item.copyFromStdin) {
        head = false;
        const target = copyTarget(item.sql);
        ours = target?.schema === table.schema && target.table === table.table;
        if (ours) {
          found = true;
          await sink(`\n${item.sql}\n`);
        }
      } else if (head && /^(SET |SELECT pg_catalog\.set_config\()/.test(item.sql)) await sink(`${item.sql}\n`);
      else if (head && /^(CREATE|ALTER|COMMENT|GRANT|REVOKE) /.test(item.sql)) head = false;
    } else if (ours && (item.kind === 'copy-data' || item.kind === 'copy-end')) {
      // Bytes, not text: a chunk may end inside a multibyte character.
      await sink(item.kind === 'copy-data' ? item.bytes : Buffer.from(item.raw, 'latin1'));
      if (item.kind === 'copy-end') break;
    }
  }
  if (!found) throw new RecoveryError(`the plain SQL dump holds no COPY data for ${qualifiedName(table)}`);
}

/** Counts the data lines of COPY blocks as they stream past (a row never holds a raw newline). */
export class CopyRowCounter {
  rows = 0;
  private carry = '';
  private inCopy = false;

  feed(chunk: Buffer | string): void {
    const text = this.carry + (typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
    const lines = text.split('\n');
    this.carry = lines.pop() ?? '';
    for (const line of lines) {
      if (this.inCopy) {
        if (line === '\\.') this.inCopy = false;
        else this.rows++;
      } else if (/^COPY .* FROM stdin;$/.test(line)) {
        this.inCopy = true;
      }
    }
  }
}

function writeWithBackpressure(
  out: NodeJS.WritableStream,
  chunk: Buffer | string,
  counter: CopyRowCounter,
): Promise<void> {
  counter.feed(chunk);
  if (out.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => out.once('drain', () => resolve()));
}
