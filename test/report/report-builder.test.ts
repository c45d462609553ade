import { afterEach, describe, expect, it } from 'vitest';
import { check, notChecked, startReport } from '../../src/report/report-builder.js';
import { addSecret, clearSecretsForTests } from '../../src/util/secrets.js';

const times = ['2026-11-28T09:00:00.000Z', '2026-11-28T09:00:42.000Z'];
/** A clock that says the start time once, then the end time. */
function clock() {
  let i = 0;
  return () => new Date(times[Math.min(i++, times.length - 1)]);
}

afterEach(() => clearSecretsForTests());

describe('startReport', () => {
  it('the verdict is the worst check; skipped checks never raise it; times come from the clock', () => {
    const report = startReport('verify', 's3://b/p', clock(), { database: 'app' });
    report.add(check('store', 'ok', 'listed'), check('recency', 'warning', '24h old'));
    report.skip(['archive', 'content'], 'integrity: none');
    const r = report.finish({ backup: { key: 'k', time: times[0], size: 1 } });
    expect(r).toEqual({
      status: 'warning',
      kind: 'verify',
      source: 's3://b/p',
      database: 'app',
      checks: [
        { id: 'store', status: 'ok', summary: 'listed' },
        { id: 'recency', status: 'warning', summary: '24h old' },
        { id: 'archive', status: 'skipped', summary: 'integrity: none' },
        { id: 'content', status: 'skipped', summary: 'integrity: none' },
      ],
      started_at: times[0],
      finished_at: times[1],
      backup: { key: 'k', time: times[0], size: 1 },
    });
    expect(Object.keys(r)).toEqual([
      'status',
      'kind',
      'source',
      'database',
      'checks',
      'started_at',
      'finished_at',
      'backup',
    ]);
  });

  it('redacts secrets in summaries, displayed values and the refusal line', () => {
    addSecret('hunter2-secret');
    const report = startReport('drill', '/b', clock());
    report.add(
      check('target', 'critical', 'cannot connect as u:hunter2-secret', { display: { value: 'hunter2-secret' } }),
    );
    report.set({ refused: 'refused postgres://u:hunter2-secret@prod/app' });
    const text = JSON.stringify(report.finish());
    expect(text).not.toContain('hunter2-secret');
    expect(report.finish().status).toBe('critical');
    expect(report.finish().refused).toContain('refused postgres://u:');
  });

  it('replace keeps the place of the check it replaces; blocker is the first critical; phases only when timed', () => {
    const report = startReport('drill', '/b', clock());
    const store = check('store', 'ok', 'listed');
    report.add(store, check('backup', 'ok', 'k'));
    expect(report.finish().phases).toBeUndefined();
    expect(report.blocker()).toBeUndefined();
    report.replace(store, check('store', 'critical', 'read failed'));
    report.add(check('fetch', 'critical', 'later'));
    expect(report.checks.map((c) => c.id)).toEqual(['store', 'backup', 'fetch']);
    expect(report.blocker()?.summary).toBe('read failed');
    report.phase('fetch', 1.5);
    report.phase('restore', 2);
    expect(report.finish().phases).toEqual({ fetch: 1.5, restore: 2 });
  });

  it('notChecked is the skipped content check with its reason', () => {
    expect(notChecked('the file is empty')).toEqual({
      id: 'content',
      status: 'skipped',
      summary: 'not checked: the file is empty',
    });
  });
});
