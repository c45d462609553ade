import type { ClientToolInfo, PostgresBinaries } from '../../src/postgres/binaries.js';
import type { EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import type { Scale } from './config.js';
import type { Database, Fixture } from './fixtures.js';
import type { Series } from './measure.js';
import type { S3rverProcess } from './s3rver-process.js';

export interface BenchContext {
  scale: Scale;
  /** Scratch space for this run; removed at the end. */
  work: string;
  log: (line: string) => void;
  pgDump: ClientToolInfo;
  pgRestore: ClientToolInfo;
  /** initdb, pg_ctl, psql for the hand-written drill baseline. */
  server: PostgresBinaries;
  source: EphemeralCluster;
  base: Database;
  large: Database;
  /** The dumps the chosen cases need (run.ts makes only those). */
  fixtures: { base: Fixture; large: Fixture; baseUncompressed?: Fixture; few?: Fixture; many?: Fixture; giant?: Fixture };
  /** Commands of dist/cli/index.js. */
  commands: Set<string>;
  s3(): Promise<S3rverProcess>;
  /** Measurements one case makes and another (memory) reads. */
  shared: { verifyLarge?: Series; backupBase?: Series; verifyLargeProbe?: Probe; verifyBaseProbe?: Probe };
}

/** What cpu-probe.mjs records about a profiled node process. */
export interface Probe {
  selfUserS: number;
  selfSysS: number;
  childrenUserS: number;
  childrenSysS: number;
  selfPeakRssKiB: number;
  heapUsedKiB: number;
  externalKiB: number;
  arrayBuffersKiB: number;
  /** CPU seconds: `main`, and `other threads` (libuv's pool: zlib, fs; V8's helpers), live threads only. */
  threads: Record<string, number>;
}
