import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { findClientTool } from '../../src/postgres/binaries.js';
import { connectionForTools } from '../../src/postgres/client.js';
import { runTool } from '../../src/postgres/run-tool.js';
import { gpgSymmetric, opensslEncrypt } from './encrypt.js';
import { dumpDatabase } from './postgres.js';

/**
 * Backup layouts written by the tools teams already run, reproduced byte for byte from real
 * pg_dump output: the same key shapes, wrappers and sidecars. Shared by verify's layout tests and
 * the drill's ("and the drill restores it"): build `SampleDumps` once per file, then
 * `layoutSeries(layout, dumps, now)` gives objects to upload and the key verify must pick.
 */
export interface SampleDumps {
  /** The database the dumps hold (the `<db>` of `<db>_<ts>` names). */
  database: string;
  custom: Buffer;
  tar: Buffer;
  plain: Buffer;
  /** pg_dumpall of the whole cluster (schickling's `all_<ts>.sql.gz`). */
  cluster: Buffer;
}

export interface LayoutObject {
  key: string;
  body: Buffer;
  /** Back-dates the object (s3rver's `put(…, lastModified)`); the time of keys without a stamp. */
  lastModified?: Date;
}

export interface Layout {
  id: string;
  /** The tool and what it writes, for test names. */
  tool: string;
  /** Inputs verify and the drill need for it (beyond `source`). */
  inputs: Record<string, string>;
  /** What a restore sees once every layer is peeled. */
  container: 'custom' | 'tar' | 'plain';
  /** True when the key carries no time: the time is the object's last-modified. */
  timeFromLastModified?: boolean;
  /** The objects of one backup taken at `time`: the backup first, then its sidecars. */
  backup(dumps: SampleDumps, time: Date, opts?: { truncate?: boolean }): LayoutObject[];
}

export const LAYOUT_PASSPHRASE = 'lifeboat layout passphrase 7Qe';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** 2025-01-18T05:00:00 (no zone: eeshugerman's `date +%Y-%m-%dT%H:%M:%S` in a UTC container). */
const isoSeconds = (t: Date) => t.toISOString().slice(0, 19);

/** Cut short, as an interrupted upload leaves it: a bit over half of the bytes. */
export function truncateBody(body: Buffer): Buffer {
  return body.subarray(0, Math.floor(body.length * 0.55));
}

function maybeTruncate(body: Buffer, opts?: { truncate?: boolean }): Buffer {
  return opts?.truncate ? truncateBody(body) : body;
}

const sha256sum = (body: Buffer, name: string) => `${createHash('sha256').update(body).digest('hex')}  ${name}\n`;

// gpg starts an agent per call (seconds on a busy machine): one ciphertext per dump serves every backup.
const gpgCache = new WeakMap<Buffer, Buffer>();
const opensslCache = new WeakMap<Buffer, Buffer>();
function once(cache: WeakMap<Buffer, Buffer>, key: Buffer, make: () => Buffer): Buffer {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = make()));
  return value;
}

