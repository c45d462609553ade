import { withClient, withDatabase } from '../../src/postgres/client.js';

/**
 * md5 of every row of every table of every database of the server but `except`, plus each database's
 * own settings, comment and ACL and the list of roles: what "touched nothing" is measured against.
 */
export async function serverChecksums(serverUrl: string, except: string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const databases = await withClient(serverUrl, async (c) => {
    const { rows } = await c.query<{ datname: string; meta: string }>(
      `SELECT d.datname, md5(concat_ws('|', d.datacl::text, shobj_description(d.oid, 'pg_database'),
              (SELECT string_agg(array_to_string(s.setconfig, ','), ';') FROM pg_db_role_setting s WHERE s.setdatabase = d.oid))) AS meta
       FROM pg_database d WHERE d.datallowconn ORDER BY 1`,
    );
    const roles = await c.query<{ r: string }>("SELECT string_agg(rolname, ',' ORDER BY rolname) AS r FROM pg_roles");
    out['(roles)'] = roles.rows[0].r;
    return rows;
  });
  for (const { datname, meta } of databases) {
    out[`${datname} (database)`] = meta;
    if (except.includes(datname)) continue;
    await withClient(withDatabase(serverUrl, datname), async (c) => {
      const { rows } = await c.query<{ s: string; t: string }>(
        `SELECT n.nspname AS s, c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
           AND n.nspname NOT LIKE 'pg\\_toast%' ORDER BY 1, 2`,
      );
      for (const { s, t } of rows) {
        const q = `${c.escapeIdentifier(s)}.${c.escapeIdentifier(t)}`;
        const r = await c.query<{ h: string }>(
          `SELECT md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM ${q} x`,
        );
        out[`${datname}/${s}.${t}`] = r.rows[0].h;
      }
    });
  }
  return out;
}
