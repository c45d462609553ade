import * as core from '@actions/core';
import { loadLifeboatFile, matrixOf } from '../../fleet/fleet-file.js';
import { DEFAULT_CONFIG_FILE } from '../../fleet/fleet-options.js';
import { z } from 'zod';
import { composeSettings, settingsGroup } from '../../settings/settings-group.js';
import { readSettings, runAction } from '../action-io.js';

const planSettings = composeSettings(
  settingsGroup(
    { config: { description: 'The fleet file that lists databases:.', default: DEFAULT_CONFIG_FILE } },
    { config: z.string() },
    (v) => ({ configFile: v.config }),
  ),
);

export const planOptions = planSettings.options;

/**
 * The first job of a fleet workflow: reads the fleet file and sets `matrix` for the jobs that fan
 * out (`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`), one per database.
 */
export async function run(): Promise<void> {
  await runAction(async () => {
    const { configFile } = await readSettings(planSettings);
    const file = await loadLifeboatFile(configFile, {
      explicit: true,
      cwd: process.env.GITHUB_WORKSPACE,
    });
    const matrix = matrixOf(file!);
    core.setOutput('matrix', JSON.stringify(matrix));
    core.setOutput('names', matrix.include.map((e) => e.name).join('\n'));
    core.info(`${matrix.include.length} databases: ${matrix.include.map((e) => e.name).join(', ')}`);
  });
}
