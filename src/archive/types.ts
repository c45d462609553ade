/** Compression of data blocks, as the archive header names it (PG_COMPRESSION_* order). */
export type Compression = 'none' | 'gzip' | 'lz4' | 'zstd';

/**
 * What pg_dump wrote: an archive pg_restore reads (custom, tar, or a directory, which Lifeboat
 * also reads tarred) or a plain SQL script for psql. The one name for this everywhere.
 */
export type Container = 'custom' | 'tar' | 'directory' | 'plain';

export interface ArchiveHeader {
  /** Archive format version, e.g. "1.14" (absent for plain SQL). */
  version?: string;
  format: Exclude<Container, 'directory'>;
  compression: Compression;
  /** Compression level for archives before 1.15 (which stored a level, not an algorithm). */
  compressionLevel?: number;
  dbname?: string;
  serverVersion?: string;
  dumpVersion?: string;
  /** Creation time as pg_dump recorded it (local wall-clock fields, rendered without a zone). */
  created?: string;
  intSize?: number;
  offSize?: number;
  /** Plain SQL: the script opens with pg_dump's (or pg_dumpall's) header comment. */
  scriptHeader?: boolean;
}

export type Section = 'none' | 'pre-data' | 'data' | 'post-data' | 'unknown';

export interface TocEntry {
  dumpId: number;
  hadDumper: boolean;
  tableoid: string;
  oid: string;
  tag: string;
  desc: string;
  section: Section;
  defn: string | null;
  dropStmt: string | null;
  copyStmt: string | null;
  namespace: string | null;
  tablespace: string | null;
  tableam: string | null;
  /** pg_class.relkind as a character, archives ≥ 1.16 only. */
  relkind: string | null;
  owner: string | null;
  dependencies: number[];
  /** Custom format: where the data block starts, when pg_dump could seek back to record it. */
  dataOffset?: number;
  /** Custom format: 'set' | 'not-set' | 'none' (K_OFFSET_*); tar: whether a data member is named. */
  dataState: 'set' | 'not-set' | 'none';
  /** Tar format: the member holding this entry's data. */
  filename?: string;
}

export type ProblemKind = 'truncated' | 'corrupt' | 'unsupported';

export interface Problem {
  /** "public.items" for table data, "large objects" for blob blocks, absent for archive-level problems. */
  entry?: string;
  kind: ProblemKind;
  message: string;
}

export interface TableRows {
  /** "schema.table", unquoted. */
  name: string;
  rows: number;
}

export interface ArchiveReport {
  header: ArchiveHeader;
  toc: TocEntry[];
  tables: TableRows[];
  /** Large objects whose data was read. */
  blobs: number;
  /** Non-empty means the archive is corrupt, truncated or not readable by this reader. */
  problems: Problem[];
  /** Data that was not checked because no codec is available (e.g. lz4 on this runtime); never a failure by itself. */
  skipped: string[];
  /** Bytes read from the input (compressed size on disk). */
  bytes: number;
}

export interface ReadArchiveOptions {
  /** Check each COPY row's field count against the column list of the COPY statement (default true). */
  checkFields?: boolean;
  /**
   * Threads that inflate gzip blocks; 0 = zlib streams only. Default: up to 2 threads, for blocks
   * of 4 MiB and more (block-decoders.ts); a number given sends every gzip block to them.
   */
  workers?: number;
  /** Bytes of the archive, when known: sizes the data blocks whose offsets the TOC does not record. */
  size?: number;
  /** Stop recording problems after this many (a badly damaged archive could otherwise produce millions). */
  maxProblems?: number;
}
