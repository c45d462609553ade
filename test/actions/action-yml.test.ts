import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { OptionSpecs } from '../../src/settings/options.js';
import { planOptions } from '../../src/actions/plan/main.js';
import { backupOptions } from '../../src/backup/backup-settings.js';
import { drillOptions } from '../../src/drill/drill-settings.js';
import { verifyOptions } from '../../src/verify/verify-settings.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Every action's inputs are its option table (minus CLI-only flags): same names, same defaults. */
const actions: Record<string, OptionSpecs> = {
  'verify-backup': verifyOptions,
  'restore-drill': drillOptions,
  'create-backup': backupOptions,
  plan: planOptions,
};

describe.each(Object.entries(actions))('actions/%s/action.yml', (name, specs) => {
  it('declares exactly the inputs of its option table, each with a description and the same default', async () => {
    const yml = parse(await readFile(path.join(root, 'actions', name, 'action.yml'), 'utf8'));
    const expected = Object.entries(specs).filter(([, s]) => s.only !== 'cli');
    expect(Object.keys(yml.inputs).sort()).toEqual(expected.map(([n]) => n).sort());
    for (const [input, spec] of expected) {
      expect(yml.inputs[input].description, input).toBe(spec.description);
      if (spec.required) expect(yml.inputs[input].required, input).toBe(true);
      else expect(yml.inputs[input].default ?? '', input).toBe(spec.default ?? '');
    }
  });

  it('runs on node24 from the committed bundle', async () => {
    const yml = parse(await readFile(path.join(root, 'actions', name, 'action.yml'), 'utf8'));
    expect(yml.runs.using).toBe('node24');
    expect(yml.runs.main).toBe(`../../dist/${name}/index.js`);
    for (const [output, spec] of Object.entries<{ description?: string }>(yml.outputs)) {
      expect(spec.description, output).toBeTruthy();
    }
  });
});
