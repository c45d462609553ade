import { z } from 'zod';
import { parseListInput } from '../github/issue-context.js';
import type { FailOn } from '../report/report.js';
import { settingsGroup } from './settings-group.js';
import { zBoolean, zEnum } from './options.js';

/** How the CLI renders a report on stdout. */
export const OUTPUT_FORMATS = ['text', 'json', 'nagios'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `--format`, with `--json` as its older spelling (which wins). */
export function outputFormatOf<F extends OutputFormat>(v: { format: F; json: boolean }): F | 'json' {
  return v.json ? 'json' : v.format;
}

export interface PublicationSettings {
  failOn: FailOn;
  /** The CLI's rendering of the report on stdout. */
  format: OutputFormat;
  /** The action's JSON report file; the CLI prints its report on stdout instead. */
  reportPath?: string;
  /** The action files, updates and closes issues with this token (a secret). */
  githubToken: string;
  issue: boolean;
  issueLabels: string[];
  issueAssignees: string[];
}

/** Where a verdict goes and when it fails the step: the same for every command that ends in a report. */
export const publication = settingsGroup(
  {
    'fail-on': {
      description: 'Which verdict fails the step / exits non-zero: critical, warning or never.',
      default: 'critical',
      // A terminal or a monitoring agent wants 1 for a warning, as check_* plugins exit.
      cliDefault: 'warning',
    },
    'report-path': {
      description: 'Where to write the JSON report.',
      default: 'lifeboat-report.json',
      only: 'action',
    },
    format: {
      description:
        'Output on stdout: text, json (the report, schema lifeboat-report/2) or nagios (one line with perfdata).',
      default: 'text',
      only: 'cli',
    },
    json: { description: 'Same as --format json.', boolean: true, only: 'cli' },
    'github-token': {
      description: 'Token for filing issues and reading workflow runs (needs issues: write, actions: read).',
      default: '${{ github.token }}',
      only: 'action',
      secret: true,
    },
    issue: {
      description: 'Open, update and close a GitHub issue per failing subject.',
      default: 'true',
      only: 'action',
    },
    'issue-labels': { description: 'Extra labels for filed issues (comma-separated).', default: '', only: 'action' },
    'issue-assignees': {
      description: 'Users assigned to new issues (comma-separated).',
      default: '',
      only: 'action',
    },
  },
  {
    'fail-on': zEnum(['critical', 'warning', 'never'] as const),
    'report-path': z.string().optional(),
    format: zEnum(OUTPUT_FORMATS),
    json: zBoolean(),
    // `issue: maybe` is bad input, not "yes".
    issue: zBoolean(),
    'issue-labels': z.string().optional(),
    'issue-assignees': z.string().optional(),
  },
  (v, raw): PublicationSettings => ({
    failOn: v['fail-on'],
    reportPath: v['report-path'] || undefined,
    format: outputFormatOf(v),
    // Its default is an expression only the runner evaluates: given empty, there is no token.
    githubToken: raw['github-token'] ?? '',
    issue: v.issue,
    issueLabels: parseListInput(v['issue-labels']),
    issueAssignees: parseListInput(v['issue-assignees']),
  }),
);
