import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, loadSampleDatabase } from '../../src/demo/sample-database.js';
import { drill } from '../../src/drill/drill.js';
import { parseDrillSettings } from '../../src/drill/drill-settings.js';
import type { EphemeralCluster } from '../../src/postgres/ephemeral-cluster.js';
import { memoryLogger } from '../../src/util/logger.js';
import { LAYOUTS, layoutSeries, makeSampleDumps, type SampleDumps } from '../support/layouts.js';
import { sharedCluster } from '../support/postgres.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';

let cluster: EphemeralCluster;
let s3: RunningS3rver;
let dumps: SampleDumps;
let sourceCounts: Record<string, number>;

beforeAll(async () => {
  cluster = await sharedCluster();
  const url = await createDatabase(cluster.url(), 'shop');
  ({ tables: sourceCounts } = await loadSampleDatabase(url));
  dumps = await makeSampleDumps(url, 'shop');
  s3 = await startS3rver();
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
  await s3?.stop();
});

// pg_dumpall scripts recreate roles and databases: restoring one is a cluster restore, not a drill
// into one database (the drill refuses it with psql's first error; see the README).
const drillable = LAYOUTS.filter((l) => l.id !== 'schickling-all');

describe.each(drillable.map((l) => [l.id, l] as const))('the drill restores %s backups', (id, layout) => {
  it(`${layout.tool}: newest backup restored with every table at the source's count`, async () => {
    const bucket = `drill-${id}`;
    await s3.bucket(bucket);
    const series = layoutSeries(layout, dumps);
    for (const o of series.objects) await s3.put(bucket, `p/${o.key}`, o.body, o.lastModified);
    const settings = parseDrillSettings({ source: `s3://${bucket}/p`, ...layout.inputs });
    const { report } = await drill(settings, { env: s3.env, logger: memoryLogger() });
    expect(report.backup?.key).toBe(series.newestKey);
    const failing = report.checks.filter((c) => !['ok', 'skipped'].includes(c.status));
    expect(failing).toEqual([]);
    const restored = Object.fromEntries((report.tables ?? []).map((t) => [t.name, t.rows]));
    for (const [table, rows] of Object.entries(sourceCounts)) expect(restored[table], table).toBe(rows);
  });
});

describe('Railway volume backups', () => {
  it('a drill on railway:// fails fast, saying why and what to do instead', async () => {
    const settings = parseDrillSettings({ source: 'railway://volume/0b6e5a7c-1111-4222-8333-944445555666' });
    const started = Date.now();
    const attempt = drill(settings, { env: { RAILWAY_API_TOKEN: 'rw-token-planted' }, logger: memoryLogger() });
    await expect(attempt).rejects.toThrow(/cannot use railway:\/\/.*snapshot.*create-backup/s);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
