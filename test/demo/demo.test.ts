import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d) => (text += d));
  return { stream, text: () => text };
}

describe('lifeboat demo', () => {
  it('backs up, verifies and drills the sample database, all ok', async () => {
    const stdout = capture();
    const stderr = capture();
    const code = await main(['demo', '--json'], { env: process.env, stdout: stdout.stream, stderr: stderr.stream });
    const reports = JSON.parse(stdout.text());
    expect(reports.map((r: { kind: string; status: string }) => `${r.kind}:${r.status}`)).toEqual([
      'backup:ok',
      'verify:ok',
      'drill:ok',
    ]);
    expect(code).toBe(0);
    const drill = reports[2];
    // The drill restored every table of the manifest with its exact row count.
    expect(drill.tables.length).toBe(5);
    for (const t of drill.tables) expect(t.rows).toBe(t.expected_rows);
    // The example checks file ran: tenant isolation and balances are on the checklist.
    const ids = drill.checks.map((c: { id: string }) => c.id).join(' ');
    expect(ids).toMatch(/tenant-isolation/);
    expect(ids).toMatch(/balances/);
  });

  it('says how to get PostgreSQL when the binaries are missing', async () => {
    const stderr = capture();
    const code = await main(['demo', '--postgres-bin-dir', '/nonexistent/bin'], {
      env: process.env,
      stdout: capture().stream,
      stderr: stderr.stream,
    });
    expect(code).toBe(3);
    expect(stderr.text()).toMatch(/needs the PostgreSQL server binaries .*apt-get install postgresql/);
  });
});