export const LAYOUTS: Layout[] = [
  {
    id: 'railway-template',
    tool: "Railway's postgres-s3-backups template (pg_dump --format=tar | gzip)",
    inputs: {},
    container: 'tar',
    backup: (d, t, o) => [
      {
        key: `nightly/backup-${t.toISOString().replace(/[:.]/g, '-')}.tar.gz`,
        body: maybeTruncate(zlib.gzipSync(d.tar), o),
      },
    ],
  },
  {
    id: 'eeshugerman',
    tool: 'eeshugerman/postgres-backup-s3 (custom format, <db>_<ts>.dump)',
    inputs: {},
    container: 'custom',
    backup: (d, t, o) => [{ key: `backup/${d.database}_${isoSeconds(t)}.dump`, body: maybeTruncate(d.custom, o) }],
  },
  {
    id: 'eeshugerman-gpg',
    tool: 'eeshugerman/postgres-backup-s3 with PASSPHRASE (gpg --symmetric, .dump.gpg)',
    inputs: { 'decryption-passphrase': LAYOUT_PASSPHRASE },
    container: 'custom',
    backup: (d, t, o) => [
      {
        key: `backup/${d.database}_${isoSeconds(t)}.dump.gpg`,
        body: maybeTruncate(
          once(gpgCache, d.custom, () => gpgSymmetric(d.custom, LAYOUT_PASSPHRASE)),
          o,
        ),
      },
    ],
  },
  {
    id: 'schickling',
    tool: 'schickling/postgres-backup-s3 (pg_dump | gzip, <db>_<ts>Z.sql.gz)',
    inputs: {},
    container: 'plain',
    backup: (d, t, o) => [
      { key: `${d.database}_${isoSeconds(t)}Z.sql.gz`, body: maybeTruncate(zlib.gzipSync(d.plain), o) },
    ],
  },
  {
    id: 'schickling-all',
    tool: 'schickling/postgres-backup-s3 with POSTGRES_DATABASE=all (pg_dumpall | gzip, all_<ts>.sql.gz)',
    inputs: {},
    container: 'plain',
    backup: (d, t, o) => [{ key: `all_${isoSeconds(t)}Z.sql.gz`, body: maybeTruncate(zlib.gzipSync(d.cluster), o) }],
  },
  {
    id: 'kartoza',
    tool: 'kartoza/docker-pg-backup (gzip around custom, .dmp.gz with .meta.json and .sha256)',
    inputs: {},
    container: 'custom',
    backup: (d, t, o) => kartoza(d, t, zlib.gzipSync(d.custom), o),
  },
  {
    id: 'kartoza-openssl',
    tool: 'kartoza/docker-pg-backup with DB_DUMP_ENCRYPTION (openssl enc, then gzip)',
    inputs: { 'decryption-passphrase': LAYOUT_PASSPHRASE },
    container: 'custom',
    backup: (d, t, o) =>
      kartoza(d, t, zlib.gzipSync(once(opensslCache, d.custom, () => opensslEncrypt(d.custom, LAYOUT_PASSPHRASE))), o),
  },
  {
    id: 'pgbackweb',
    tool: 'pgbackweb (YYYY/MM/DD/dump-YYYYMMDD-HHMMSS-<uuid>.zip holding dump.sql)',
    inputs: {},
    container: 'plain',
    backup: (d, t, o) => {
      const stamp = `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}-${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
      const folder = `${t.getUTCFullYear()}/${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())}`;
      return [
        {
          key: `${folder}/dump-${stamp}-${randomUUID()}.zip`,
          body: maybeTruncate(zipOneEntry('dump.sql', d.plain, t), o),
        },
      ];
    },
  },
  {
    id: 'databasus',
    tool: 'Databasus (custom format, <uuid> keys without extension, time from last-modified)',
    inputs: {},
    container: 'custom',
    timeFromLastModified: true,
    backup: (d, t, o) => [{ key: randomUUID(), body: maybeTruncate(d.custom, o), lastModified: t }],
  },
];

function kartoza(d: SampleDumps, t: Date, whole: Buffer, o?: { truncate?: boolean }): LayoutObject[] {
  const day = pad(t.getUTCDate());
  const month = MONTHS[t.getUTCMonth()];
  const key = `${t.getUTCFullYear()}/${month}/PG_${d.database}.${day}-${month}-${t.getUTCFullYear()}-${pad(t.getUTCHours())}-${pad(t.getUTCMinutes())}.dmp.gz`;
  const body = maybeTruncate(whole, o);
  const name = key.slice(key.lastIndexOf('/') + 1);
  // The sidecar describes the bytes that were uploaded: a truncated copy must be caught by reading it.
  return [
    { key, body },
    { key: `${key}.sha256`, body: Buffer.from(sha256sum(body, name)) },
    {
      key: `${key}.meta.json`,
      body: Buffer.from(
        JSON.stringify({ database: d.database, created_at: t.toISOString(), size: body.length, compression: 'gzip' }),
      ),
    },
  ];
}

/**
 * A zip with one deflated entry written the way Go's archive/zip streams it (pgbackweb): sizes and
 * crc in a data descriptor after the data (flag bit 3), then the central directory.
 */
export function zipOneEntry(name: string, data: Buffer, time: Date): Buffer {
  const deflated = zlib.deflateRawSync(data);
  const crc = zlib.crc32(data);
  const nameBytes = Buffer.from(name, 'utf8');
  const dosTime = (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | (time.getUTCSeconds() >> 1);
  const dosDate = ((time.getUTCFullYear() - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate();
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0808, 6); // data descriptor + UTF-8 names
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(dosTime, 10);
  local.writeUInt16LE(dosDate, 12);
  local.writeUInt16LE(nameBytes.length, 26);
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc, 4);
  descriptor.writeUInt32LE(deflated.length, 8);
  descriptor.writeUInt32LE(data.length, 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0808, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(dosTime, 12);
  central.writeUInt16LE(dosDate, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralStart = local.length + nameBytes.length + deflated.length + descriptor.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, nameBytes, deflated, descriptor, central, nameBytes, end]);
}

export interface LayoutSeries {
  /** Upload order: neither time order nor its reverse. */
  objects: LayoutObject[];
  /** Key of the newest backup, the one verify must pick. */
  newestKey: string;
  times: Date[];
}

/**
 * Three backups a day apart, the newest `newestAgeHours` old (to the minute: kartoza names carry
 * no seconds), uploaded middle, newest, oldest. Keys that carry a time get last-modified times in
 * the reverse order, so only the name can tell which is newest. With `truncateNewest`, the newest
 * backup is cut short (its sidecars describe the cut bytes).
 */
export function layoutSeries(
  layout: Layout,
  dumps: SampleDumps,
  now = Date.now(),
  opts: { truncateNewest?: boolean; newestAgeHours?: number } = {},
): LayoutSeries {
  const newest = Math.floor((now - (opts.newestAgeHours ?? 2) * 3600_000) / 60_000) * 60_000;
  const times = [newest - 48 * 3600_000, newest - 24 * 3600_000, newest].map((t) => new Date(t));
  const backups = times.map((t, i) =>
    layout.backup(dumps, t, { truncate: opts.truncateNewest === true && i === times.length - 1 }),
  );
  if (!layout.timeFromLastModified) {
    // Uploaded "late" in reverse order: the oldest backup looks the most recently written.
    backups.forEach((objects, i) => {
      const uploaded = new Date(now - (i + 1) * 600_000);
      for (const o of objects) o.lastModified ??= uploaded;
    });
  }
  const order = [1, 2, 0];
  return { objects: order.flatMap((i) => backups[i]), newestKey: backups[2][0].key, times };
}

/** custom, tar and plain pg_dump of `url`, and a pg_dumpall of its cluster. */
export async function makeSampleDumps(url: string, database: string): Promise<SampleDumps> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-layouts-'));
  try {
    const files = { custom: path.join(dir, 'c'), tar: path.join(dir, 't'), plain: path.join(dir, 'p') };
    for (const format of ['custom', 'tar', 'plain'] as const) await dumpDatabase(url, format, files[format]);
    const pgDumpall = await findClientTool('pg_dumpall');
    const { dbname, env } = connectionForTools(url);
    const all = path.join(dir, 'all.sql');
    const result = await runTool(pgDumpall.path, ['--dbname', dbname, '--file', all], { env });
    if (result.exitCode !== 0) throw new Error(`pg_dumpall failed: ${result.stderr.trim()}`);
    return {
      database,
      custom: await readFile(files.custom),
      tar: await readFile(files.tar),
      plain: await readFile(files.plain),
      cluster: await readFile(all),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
