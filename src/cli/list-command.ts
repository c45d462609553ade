import { findIncompleteBackups } from '../backup/incomplete.js';
import { describeBackups, listBackups, type BackupListingReport } from '../discovery/list-backups.js';
import { renderListingText } from '../report/render-listing.js';
import { discovery } from '../settings/discovery.js';
import { zBoolean, zDuration, zEnum } from '../settings/options.js';
import { outputFormatOf } from '../settings/publication.js';
import { composeSettings, settingsGroup } from '../settings/settings-group.js';
import { openStore } from '../stores/open-store.js';
import type { ListingStore } from '../stores/store.js';
import { silentLogger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import { terminalOf, type CliContext } from './context.js';
import { parseFlags } from './flags.js';

export const listSettings = composeSettings(
  discovery('Where the backups live: a folder path, file:///path, s3://bucket/prefix or a railway:// URL.'),
  settingsGroup(
    {
      gap: { description: 'Mark an interval between two backups longer than this as a gap.', default: '25h' },
      format: { description: 'Output on stdout: text or json.', default: 'text' },
      json: { description: 'Same as --format json.', boolean: true },
    },
    { gap: zDuration(), format: zEnum(['text', 'json'] as const), json: zBoolean() },
    (v) => ({ gapSeconds: v.gap, format: outputFormatOf(v) }),
  ),
);

export const listOptions = listSettings.options;

/**
 * `lifeboat list`: every backup of a store, newest first, from the listing alone (no backup is
 * read), with gaps and totals. Exit 0, or 2 when the store cannot be listed.
 */
export async function listCommand(argv: string[], ctx: CliContext): Promise<number> {
  const raw = parseFlags('list', listOptions, argv, ctx.env);
  const settings = listSettings.parse(raw);
  const store = openStore(settings.source, { env: ctx.env, forcePathStyle: settings.s3ForcePathStyle });
  const described = await listStore(store, { ...settings, now: new Date() });
  if ('error' in described) {
    ctx.stderr.write(`lifeboat list: ${redactSecrets(described.error)}\n`);
    return 2;
  }
  ctx.stdout.write(
    settings.format === 'json'
      ? `${redactSecrets(JSON.stringify(described, null, 2))}\n`
      : `${renderListingText(described, terminalOf(ctx))}\n`,
  );
  return 0;
}

/**
 * The listing of one store: names, sizes and times from the store's listing, sidecars paired,
 * manifests read for their times; no backup body is read (headers only to tell databases apart
 * under `database`, 16 KiB ranged reads).
 */
export async function listStore(
  store: ListingStore,
  opts: { timezone: string; database?: string; gapSeconds: number; now: Date },
): Promise<BackupListingReport | { error: string }> {
  const listing = await listBackups(
    store,
    { timezone: opts.timezone, database: opts.database, readHeaders: 0 },
    silentLogger,
  );
  if (!listing.backups) return { error: listing.check.summary };
  return describeBackups(store.displayUrl, listing.backups, {
    now: opts.now,
    gapSeconds: opts.gapSeconds,
    incomplete: findIncompleteBackups(listing.backups),
  });
}
