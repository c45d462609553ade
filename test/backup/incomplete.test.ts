import { describe, expect, it } from 'vitest';
import { findIncompleteBackups } from '../../src/backup/incomplete.js';
import type { DiscoveredBackup } from '../../src/discovery/discover.js';
import { timeFromName } from '../../src/discovery/backup-time.js';

describe('findIncompleteBackups', () => {
  const b = (key: string, sidecars: DiscoveredBackup['sidecars']): DiscoveredBackup => ({
    key,
    size: 10,
    lastModified: new Date(),
    time: timeFromName(key) ?? new Date(),
    timeSource: 'name',
    sidecars,
  });

  it('flags a Lifeboat backup without a manifest when its series has completed Lifeboat backups', () => {
    const good = b('app_2025-01-01T02-00-00-000Z.dump', { manifest: 'm', sha256: 's' });
    const orphan = b('app_2025-01-02T02-00-00-000Z.dump', {});
    const halfDone = b('app_2025-01-03T02-00-00-000Z.dump', { sha256: 's' });
    const broken = { ...b('app_2025-01-04T02-00-00-000Z.dump', { manifest: 'm' }), manifestError: 'malformed' };
    const foreign = b('app_2025-01-05T02:00:00.dump', {});
    expect([...findIncompleteBackups([good, orphan, halfDone, broken, foreign])].sort()).toEqual(
      [orphan.key, halfDone.key, broken.key].sort(),
    );
  });

  it('a Lifeboat-named backup with a .sha256 but no manifest is incomplete, even alone in its series', () => {
    const halfDone = b('inventory_2025-01-02T02-00-00-000Z.dump', { sha256: 's' });
    expect([...findIncompleteBackups([halfDone])]).toEqual([halfDone.key]);
  });

  it('leaves look-alikes alone: a bare toISOString-named dump, or another shape with its own .sha256', () => {
    const bare = b('inventory_2025-01-02T02-00-00-000Z.dump', {});
    const otherShape = b('inventory-2025-01-02T02-00-00-000Z.dump', { sha256: 's' });
    expect(findIncompleteBackups([bare, otherShape]).size).toBe(0);
    // Lifeboat backups of another database or prefix are no evidence about this series.
    const otherSeries = b('prod/inventory_2025-01-01T02-00-00-000Z.dump', { manifest: 'm' });
    const otherDb = b('billing_2025-01-01T02-00-00-000Z.dump', { manifest: 'm' });
    expect(findIncompleteBackups([bare, otherShape, otherSeries, otherDb]).size).toBe(0);
  });
});
