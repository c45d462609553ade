import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
/**
 * The bundles under test. run.ts points this at a copy of dist/ taken at the start: other people
 * rebuild dist/ while the bench runs, and a bundle must not change (or vanish) between two runs.
 */
export const DIST = { dir: path.join(REPO, 'dist') };
export const cliPath = () => path.join(DIST.dir, 'cli', 'index.js');

/**
 * `large` is the 4× data set: its default-compression custom dump is the ≥ 250 MB file the verify
 * cases read. `base` is the 1× data set (a quarter of `large`): create-backup and the drill run on
 * it, because each of their runs costs a full pg_dump or restore and they run eight times or more.
 */
export interface Scale {
  name: 'small' | 'medium' | 'full' | 'large';
  ledgerRows: { base: number; large: number };
  /**
   * The shape cases: rows per table of the few-tables dump (3 tables, the 44 MB case at
   * full scale), the many-small-tables dump (the same rows spread thin), and the ≥ 1 GB dump
   * (opt-in: scale `large`, or `--only 8`).
   */
  shapes: { fewRows: number; manyTables: number; manyRows: number; giantRows: number };
  tenants: number;
  usersPerTenant: number;
  itemsPerTenant: number;
  /** The dump of `large` must reach this, or the run says so. */
  minLargeDumpBytes: number;
  listingObjects: number;
  /** Each listing run costs as much as s3rver takes to page through every object. */
  listing: { warmup: number; runs: number };
  /** Cases costing seconds per run (verify, listing). */
  cheap: { warmup: number; runs: number };
  /** Cases costing a pg_dump or a restore per run. */
  heavy: { warmup: number; runs: number };
  startup: { warmup: number; runs: number };
  /** Rounds of case 4 (default: heavy.runs). */
  drillRuns?: number;
  /** Tuned vs default cluster: restore-only runs per variant. */
  tuningRuns: number;
}

// The ledger is what scales: ~10 bytes per row in a default-compression custom dump (measured on
// PostgreSQL 15), so 26M rows clear 250 MB with a margin.
const SCALES: Record<Exclude<Scale['name'], 'large'>, Scale> = {
  small: {
    name: 'small',
    ledgerRows: { base: 100_000, large: 400_000 },
    shapes: { fewRows: 50_000, manyTables: 50, manyRows: 3_000, giantRows: 500_000 },
    tenants: 20,
    usersPerTenant: 50,
    itemsPerTenant: 1000,
    minLargeDumpBytes: 0,
    listingObjects: 2_000,
    listing: { warmup: 1, runs: 3 },
    cheap: { warmup: 1, runs: 3 },
    heavy: { warmup: 1, runs: 2 },
    startup: { warmup: 1, runs: 5 },
    tuningRuns: 1,
  },
  medium: {
    name: 'medium',
    ledgerRows: { base: 1_000_000, large: 4_000_000 },
    shapes: { fewRows: 500_000, manyTables: 500, manyRows: 3_000, giantRows: 4_000_000 },
    tenants: 20,
    usersPerTenant: 50,
    itemsPerTenant: 1000,
    minLargeDumpBytes: 0,
    listingObjects: 20_000,
    listing: { warmup: 0, runs: 3 },
    cheap: { warmup: 1, runs: 3 },
    heavy: { warmup: 1, runs: 3 },
    startup: { warmup: 2, runs: 10 },
    tuningRuns: 2,
  },
  full: {
    name: 'full',
    ledgerRows: { base: 6_500_000, large: 26_000_000 },
    // 3 × 500k rows ≈ 44 MB, 500 × 3,000 rows the same rows spread thin, 3 × 13M rows ≈ 1.1 GB.
    shapes: { fewRows: 500_000, manyTables: 500, manyRows: 3_000, giantRows: 13_000_000 },
    tenants: 20,
    usersPerTenant: 50,
    itemsPerTenant: 1000,
    minLargeDumpBytes: 250_000_000,
    listingObjects: 20_000,
    listing: { warmup: 0, runs: 3 },
    cheap: { warmup: 1, runs: 4 },
    heavy: { warmup: 1, runs: 3 },
    // A restore swings ±50% with the neighbours' load: more rounds for a median worth reading.
    drillRuns: 5,
    startup: { warmup: 2, runs: 15 },
    tuningRuns: 2,
  },
};
// `large`: everything `full` runs plus the ≥ 1 GB case (about 10 more minutes to load and dump).
const ALL_SCALES: Record<Scale['name'], Scale> = { ...SCALES, large: { ...SCALES.full, name: 'large' } };

/** `--scale NAME` or LIFEBOAT_BENCH_SCALE (default full; `large` adds the ≥ 1 GB case); LIFEBOAT_BENCH_RUNS overrides every run count. */
export function resolveScale(argv: string[], env: NodeJS.ProcessEnv): Scale {
  const flag = argv.indexOf('--scale');
  const name = (flag >= 0 ? argv[flag + 1] : env.LIFEBOAT_BENCH_SCALE) ?? 'full';
  if (!(name in ALL_SCALES)) {
    throw new Error(`Unknown bench scale "${name}": expected ${Object.keys(ALL_SCALES).join(', ')}`);
  }
  const scale = structuredClone(ALL_SCALES[name as Scale['name']]);
  const runs = env.LIFEBOAT_BENCH_RUNS ? Number(env.LIFEBOAT_BENCH_RUNS) : undefined;
  if (runs !== undefined) {
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`LIFEBOAT_BENCH_RUNS=${env.LIFEBOAT_BENCH_RUNS}: expected a whole number >= 1`);
    scale.cheap.runs = scale.heavy.runs = scale.listing.runs = runs;
    scale.startup.runs = Math.max(runs, 3);
    scale.tuningRuns = runs;
    scale.drillRuns = runs;
  }
  return scale;
}

/** Only the cases named in --only / LIFEBOAT_BENCH_ONLY (comma-separated ids), for working on one. */
export function selectedCases(argv: string[], env: NodeJS.ProcessEnv): Set<string> | undefined {
  const flag = argv.indexOf('--only');
  const list = flag >= 0 ? argv[flag + 1] : env.LIFEBOAT_BENCH_ONLY;
  return list ? new Set(list.split(',').map((s) => s.trim())) : undefined;
}
