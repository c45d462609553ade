import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ReadableStore } from '../../src/stores/store.js';
import { silentLogger } from '../../src/util/logger.js';
import { runVerify } from '../../src/verify/run-verify.js';
import { parseVerifySettings } from '../../src/verify/verify-settings.js';

/** A store whose object stream breaks after the first chunk, as a reset S3 connection does. */
const breakingStore: ReadableStore = {
  displayUrl: 's3://flaky/db/',
  kind: 's3',
  async *list() {
    yield { key: 'app_2026-11-25T10-00-00Z.sql', size: 1_000_000, lastModified: new Date('2026-11-25T10:00:00Z') };
  },
  async read() {
    let sent = false;
    return new Readable({
      read() {
        if (sent) return;
        sent = true;
        this.push(Buffer.from('--\n-- PostgreSQL database dump\n--\n'));
        setImmediate(() => this.destroy(new Error('read ECONNRESET')));
      },
    });
  },
  async readText() {
    throw new Error('no sidecars');
  },
};

describe('a backup that cannot be read to the end', () => {
  it('is a critical archive check naming the cause, not a crash', async () => {
    const { report } = await runVerify(parseVerifySettings({ source: 's3://flaky/db' }), {
      store: breakingStore,
      logger: silentLogger,
      now: () => new Date('2026-11-25T12:00:00Z'),
      pgRestore: async () => undefined,
    });
    const archive = report.checks.find((c) => c.id === 'archive');
    expect(archive?.status).toBe('critical');
    expect(archive?.summary).toBe('cannot read app_2026-11-25T10-00-00Z.sql: read ECONNRESET');
    expect(report.status).toBe('critical');
  });
});
