import type { DiscoveredBackup } from '../discovery/discover.js';
import { lifeboatSeriesOf } from './backup-key.js';

/**
 * Backups create-backup started but did not finish: its manifest is written last, so a Lifeboat
 * backup without a usable manifest is incomplete, however intact its bytes look.
 *
 * The name alone (`<db>_<YYYY-MM-DDTHH-MM-SS-mmmZ>.dump`) is not proof: it is what
 * `new Date().toISOString()` with `:`/`.` replaced gives any script, often with a `.sha256` next to
 * it. Proof is another backup of the same series (same prefix and database) that has its Lifeboat
 * manifest. So the first backup ever made into a store, if it failed, is not caught; every later one is.
 */
export function findIncompleteBackups(backups: DiscoveredBackup[]): Set<string> {
  const ours = new Set<string>();
  for (const b of backups) {
    const series = lifeboatSeriesOf(b.key);
    if (series !== undefined && b.sidecars.manifest !== undefined && b.manifestError === undefined) ours.add(series);
  }
  const incomplete = new Set<string>();
  for (const b of backups) {
    const series = lifeboatSeriesOf(b.key);
    if (series === undefined || !ours.has(series)) continue;
    if (b.sidecars.manifest === undefined || b.manifestError !== undefined) incomplete.add(b.key);
  }
  return incomplete;
}
