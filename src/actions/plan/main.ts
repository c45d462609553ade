import * as core from '@actions/core';
import { loadLifeboatFile, matrixOf } from '../../fleet/fleet-file.js';
import { DEFAULT_CONFIG_FILE } from '../../fleet/fleet-options.js';
import type { OptionSpecs } from '../../settings/options.js';
import { readInputs, runAction } from '../action-io.js';

export const planOptions = {
  config: { description: 'The fleet file that lists databases:.', default: DEFAULT_CONFIG_FILE },
} satisfies OptionSpecs;

/**
 * The first job of a fleet workflow: reads the fleet file and sets `matrix` for the jobs that fan
 * out (`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`), one per database.
 */
export async function run(): Promise<void> {
  await runAction(async () => {
    const raw = readInputs(planOptions);
    const file = await loadLifeboatFile(raw.config || DEFAULT_CONFIG_FILE, {
      explicit: true,
      cwd: process.env.GITHUB_WORKSPACE,
    });
    const matrix = matrixOf(file!);
    core.setOutput('matrix', JSON.stringify(matrix));
    core.setOutput('names', matrix.include.map((e) => e.name).join('\n'));
    core.info(`${matrix.include.length} databases: ${matrix.include.map((e) => e.name).join(', ')}`);
  });
}
