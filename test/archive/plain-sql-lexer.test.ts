import { describe, expect, it } from 'vitest';
import { PlainSqlLexer, tokenize, type PlainSqlItem, type Statement } from '../../src/archive/plain-sql-lexer.js';
import { mulberry32 } from '../support/seeded-random.js';

function lex(input: string | Buffer, splits: number[] = []): PlainSqlItem[] {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const lexer = new PlainSqlLexer();
  const items: PlainSqlItem[] = [];
  let at = 0;
  for (const s of [...splits].sort((a, b) => a - b)) {
    items.push(...lexer.push(bytes.subarray(at, s)));
    at = s;
  }
  items.push(...lexer.push(bytes.subarray(at)));
  items.push(...lexer.end());
  return items;
}

function statements(items: PlainSqlItem[]): string[] {
  return items.filter((i): i is Statement => i.kind === 'statement').map((s) => s.sql);
}

/** Items with adjacent COPY data merged: data slices depend on where chunks end, nothing else does. */
function normalized(items: PlainSqlItem[]): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    const last = out.at(-1) as { kind: string; raw: string } | undefined;
    if (item.kind === 'copy-data') {
      if (last?.kind === 'copy-data') last.raw += item.raw;
      else out.push({ kind: 'copy-data', raw: item.raw });
    } else out.push(item);
  }
  return out;
}

const TRICKY = `--
-- PostgreSQL database dump
--
\\restrict AbCdEf123

SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
COMMENT ON TABLE public.t IS 'line one;
\\connect prod
DROP DATABASE prod;
COPY public.x FROM stdin;
GRANT ALL ON t TO nobody;';
COMMENT ON COLUMN public.t.c IS E'it\\'s; \\\\connect prod; ''quoted''';
CREATE FUNCTION public.f() RETURNS text LANGUAGE plpgsql AS $fn$
BEGIN
  -- DROP DATABASE prod;
  RETURN $$;$$ || 'x;';
END;
$fn$;
/* a /* nested ; */ comment; DROP DATABASE prod; */
CREATE TABLE "weird;name" ("col""umn;" integer, "ü" text);
CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql
BEGIN ATOMIC
  SELECT 1;
  SELECT CASE WHEN true THEN 2 END;
END;
SELECT a$b$ FROM (SELECT 1 AS a$b$) s; SELECT $1;
COPY public.x (a, "b;c") FROM stdin;
1	DROP DATABASE prod;
\\N	\\connect prod
\\.
\\connect scratch
SELECT 'ü€😀';
\\unrestrict AbCdEf123

--
-- PostgreSQL database dump complete
--
`;

