import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A small, complete plain-SQL pg_dump script: passes every integrity level. */
export const PLAIN_DUMP =
  '--\n-- PostgreSQL database dump\n--\n' + 'SELECT 1;\n'.repeat(200) + '--\n-- PostgreSQL database dump complete\n--\n';

/** `app_<time>.sql` backups taken `hoursAgo` before now, the time in their names. */
export async function writePlainBackups(dir: string, hoursAgo: number[], now = Date.now()): Promise<string[]> {
  const keys: string[] = [];
  for (const hours of hoursAgo) {
    const key = `app_${new Date(now - hours * 3600_000).toISOString().replace(/[:.]/g, '-')}.sql`;
    await writeFile(path.join(dir, key), PLAIN_DUMP);
    keys.push(key);
  }
  return keys;
}
