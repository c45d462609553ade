import path from 'node:path';

/** The backup every database of the fleet tests holds: a real pg_dump 17.2 custom archive. */
export const FLEET_DUMP = path.resolve(import.meta.dirname, '../fixtures/fleet/v17-custom-gzip.dump');

/** `<db>_<UTC time>.dump`, taken `hours` ago: the database and the time are in the name. */
export function keyAged(db: string, hours: number): string {
  const stamp = new Date(Date.now() - hours * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return `${db}_${stamp.replace(/:/g, '-')}.dump`;
}
