import type { DiscoveredBackup } from '../discovery/discover.js';
import { lifeboatSeriesOf } from './backup-key.js';

/**
 * Backups create-backup started but did not finish: its manifest is written last, so a Lifeboat
 * backup without a usable manifest is incomplete, however intact its bytes look.
 *
 * The name alone (`<db>_<YYYY-MM-DDTHH-MM-SS-mmmZ>.dump`) is not proof: it is what
 * `new Date().toISOString()` with `:`/`.` replaced gives any script. Proof is either a `.sha256`
 * sidecar next to it (create-backup writes dump, then sidecar, then manifest: a sidecar without a
 * manifest is a run that stopped in between, even when it is the store's only backup), or another
 * backup of the same series (same prefix and database) that has its Lifeboat manifest.
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
    if (series === undefined) continue;
    if (!ours.has(series) && b.sidecars.sha256 === undefined) continue;
    if (b.sidecars.manifest === undefined || b.manifestError !== undefined) incomplete.add(b.key);
  }
  return incomplete;
}