describe('PlainSqlLexer', () => {
  it('splits top-level statements, never inside strings, comments, dollar quotes or COPY data', () => {
    const items = lex(TRICKY);
    expect(statements(items)).toEqual([
      'SET standard_conforming_strings = on;',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      "COMMENT ON TABLE public.t IS 'line one;\n\\connect prod\nDROP DATABASE prod;\nCOPY public.x FROM stdin;\nGRANT ALL ON t TO nobody;';",
      "COMMENT ON COLUMN public.t.c IS E'it\\'s; \\\\connect prod; ''quoted''';",
      "CREATE FUNCTION public.f() RETURNS text LANGUAGE plpgsql AS $fn$\nBEGIN\n  -- DROP DATABASE prod;\n  RETURN $$;$$ || 'x;';\nEND;\n$fn$;",
      'CREATE TABLE "weird;name" ("col""umn;" integer, "ü" text);',
      'CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT CASE WHEN true THEN 2 END;\nEND;',
      'SELECT a$b$ FROM (SELECT 1 AS a$b$) s;',
      'SELECT $1;',
      'COPY public.x (a, "b;c") FROM stdin;',
      "SELECT 'ü€😀';",
    ]);
    const metas = items.filter((i) => i.kind === 'meta');
    expect(metas.map((m) => [m.command, m.args, m.line])).toEqual([
      ['restrict', 'AbCdEf123', 4],
      ['connect', 'scratch', 32],
      ['unrestrict', 'AbCdEf123', 34],
    ]);
    const copy = items
      .filter((i) => i.kind === 'copy-data')
      .map((i) => i.raw)
      .join('');
    expect(Buffer.from(copy, 'latin1').toString('utf8')).toBe('1\tDROP DATABASE prod;\n\\N\t\\connect prod\n');
    expect(items.filter((i) => i.kind === 'copy-end')).toEqual([{ kind: 'copy-end', raw: '\\.\n', terminated: true }]);
    const copyStatement = items.find((i) => i.kind === 'statement' && i.copyFromStdin) as Statement;
    expect(copyStatement.line).toBe(28);
  });

  it('gives back the input byte for byte', () => {
    const bytes = Buffer.from(TRICKY, 'utf8');
    const raw = lex(bytes)
      .map((i) => i.raw)
      .join('');
    expect(Buffer.from(raw, 'latin1').equals(bytes)).toBe(true);
  });

  it('yields the same items wherever the input is split (300 random splittings)', () => {
    const bytes = Buffer.from(TRICKY + TRICKY.replace(/\n/g, '\r\n'), 'utf8');
    const whole = normalized(lex(bytes));
    const rnd = mulberry32(14);
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(rnd() * (run < 50 ? 400 : 12));
      const splits = Array.from({ length: n }, () => Math.floor(rnd() * bytes.length));
      const items = lex(bytes, splits);
      expect(normalized(items), `splits ${splits.join(',')}`).toEqual(whole);
    }
  });

  it('splits byte by byte the same way', () => {
    const bytes = Buffer.from(TRICKY, 'utf8');
    const splits = Array.from({ length: bytes.length }, (_, i) => i);
    expect(normalized(lex(bytes, splits))).toEqual(normalized(lex(bytes)));
  });

  it('treats backslashes in plain strings as escapes when standard_conforming_strings is off', () => {
    const sql = "SET standard_conforming_strings = off;\nSELECT 'a\\'; DROP DATABASE prod; --';\nSELECT 2;\n";
    expect(statements(lex(sql))).toEqual([
      'SET standard_conforming_strings = off;',
      "SELECT 'a\\'; DROP DATABASE prod; --';",
      'SELECT 2;',
    ]);
    expect(statements(lex("SELECT 'a\\'; SELECT 2;"))).toEqual(["SELECT 'a\\';", 'SELECT 2;']);
  });

  it('reports meta-commands inside a statement and text after COPY … FROM stdin;', () => {
    const items = lex('SELECT 1\n\\connect prod\n;\nCOPY t FROM stdin; DROP DATABASE prod;\n1\n\\.\n');
    const s = items.filter((i): i is Statement => i.kind === 'statement');
    expect(s[0].sql).toBe('SELECT 1\n ;');
    expect(s[0].innerMetas.map((m) => m.command)).toEqual(['connect']);
    expect(s[1].copyTrailing).toBe('DROP DATABASE prod;');
  });

  it('runs the unterminated tail and ends an unterminated COPY block', () => {
    const items = lex('COPY t FROM stdin;\n1\n2\n');
    expect(items.at(-1)).toEqual({ kind: 'copy-end', raw: '', terminated: false });
    const tail = lex('SELECT 1; SELECT 2 -- no semicolon\n');
    expect(tail.map((i) => i.kind)).toEqual(['statement', 'statement']);
    expect((tail[1] as Statement).terminated).toBe(false);
    expect((tail[1] as Statement).sql).toBe('SELECT 2');
  });

  it('keeps memory flat: 200 MB of COPY data pass through without being held', () => {
    const lexer = new PlainSqlLexer();
    lexer.push('COPY t (a) FROM stdin;\n');
    const row = 'x'.repeat(99) + '\n';
    const chunk = row.repeat(10_000);
    let data = 0;
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 200; i++) {
      for (const item of lexer.push(chunk)) if (item.kind === 'copy-data') data += item.bytes.length;
    }
    const grown = process.memoryUsage().heapUsed - before;
    const tail = [...lexer.push('\\.\nSELECT 1;\n'), ...lexer.end()];
    expect(data).toBe(200 * chunk.length);
    expect(statements(tail)).toEqual(['SELECT 1;']);
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('tokenize', () => {
  it('reads words, quoted names, strings and dollar strings', () => {
    const sql = `GRANT SELECT ON "My ""T""" TO "Role", bob; -- x\nE'a\\'b' $q$;$q$`;
    const tokens = tokenize(sql);
    expect(sql.slice(tokens[3].start, tokens[3].end)).toBe('"My ""T"""');
    expect(tokens.map(({ start: _s, end: _e, ...t }) => t)).toEqual([
      { kind: 'word', text: 'GRANT', lower: 'grant' },
      { kind: 'word', text: 'SELECT', lower: 'select' },
      { kind: 'word', text: 'ON', lower: 'on' },
      { kind: 'quoted', text: 'My "T"' },
      { kind: 'word', text: 'TO', lower: 'to' },
      { kind: 'quoted', text: 'Role' },
      { kind: 'op', text: ',' },
      { kind: 'word', text: 'bob', lower: 'bob' },
      { kind: 'op', text: ';' },
      { kind: 'string', text: "a'b" },
      { kind: 'string', text: ';' },
    ]);
  });
});
