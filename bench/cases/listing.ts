import { S3Client, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { backupKeyFor } from '../../src/backup/backup-key.js';
import { discoverBackups } from '../../src/discovery/discover.js';
import { MANIFEST_FORMAT, manifestKeyOf, sha256KeyOf } from '../../src/discovery/manifest.js';
import { openStore } from '../../src/stores/open-store.js';
import { expectReport, runCli } from '../lib/cli.js';
import type { BenchContext } from '../lib/context.js';
import { alternate, median, processCpuS, summarize, type Sample } from '../lib/measure.js';
import { s, type CaseResult } from '../lib/report.js';
import type { SeedObject } from '../lib/s3rver-child.js';

const BUCKET = 'listing';
const PREFIX = 'prod/';
const HOUR = 3_600_000;

/**
 * What create-backup leaves behind, hourly: `<db>_<stamp>.dump`, its `.sha256` and its
 * `.manifest.json`, newest an hour ago; a stray object or two fill up the exact count.
 */
export function layout(objects: number): { seed: SeedObject[]; backups: number } {
  const backups = Math.floor(objects / 3);
  const now = Date.now();
  const seed: SeedObject[] = [];
  for (let i = 0; i < backups; i++) {
    const time = new Date(now - (i + 1) * HOUR);
    const key = backupKeyFor('', 'app', time);
    const lastModified = time.toISOString();
    const sha256 = (i % 16).toString(16).repeat(64);
    seed.push({ key: PREFIX + key, bytes: 4096, lastModified });
    seed.push({ key: PREFIX + sha256KeyOf(key), text: `${sha256}  ${key}\n`, lastModified });
    const manifest = {
      format: MANIFEST_FORMAT,
      key,
      created_at: lastModified,
      sha256,
      size: 4096,
      server_version: '15',
      pg_dump_version: '15',
      database: 'app',
      tables: { 'public.t': { rows: i } },
    };
    seed.push({ key: PREFIX + manifestKeyOf(key), text: JSON.stringify(manifest), lastModified });
  }
  for (let i = seed.length; i < objects; i++) {
    seed.push({ key: `${PREFIX}notes-${i}.txt`, text: 'not a backup', lastModified: new Date(now).toISOString() });
  }
  return { seed, backups };
}

/** Case 7: newest-backup discovery over a 20,000-object prefix in s3rver. */
export async function caseListing(ctx: BenchContext): Promise<CaseResult> {
  const s3 = await ctx.s3();
  const n = ctx.scale.listingObjects;
  const { seed, backups } = layout(n);
  ctx.log(`case 7: seeding ${n.toLocaleString('en-US')} objects (${backups.toLocaleString('en-US')} backups with sidecars)`);
  await s3.request({ op: 'bucket', bucket: BUCKET });
  await s3.request({ op: 'seedMany', bucket: BUCKET, objects: seed });

  const env = { ...process.env, ...s3.env };
  const source = `s3://${BUCKET}/${PREFIX.slice(0, -1)}`;
  const cli = async (): Promise<Sample> => {
    const sample = await runCli(['verify', '--source', source, '--integrity', 'none', '--json', '--fail-on', 'critical', '--s3-force-path-style', 'true'], { env });
    const report = expectReport('lifeboat verify --integrity none', sample, ['store', 'exists']);
    const exists = report.checks.find((c) => c.id === 'exists') as { value?: number };
    if (exists.value !== backups) throw new Error(`verify found ${exists.value} backups, expected ${backups}`);
    return sample;
  };
  // `lifeboat list`: the whole table (every backup, sidecars, gaps, totals) from the same listing.
  const list = async (): Promise<Sample> => {
    const sample = await runCli(['list', '--source', source, '--format', 'json', '--s3-force-path-style'], { env });
    if (sample.exitCode !== 0) throw new Error(`lifeboat list exited ${sample.exitCode}: ${sample.stderr.slice(0, 500)}`);
    const listed = JSON.parse(sample.stdout) as { totals: { count: number } };
    if (listed.totals.count !== backups) throw new Error(`lifeboat list found ${listed.totals.count} backups, expected ${backups}`);
    return sample;
  };
  const store = openStore(source, { env, forcePathStyle: true });
  const discovery = async (): Promise<Sample> => {
    const t = process.hrtime.bigint();
    const found = await discoverBackups(store, { timezone: 'UTC' });
    if (found.length !== backups) throw new Error(`discoverBackups found ${found.length}, expected ${backups}`);
    return { wallS: Number(process.hrtime.bigint() - t) / 1e9, exitCode: 0, signal: null, stdout: '', stderr: '' };
  };
  const client = new S3Client({
    region: s3.env.AWS_REGION,
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.env.AWS_ACCESS_KEY_ID, secretAccessKey: s3.env.AWS_SECRET_ACCESS_KEY },
  });
  const raw = async (): Promise<Sample> => {
    const t = process.hrtime.bigint();
    let count = 0;
    for await (const page of paginateListObjectsV2({ client }, { Bucket: BUCKET, Prefix: PREFIX })) count += page.KeyCount ?? 0;
    if (count !== n) throw new Error(`ListObjectsV2 returned ${count} objects, expected ${n}`);
    return { wallS: Number(process.hrtime.bigint() - t) / 1e9, exitCode: 0, signal: null, stdout: '', stderr: '' };
  };

  const s3rverCpuS: Record<string, number[]> = { cli: [], list: [], discovery: [], raw: [] };
  const withS3rverCpu = (name: string, run: () => Promise<Sample>) => async () => {
    const before = processCpuS(s3.pid);
    const sample = await run();
    s3rverCpuS[name].push(processCpuS(s3.pid) - before);
    return sample;
  };
  const { warmup, runs } = ctx.scale.listing;
  try {
    const r = await alternate(
      {
        cli: withS3rverCpu('cli', cli),
        list: withS3rverCpu('list', list),
        discovery: withS3rverCpu('discovery', discovery),
        raw: withS3rverCpu('raw', raw),
      },
      { warmup, runs, log: ctx.log },
    );
    const serverS = median(s3rverCpuS.raw);
    const perS = (series: { wallS: number }) => `${Math.round(n / series.wallS).toLocaleString('en-US')} objects/s`;
    const row = (measure: string, series: { wallS: number }, target = 'report') => ({
      case: '7',
      measure,
      lifeboat: `${s(series.wallS)} (${perS(series)})`,
      baseline: '',
      ratio: '',
      target,
      met: '—',
    });
    return {
      id: '7',
      title: 'listing',
      rows: [
        { ...row(`listing: lifeboat verify --integrity none, ${n.toLocaleString('en-US')} objects in s3rver`, r.cli), baseline: `${s(r.raw.wallS)} (${perS(r.raw)}) raw ListObjectsV2`, ratio: (r.cli.wallS / r.raw.wallS).toFixed(2) },
        { ...row(`listing: lifeboat list --format json, ${n.toLocaleString('en-US')} objects in s3rver`, r.list), baseline: `${s(r.raw.wallS)} (${perS(r.raw)}) raw ListObjectsV2`, ratio: (r.list.wallS / r.raw.wallS).toFixed(2) },
        { ...row('  discoverBackups() in-process (no node start-up)', r.discovery), baseline: `${s(r.raw.wallS)}`, ratio: (r.discovery.wallS / r.raw.wallS).toFixed(2) },
      ],
      notes: [
        `${Math.ceil(n / 1000)} ListObjectsV2 pages; the raw listing is the same SDK paginating with nothing else to do, so the ratio is discovery's own cost. ` +
          `s3rver (own process) spent ${s(serverS)} CPU per listing (median): the server, not the client, sets this pace.`,
      ],
      data: { objects: n, backups, cli: r.cli, list: r.list, discovery: summarize(r.discovery.samples), raw: r.raw, s3rverCpuS },
    };
  } finally {
    client.destroy();
  }
}
