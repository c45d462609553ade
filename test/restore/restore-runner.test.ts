import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { rolesFromStream } from '../../src/restore/restore-runner.js';

describe('roles referenced by a schema script', () => {
  it('owners, grants, revokes and policies; not PUBLIC, predefined roles or COPY data', async () => {
    const sql = [
      'ALTER TABLE public.t OWNER TO app_owner;',
      'GRANT SELECT ON TABLE public.t TO reader, "Mixed Case";',
      'REVOKE ALL ON SCHEMA public FROM PUBLIC;',
      'GRANT pg_read_all_data TO auditor;',
      'CREATE POLICY p ON public.t FOR SELECT TO tenant_reader USING ((tenant_id = 1));',
      'COPY public.t (a) FROM stdin;',
      'GRANT x TO not_a_role;',
      '\\.',
      '-- GRANT SELECT ON t TO commented_out;',
    ].join('\n');
    expect(await rolesFromStream(Readable.from([sql]))).toEqual([
      'app_owner',
      'reader',
      'Mixed Case',
      'auditor',
      'tenant_reader',
    ]);
  });
});
