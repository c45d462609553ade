// Plain SQL through the one-pass reader: what proves a script whole (the closing comment, no COPY
// left open) and what it counts, fed in odd-sized chunks as a network stream splits it.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runIntegrityPass } from '../../src/bytes/integrity-pass.js';
import { silentLogger } from '../../src/util/logger.js';

async function pass(text: string, chunk = 7) {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const result = await runIntegrityPass(Readable.from(chunks), {
    level: 'full',
    pgRestore: async () => {
      throw new Error('plain SQL needs no pg_restore');
    },
    logger: silentLogger,
  });
  const get = (id: string) => result.checks.find((c) => c.id === id)!;
  return { result, archive: get('archive'), content: get('content') };
}

const dump = (body: string) =>
  `--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n${body}\n--\n-- PostgreSQL database dump complete\n--\n\n`;

describe('plain SQL scripts', () => {
  it('counts rows of each COPY block, quoted names and escaped tabs/newlines included', async () => {
    const { result, archive, content } = await pass(
      dump(
        'COPY public.items (id, name) FROM stdin;\n1\ta\\tb\n2\tc\\nd\n\\.\nCOPY "Sales"."Orders" (id) FROM stdin;\n1\n\\.\n',
      ),
    );
    expect(archive.status).toBe('ok');
    expect(content.status).toBe('ok');
    expect(content.summary).toMatch(/^script is complete: 2 COPY blocks, 3 rows/);
    expect(Object.fromEntries((result.tables ?? []).map((t) => [t.name, t.rows]))).toEqual({
      'public.items': 2,
      'Sales.Orders': 1,
    });
  });

  it('a script cut inside COPY names the table and the rows read', async () => {
    const { content } = await pass(
      '--\n-- PostgreSQL database dump\n--\nCOPY public.items (id) FROM stdin;\n1\n2\n3\n',
    );
    expect(content.status).toBe('critical');
    expect(content.summary).toBe('data for public.items ends after 3 rows: archive truncated');
  });

  it('a closing comment followed by more SQL is not complete', async () => {
    const { content } = await pass(`${dump('')}CREATE TABLE t (id int);\n`);
    expect(content.status).toBe('critical');
    expect(content.summary).toMatch(/does not end with "-- PostgreSQL database dump complete": archive truncated/);
  });

  it('pg_dump 17.6+ trailers after the closing comment are allowed', async () => {
    const { content } = await pass(`${dump('')}\\unrestrict abc123\n\n`);
    expect(content.status).toBe('ok');
  });

  it('SQL without a pg_dump header is not taken for a dump, nor failed for lacking its ending', async () => {
    const { archive, content } = await pass('CREATE TABLE t (id int);\n');
    expect(archive.status).toBe('warning');
    expect(archive.summary).toMatch(/no pg_dump header/);
    expect(content.status).toBe('warning');
    expect(content.summary).toMatch(/cannot prove it is whole/);
  });
});
