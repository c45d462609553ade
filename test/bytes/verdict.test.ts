// The verdict alone: what each stage reported in, checks out. No stream, no backup, no PostgreSQL.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ArchiveReport, Problem, TocEntry } from '../../src/archive/index.js';
import type { DetectedFormat } from '../../src/archive/detect-format.js';
import type { PgRestoreOutcome, PgRestoreTool } from '../../src/bytes/pg-restore-sink.js';
import {
  checksumCheck,
  countedTablesOf,
  headChecks,
  verdict,
  type Outcome,
  type ReadOutcome,
} from '../../src/bytes/verdict.js';

const custom: DetectedFormat = { container: 'custom', compression: 'none', description: 'pg_dump custom archive' };
const plain: DetectedFormat = { container: 'plain', compression: 'none', description: 'plain SQL' };
const tool: PgRestoreTool = { path: '/usr/bin/pg_restore', major: 15, version: '15.18' };

function entry(desc: string, tag: string, extra: Partial<TocEntry> = {}): TocEntry {
  return {
    dumpId: 1,
    hadDumper: desc === 'TABLE DATA',
    tableoid: '0',
    oid: '0',
    tag,
    desc,
    section: desc === 'TABLE DATA' ? 'data' : 'pre-data',
    defn: null,
    dropStmt: null,
    copyStmt: null,
    namespace: 'public',
    tablespace: null,
    tableam: null,
    relkind: null,
    owner: null,
    dependencies: [],
    dataState: 'none',
    ...extra,
  };
}

const TOC = [
  entry('TABLE', 'items'),
  entry('TABLE DATA', 'items'),
  entry('TABLE', 'orders'),
  entry('TABLE DATA', 'orders'),
];

function report(extra: Partial<ArchiveReport> = {}): ArchiveReport {
  return {
    header: { format: 'custom', compression: 'gzip', version: '1.14' },
    toc: TOC,
    tables: [
      { name: 'public.items', rows: 3 },
      { name: 'public.orders', rows: 4 },
    ],
    blobs: 0,
    problems: [],
    skipped: [],
    bytes: 4096,
    ...extra,
  };
}

function listed(extra: Partial<PgRestoreOutcome> = {}): PgRestoreOutcome {
  return { exitCode: 0, signal: null, stderr: '', entries: TOC.length, ...extra };
}

function read(extra: Partial<ReadOutcome> = {}): ReadOutcome {
  return {
    kind: 'read',
    format: custom,
    level: 'full',
    bytes: 4096,
    tool,
    report: report(),
    listed: listed(),
    ...extra,
  };
}

const truncated: Problem = {
  entry: 'public.orders',
  kind: 'truncated',
  message: 'data for public.orders ends after 2 rows: archive truncated',
};

/** [case, outcome, archive status, archive summary, content status, content summary] */
/** What a peeled layer that gave no bytes leaves for the inside. */
const nothingInside: Outcome = {
  kind: 'fixed',
  checks: [
    { id: 'archive', status: 'critical', summary: 'the file is empty (0 bytes): not a backup' },
    { id: 'content', status: 'skipped', summary: 'not checked: the file is empty' },
  ],
};

