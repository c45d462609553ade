/** Where a backup's time came from: its manifest, a date in its name, or the store's last-modified time. */
export type TimeSource = 'manifest' | 'name' | 'last-modified';

/** What a backup's name says it is; `lifeboat list` never reads a body, so the name is all it has. */
export interface NamedFormat {
  container?: 'custom' | 'tar' | 'plain';
  compression?: string;
  encryption?: string;
}

export interface ListedBackup {
  key: string;
  time: string;
  time_source: TimeSource;
  age_seconds: number;
  size: number;
  format: NamedFormat;
  sidecars: { manifest: boolean; sha256: boolean };
  /** A Lifeboat backup whose manifest is missing: create-backup did not finish it. */
  incomplete?: boolean;
  /** Seconds since the next older backup, when there is one. */
  interval_seconds?: number;
}

export interface ListingGap {
  /** The backup before the gap (older) and after it (newer). */
  from: string;
  to: string;
  seconds: number;
  days_without_backup: string[];
}

export interface BackupListingReport {
  schema: 'lifeboat-list/1';
  source: string;
  generated_at: string;
  /** An interval between two backups longer than this is a gap. */
  gap_threshold_seconds: number;
  backups: ListedBackup[];
  gaps: ListingGap[];
  totals: {
    count: number;
    size: number;
    newest?: string;
    oldest?: string;
    largest_interval_seconds?: number;
  };
}
