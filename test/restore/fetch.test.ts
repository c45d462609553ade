import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';

describe('runIntegrityPass tee / LocalCopy', () => {
  it('the local copy holds exactly the bytes hashed, gunzipped when the stream is gzip', async () => {
    const { runIntegrityPass } = await import('../../src/integrity/integrity-pass.js');
    const { LocalCopy } = await import('../../src/restore/fetch.js');
    const { silentLogger } = await import('../../src/util/logger.js');
    const { gzipSync } = await import('node:zlib');
    const { createHash } = await import('node:crypto');
    const os = await import('node:os');
    const { mkdtemp, rm } = await import('node:fs/promises');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lifeboat-tee-'));
    const text = Buffer.from('-- PostgreSQL database dump\n'.repeat(50_000));
    const gz = gzipSync(text);
    const chunks = Array.from({ length: Math.ceil(gz.length / 1000) }, (_, i) => gz.subarray(i * 1000, (i + 1) * 1000));
    const copy = new LocalCopy(path.join(dir, 'copy'));
    const result = await runIntegrityPass(Readable.from(chunks), {
      level: 'checksum',
      pgRestore: async () => undefined,
      logger: silentLogger,
      tee: copy,
    });
    expect(result.sha256).toBe(createHash('sha256').update(gz).digest('hex'));
    expect(copy.gzipped).toBe(true);
    expect((await readFile(path.join(dir, 'copy'))).equals(text)).toBe(true);
    await rm(dir, { recursive: true, force: true });
  });
});
