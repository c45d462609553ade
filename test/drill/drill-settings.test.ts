import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { drillOptions, parseDrillSettings } from '../../src/drill/drill-settings.js';
import { REPO } from './helpers.js';

describe('drill settings', () => {
  it('defaults', () => {
    const s = parseDrillSettings({ source: '/b' });
    expect(s.backup).toEqual({ kind: 'latest' });
    expect(s.target).toBe('ephemeral');
    expect(s.checksFile).toBe('.github/lifeboat.yml');
    expect(s.checksFileExplicit).toBe(false);
    expect(s.rtoTargetSeconds).toBe(3600);
    expect(s.rpoTargetSeconds).toBe(86400);
    expect(s.jobs).toBeGreaterThanOrEqual(1);
    expect(s.allowOverwrite).toBe(false);
    expect(s.amcheck).toBe(false);
  });
  it('backup selectors and jobs', () => {
    expect(parseDrillSettings({ source: '/b', backup: 'before:2025-01-18T14:30:00Z' }).backup).toEqual({
      kind: 'before',
      time: new Date('2025-01-18T14:30:00Z'),
    });
    expect(parseDrillSettings({ source: '/b', backup: 'before:2025-01-18T14:30' }).backup).toEqual({
      kind: 'before',
      time: new Date('2025-01-18T14:30:00Z'),
    });
    expect(parseDrillSettings({ source: '/b', backup: 'db/app.dump' }).backup).toEqual({
      kind: 'key',
      key: 'db/app.dump',
    });
    expect(parseDrillSettings({ source: '/b', jobs: '6' }).jobs).toBe(6);
    expect(() => parseDrillSettings({ source: '/b', 'rto-target': 'soon' })).toThrow(
      /^Invalid rto-target "soon": expected a duration/,
    );
    expect(parseDrillSettings({ source: '/b', checks: 'ops/checks.yml' }).checksFileExplicit).toBe(true);
  });
});

describe('actions/restore-drill/action.yml', () => {
  it('declares every action option of the table with its description and default, node24, main and post', async () => {
    const yml = parse(await readFile(path.join(REPO, 'actions', 'restore-drill', 'action.yml'), 'utf8'));
    const expected = Object.entries(drillOptions).filter(([, s]) => (s as { only?: string }).only !== 'cli');
    expect(Object.keys(yml.inputs)).toEqual(expected.map(([n]) => n));
    for (const [name, spec] of expected as [string, { description: string; default?: string; required?: boolean }][]) {
      expect(yml.inputs[name].description).toBe(spec.description);
      if (spec.required) expect(yml.inputs[name].required).toBe(true);
      else expect(yml.inputs[name].default).toBe(spec.default ?? '');
    }
    expect(Object.keys(yml.outputs)).toEqual([
      'status',
      'rto-seconds',
      'rpo-seconds',
      'tables-restored',
      'rows-restored',
      'report-path',
      'database-url',
      'issue-number',
    ]);
    for (const o of Object.values(yml.outputs) as { description: string }[])
      expect(o.description.length).toBeGreaterThan(10);
    expect(yml.runs).toEqual({
      using: 'node24',
      main: '../../dist/restore-drill/index.js',
      post: '../../dist/restore-drill-post/index.js',
    });
  });
});