const cases: Array<[string, Outcome, string, RegExp, string, RegExp]> = [
  [
    'a sound archive both readers agree on',
    read(),
    'ok',
    /pg_dump custom archive 1\.14: table of contents parses \(4 entries\); pg_restore --list reads the same entries/,
    'ok',
    /every data block decompresses and every COPY row parses: 2 tables, 7 rows \(4\.0 KiB read\)/,
  ],
  [
    'pg_restore hides internal entries',
    read({ listed: listed({ entries: 3 }) }),
    'ok',
    /pg_restore --list reads it too \(it shows 3 of them/,
    'ok',
    /7 rows/,
  ],
  [
    'pg_restore lists more than the reader',
    read({ listed: listed({ entries: 9 }) }),
    'critical',
    /pg_restore --list shows 9 entries but Lifeboat's reader finds 4: the two disagree/,
    'ok',
    /7 rows/,
  ],
  [
    'pg_restore rejects what the reader parses',
    read({
      listed: listed({ exitCode: 1, stderr: 'pg_restore: error: could not read from input file: end of file\n' }),
    }),
    'critical',
    /pg_restore --list rejects the table of contents \(could not read from input file: end of file\) while Lifeboat's reader parses its 4 entries/,
    'ok',
    /7 rows/,
  ],
  [
    'pg_restore too old for the archive',
    read({ listed: listed({ exitCode: 1, stderr: 'pg_restore: error: unsupported version (1.16) in file header\n' }) }),
    'ok',
    /pg_restore 15 cannot read archive 1\.16; verified by Lifeboat's reader alone/,
    'ok',
    /7 rows/,
  ],
  [
    'no pg_restore on the runner',
    read({ tool: undefined, listed: undefined }),
    'ok',
    /no pg_restore on this runner; verified by Lifeboat's reader alone/,
    'ok',
    /7 rows/,
  ],
  [
    'pg_restore killed by its watchdog',
    read({ listed: listed({ exitCode: null, signal: 'SIGKILL', watchdog: { reason: 'stalled', afterMs: 60_000 } }) }),
    'critical',
    /pg_restore did not finish: the archive is damaged \(it stopped reading the archive for 60 s; killed\)/,
    'ok',
    /7 rows/,
  ],
  [
    'a gzip wrapper that fails before the TOC',
    read({
      decodeError: 'gzip stream is damaged: incorrect header check',
      report: report({ toc: [], tables: [], problems: [{ kind: 'truncated', message: 'the file is empty' }] }),
      listed: listed({ exitCode: 1, stderr: 'pg_restore: error: input file is too short\n' }),
    }),
    'critical',
    /^table of contents does not parse: gzip stream is damaged: incorrect header check \(pg_restore --list agrees: input file is too short\)$/,
    'skipped',
    /not checked: the table of contents does not parse/,
  ],
  [
    'a gzip CRC error after the data',
    read({ decodeError: 'gzip stream is damaged: incorrect data check' }),
    'ok',
    /table of contents parses/,
    'critical',
    /^gzip stream is damaged: incorrect data check$/,
  ],
  [
    'data cut short',
    read({ report: report({ problems: [truncated] }) }),
    'ok',
    /table of contents parses/,
    'critical',
    /^data for public\.orders ends after 2 rows: archive truncated$/,
  ],
  [
    'archive level reads no data',
    read({ level: 'archive' }),
    'ok',
    /table of contents parses/,
    'skipped',
    /integrity level "archive" does not read the data blocks/,
  ],
  [
    'schema only',
    read({ report: report({ tables: [], toc: [entry('TABLE', 'items')] }), listed: listed({ entries: 1 }) }),
    'ok',
    /1 entry/,
    'warning',
    /schema only: no table data/,
  ],
  [
    'an archive version newer than the reader knows',
    read({
      report: report({ toc: [], problems: [{ kind: 'unsupported', message: 'unsupported archive version 1.99' }] }),
    }),
    'critical',
    /^unsupported archive version 1\.99$/,
    'skipped',
    /not checked: the table of contents does not parse/,
  ],
  [
    'a codec the reader lacks, pg_restore proves it',
    read({ report: report({ skipped: ['lz4 (no codec)'] }), restored: listed({ entries: 0 }) }),
    'ok',
    /table of contents parses/,
    'ok',
    /pg_restore checked the lz4 blocks/,
  ],
  [
    'a codec the reader lacks, pg_restore finds damage',
    read({
      report: report({ skipped: ['lz4 (no codec)'] }),
      restored: listed({ exitCode: 1, stderr: 'pg_restore: error: could not read from input file: end of file\n' }),
    }),
    'ok',
    /table of contents parses/,
    'critical',
    /^data is damaged: archive truncated/,
  ],
  [
    'a codec nobody here can read',
    read({ tool: undefined, listed: undefined, report: report({ skipped: ['lz4 (no codec)'] }) }),
    'ok',
    /reader alone/,
    'warning',
    /^not proven: lz4 \(no codec\), and no pg_restore on this runner$/,
  ],
  [
    'a complete pg_dump script',
    read({
      format: plain,
      tool: undefined,
      listed: undefined,
      report: report({ header: { format: 'plain', compression: 'none', scriptHeader: true }, toc: [] }),
    }),
    'ok',
    /plain SQL: pg_dump script header found/,
    'ok',
    /script is complete: 2 COPY blocks, 7 rows/,
  ],
  [
    'a hand-written script without its end line',
    read({
      format: plain,
      tool: undefined,
      listed: undefined,
      report: report({
        header: { format: 'plain', compression: 'none' },
        toc: [],
        problems: [
          { kind: 'truncated', message: 'does not end with "-- PostgreSQL database dump complete": archive truncated' },
        ],
      }),
    }),
    'warning',
    /no pg_dump header/,
    'warning',
    /cannot prove it is whole/,
  ],
  [
    'a pg_dump script cut inside COPY',
    read({
      format: plain,
      tool: undefined,
      listed: undefined,
      report: report({
        header: { format: 'plain', compression: 'none', scriptHeader: true },
        toc: [],
        problems: [truncated],
      }),
    }),
    'ok',
    /script header found/,
    'critical',
    /ends after 2 rows/,
  ],
  [
    'a wrong key: nothing decrypted',
    {
      kind: 'peeled',
      layers: ['gpg'],
      bytes: 5000,
      plaintextBytes: 0,
      failure: { layer: 'gpg', kind: 'decrypt', message: 'wrong passphrase' },
      inner: nothingInside,
      innerContainer: 'unknown',
    },
    'critical',
    /^decryption failed \(gpg\): wrong passphrase$/,
    'skipped',
    /^not checked: decryption failed$/,
  ],
  [
    'a decrypted stream cut short',
    {
      kind: 'peeled',
      layers: ['openssl'],
      bytes: 5000,
      plaintextBytes: 2048,
      failure: {
        layer: 'openssl',
        kind: 'decrypt',
        message: 'the encrypted data ends mid-block: the file is truncated',
      },
      inner: read({ report: report({ problems: [truncated] }) }),
      innerContainer: 'custom',
    },
    'ok',
    /table of contents parses/,
    'critical',
    /^decryption failed \(openssl\): the encrypted data ends mid-block: the file is truncated \(after 2\.0 KiB of plaintext\)$/,
  ],
  [
    'an lz4 layer cut short, after the TOC came out',
    {
      kind: 'peeled',
      layers: ['lz4'],
      bytes: 5000,
      plaintextBytes: 2048,
      failure: { layer: 'lz4', kind: 'decompress', message: 'unexpected end of file' },
      inner: read({ report: report({ problems: [truncated] }) }),
      innerContainer: 'custom',
    },
    'ok',
    /table of contents parses/,
    'critical',
    /^lz4 stream is damaged: unexpected end of file \(after 2\.0 KiB of decompressed data\)$/,
  ],
  [
    'a damaged lz4 layer that gave nothing',
    {
      kind: 'peeled',
      layers: ['lz4'],
      bytes: 5000,
      plaintextBytes: 0,
      failure: { layer: 'lz4', kind: 'decompress', message: 'lz4: ERROR_frameType_unknown' },
      inner: nothingInside,
      innerContainer: 'unknown',
    },
    'critical',
    /^lz4 stream is damaged: lz4: ERROR_frameType_unknown$/,
    'skipped',
    /^not checked: lz4 stream is damaged/,
  ],
  ...(
    [
      ['lz4', 'an lz4-compressed archive', 'decompressed'],
      ['openssl', 'a decrypted archive', 'decrypted'],
    ] as const
  ).map(([layer, name, verb]): (typeof cases)[number] => [
    name,
    { kind: 'peeled', layers: [layer], bytes: 5000, plaintextBytes: 4096, inner: read(), innerContainer: 'custom' },
    'ok',
    /table of contents parses/,
    'ok',
    new RegExp(`7 rows \\(4\\.0 KiB read\\); ${verb} 4\\.9 KiB → 4\\.0 KiB$`),
  ]),
];

describe('verdict', () => {
  it.each(cases)('%s', (_name, outcome, archiveStatus, archiveSummary, contentStatus, contentSummary) => {
    const [archive, content] = verdict(outcome);
    expect(archive).toMatchObject({ id: 'archive', status: archiveStatus });
    expect(archive.summary).toMatch(archiveSummary);
    expect(content).toMatchObject({ id: 'content', status: contentStatus });
    expect(content.summary).toMatch(contentSummary);
  });

  it('counts rows only when every block was read', () => {
    expect(countedTablesOf(read())).toEqual([
      { name: 'public.items', rows: 3 },
      { name: 'public.orders', rows: 4 },
    ]);
    expect(countedTablesOf(read({ report: report({ skipped: ['lz4 (no codec)'] }) }))).toBeUndefined();
    const failed: Outcome = {
      kind: 'peeled',
      layers: ['age'],
      bytes: 1,
      plaintextBytes: 1,
      failure: { layer: 'age', kind: 'decrypt', message: 'x' },
      inner: read(),
      innerContainer: 'custom',
    };
    expect(countedTablesOf(failed)).toBeUndefined();
  });
});

describe('headChecks: what the first bytes alone decide', () => {
  const level = { level: 'full' as const, canPeel: true };
  const lz4: DetectedFormat = {
    container: 'unknown',
    compression: 'lz4',
    layers: ['lz4'],
    description: 'lz4-compressed data',
    opaque: true,
  };
  const gpg: DetectedFormat = {
    container: 'unknown',
    compression: 'none',
    encryption: 'gpg',
    layers: ['gpg'],
    description: 'gpg-encrypted data (OpenPGP)',
  };
  it.each<[string, DetectedFormat, number, Parameters<typeof headChecks>[2], string[] | undefined, RegExp | undefined]>(
    [
      [
        'checksum level',
        custom,
        100,
        { ...level, level: 'checksum' },
        ['skipped', 'skipped'],
        /checksum reads the bytes for the sha256 only/,
      ],
      ['an empty file', custom, 0, level, ['critical', 'skipped'], /the file is empty \(0 bytes\): not a backup/],
      [
        'encrypted, no key',
        gpg,
        100,
        level,
        ['warning', 'skipped'],
        /encrypted \(gpg\): cannot verify content without a key; set decryption-passphrase to verify it/,
      ],
      ['encrypted, with a key', gpg, 100, { ...level, decryption: { passphrase: 'x' } }, undefined, undefined],
      [
        'encrypted too deep',
        gpg,
        100,
        { ...level, decryption: { passphrase: 'x' }, canPeel: false },
        ['critical', 'skipped'],
        /not a PostgreSQL backup: gpg-encrypted/,
      ],
      [
        'Databasus encryption',
        { ...gpg, encryption: 'databasus', layers: ['databasus'], description: 'Databasus-encrypted data' },
        100,
        { ...level, decryption: { passphrase: 'x' } },
        ['warning', 'skipped'],
        /opens only inside Databasus/,
      ],
      [
        'a layer not supported',
        {
          container: 'unknown',
          compression: 'bzip2',
          layers: ['bzip2'],
          description: 'bzip2-compressed data',
          opaque: true,
        },
        100,
        level,
        ['warning', 'warning'],
        /^not proven: bzip2-compressed data: bzip2 decompression is not supported yet$/,
      ],
      [
        'an lz4 layer without its decoder loaded',
        lz4,
        100,
        level,
        ['warning', 'warning'],
        /^not proven: lz4-compressed data: no lz4 decoder could be loaded \(lz4-asm\)$/,
      ],
      [
        'an lz4 layer: peeled, then looked at',
        lz4,
        100,
        { ...level, codecs: { lz4: () => new PassThrough() } },
        undefined,
        undefined,
      ],
      [
        'an lz4 layer too deep to peel',
        lz4,
        100,
        { ...level, codecs: { lz4: () => new PassThrough() }, canPeel: false },
        ['critical', 'skipped'],
        /not a PostgreSQL backup: lz4-compressed data/,
      ],
      [
        'a JPEG',
        { container: 'unknown', compression: 'none', description: 'JPEG image' },
        100,
        level,
        ['critical', 'skipped'],
        /not a PostgreSQL backup: JPEG image/,
      ],
      ['a custom archive', custom, 100, level, undefined, undefined],
    ],
  )('%s', (_name, format, headBytes, opts, statuses, summary) => {
    const checks = headChecks(format, headBytes, opts);
    expect(checks?.map((c) => c.status)).toEqual(statuses);
    if (summary) expect(checks?.[0].summary).toMatch(summary);
    // What could not be read is "not proven" in the content check too, never a silent skip.
    if (statuses?.[1] === 'warning') expect(checks?.[1].summary).toMatch(/^not proven: /);
  });
});

describe('checksumCheck', () => {
  const sha = 'ab'.repeat(32);
  it.each<[string, { sha256: string; from: string } | undefined, string, RegExp]>([
    ['no expectation', undefined, 'skipped', /no manifest or \.sha256 sidecar/],
    ['a match (any case)', { sha256: sha.toUpperCase(), from: 'manifest' }, 'ok', /sha256 matches the manifest/],
    [
      'a mismatch',
      { sha256: 'cd'.repeat(32), from: '.sha256 sidecar' },
      'critical',
      /sha256 mismatch: the file hashes to abab.*the \.sha256 sidecar says cdcd/,
    ],
  ])('%s', (_name, expected, status, summary) => {
    const check = checksumCheck(sha, expected);
    expect(check.status).toBe(status);
    expect(check.summary).toMatch(summary);
  });
});
