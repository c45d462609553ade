import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cliLogger } from '../../src/cli/cli-logger.js';
import { terminalOf } from '../../src/cli/context.js';
import { renderText, verdictLines } from '../../src/report/render.js';
import type { Check, Report } from '../../src/report/report.js';

function report(checks: Check[], kind: Report['kind'] = 'verify'): Report {
  const rank = { ok: 0, skipped: 0, warning: 1, critical: 2 } as const;
  const worst = checks.reduce(
    (w, c) => (rank[c.status] > rank[w] ? (c.status as Report['status']) : w),
    'ok' as Report['status'],
  );
  return { status: worst, kind, source: '/srv/backups', checks, started_at: '', finished_at: '' };
}

const failing: Check[] = [
  { id: 'recency', status: 'critical', summary: 'newest backup is 26h old (critical after 25h)' },
  { id: 'gaps', status: 'warning', summary: '1 gap over 25h in the last 14d' },
  { id: 'checksum', status: 'critical', summary: 'sha256 mismatch: the file hashes to 0123456789ab…' },
  { id: 'archive', status: 'ok', summary: 'table of contents parses' },
];

const ANSI = /\x1b\[/; // eslint-disable-line no-control-regex

describe('renderText', () => {
  it('ends with one verdict line per failing family, worst first', () => {
    // Families as issues file them (src/github/subjects.ts): freshness, integrity, history.
    const withStore: Check[] = [...failing, { id: 'future', status: 'warning', summary: 'newest backup is 1h ahead' }];
    expect(verdictLines(report(withStore))).toEqual([
      'CRITICAL: recency: newest backup is 26h old (critical after 25h) (+1 more)',
      'CRITICAL: checksum: sha256 mismatch: the file hashes to 0123456789ab…',
      'WARNING: gaps: 1 gap over 25h in the last 14d',
    ]);
    const lines = renderText(report(withStore)).split('\n');
    expect(lines.slice(-3)).toEqual(verdictLines(report(withStore)));
  });

  it('wraps long summaries under their column and keeps every line within the width', () => {
    const long: Check = { id: 'content', status: 'critical', summary: 'block '.repeat(60).trim() };
    const text = renderText(report([long]), { columns: 80 });
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(
      text.split('\n').filter((l) => l.startsWith(' '.repeat(10)) && l.trim().startsWith('block')).length,
    ).toBeGreaterThan(2);
  });

  it('colours only when asked', () => {
    expect(renderText(report(failing), { color: true })).toMatch(ANSI);
    expect(renderText(report(failing))).not.toMatch(ANSI);
  });
});

describe('terminalOf', () => {
  const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 140 });
  const ctx = (env: NodeJS.ProcessEnv, stdout: NodeJS.WritableStream) => ({ env, stdout, stderr: stdout });

  it('colours a terminal, caps the layout at 100 columns, never colours a pipe, respects NO_COLOR', () => {
    expect(terminalOf(ctx({}, tty))).toEqual({ tty: true, color: true, columns: 100 });
    expect(terminalOf(ctx({ NO_COLOR: '1' }, tty)).color).toBe(false);
    expect(terminalOf(ctx({ TERM: 'dumb' }, tty)).color).toBe(false);
    expect(terminalOf(ctx({}, new PassThrough()))).toEqual({ tty: false, color: false, columns: 100 });
  });
});

describe('cliLogger progress', () => {
  function capture() {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (d) => (text += d));
    return { stream, text: () => text };
  }

  it('rewrites one line on a terminal and clears it before the next message', () => {
    const out = capture();
    const logger = cliLogger(out.stream, { tty: true });
    logger.progress('read 1.0 MiB');
    logger.progress('read 2.0 MiB');
    logger.info('done');
    logger.finish();
    expect(out.text()).toBe('… read 1.0 MiB\r\x1b[K… read 2.0 MiB\r\x1b[Kdone\n');
  });

  it('writes one line per progress in a pipe', () => {
    const out = capture();
    const logger = cliLogger(out.stream);
    logger.progress('read 1.0 MiB');
    logger.progress('read 2.0 MiB');
    expect(out.text()).toBe('… read 1.0 MiB\n… read 2.0 MiB\n');
  });
});
