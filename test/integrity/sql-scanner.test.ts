import { describe, expect, it } from 'vitest';
import { SqlScanner } from '../../src/integrity/sql-scanner.js';

async function scan(text: string, chunk = 7) {
  const scanner = new SqlScanner();
  const bytes = Buffer.from(text);
  // Odd chunk sizes split lines (and COPY terminators) across writes, as a network stream does.
  for (let i = 0; i < bytes.length; i += chunk) scanner.write(bytes.subarray(i, i + chunk));
  await new Promise<void>((resolve) => scanner.end(resolve));
  return scanner.result();
}

const dump = (body: string) =>
  `--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n${body}\n--\n-- PostgreSQL database dump complete\n--\n\n`;

describe('SqlScanner', () => {
  it('counts rows of each COPY block, quoted names included', async () => {
    const r = await scan(
      dump(
        'COPY public.items (id, name) FROM stdin;\n1\ta\\tb\n2\tc\\nd\n\\.\nCOPY "Sales"."Orders" (id) FROM stdin;\n1\n\\.\n',
      ),
    );
    expect(r.looksLikeDump).toBe(true);
    expect(r.complete).toBe(true);
    expect(Object.fromEntries(r.tables)).toEqual({ 'public.items': 2, 'Sales.Orders': 1 });
  });

  it('a script cut inside COPY names the table and rows read', async () => {
    const r = await scan('--\n-- PostgreSQL database dump\n--\nCOPY public.items (id) FROM stdin;\n1\n2\n3\n');
    expect(r.complete).toBe(false);
    expect(r.openCopy).toEqual({ table: 'public.items', rows: 3 });
  });

  it('a closing comment followed by more SQL is not complete (pg_dumpall between databases)', async () => {
    const r = await scan(dump('') + 'CREATE TABLE t (id int);\n');
    expect(r.complete).toBe(false);
  });

  it('pg_dump 17.6+ trailers after the closing comment are allowed', async () => {
    const r = await scan(dump('') + '\\unrestrict abc123\n\n');
    expect(r.complete).toBe(true);
  });

  it('SQL without a pg_dump header is not taken for a dump', async () => {
    const r = await scan('CREATE TABLE t (id int);\n');
    expect(r.looksLikeDump).toBe(false);
  });
});
