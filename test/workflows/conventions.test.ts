import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const WORKFLOWS = path.join(REPO, '.github', 'workflows');
const files = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
}
interface Workflow {
  permissions?: unknown;
  jobs: Record<string, Job>;
}

/**
 * The first major of each third-party action whose `runs.using` is node24 (from each action's release
 * notes): runners removed Node 20 in September 2026, and older majors run forced onto 24 with a
 * deprecation warning on every job.
 */
const NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'aws-actions/configure-aws-credentials': 6,
};

/**
 * The security conventions of issue 7 as one checker: it returns what is wrong (empty = fine), so the
 * same function is shown to catch each violation on a bad workflow and to pass every real one.
 */
function violations(text: string): string[] {
  const wf = parse(text) as Workflow;
  const out: string[] = [];
  if (wf.permissions === undefined) out.push('workflow: no top-level permissions (the default token is broad)');
  for (const [id, job] of Object.entries(wf.jobs ?? {})) {
    if (job.permissions === undefined) out.push(`${id}: no explicit permissions block`);
    const uses = [...(job.uses ? [job.uses] : []), ...(job.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : []))];
    for (const u of uses) {
      if (u.startsWith('./') || u.startsWith('docker://')) continue;
      if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(u)) {
        out.push(`${id}: ${u} is not pinned to a full commit SHA`);
        continue;
      }
      // The version comment is what a reviewer (and Dependabot) reads: `uses: x@<sha> # v7.0.1`.
      const line = text.split('\n').find((l) => l.includes(u));
      const major = /#\s*v(\d+)/.exec(line ?? '')?.[1];
      if (!major) {
        out.push(`${id}: ${u} has no "# vN" version comment`);
        continue;
      }
      const action = u.slice(0, u.indexOf('@'));
      const node24 = NODE24_MAJOR[action];
      if (node24 === undefined) out.push(`${id}: ${action} is not known to run on node24 (add it to NODE24_MAJOR)`);
      else if (Number(major) < node24)
        out.push(`${id}: ${action} v${major} runs on Node 20; v${node24}+ runs on node24`);
    }
    for (const [i, step] of (job.steps ?? []).entries()) {
      if (typeof step.run === 'string' && step.run.includes('${{')) {
        out.push(`${id}: step ${i + 1} has a \${{ }} expression inside run: (pass it through env:)`);
      }
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
        out.push(`${id}: checkout without persist-credentials: false`);
      }
    }
  }
  return out;
}

describe('workflow security conventions', () => {
  it('finds the workflows', () => {
    expect(files).toEqual(
      expect.arrayContaining(['ci.yml', 'create-backup.yml', 'restore-drill.yml', 'verify-backup.yml']),
    );
  });

  it.each(files)(
    '%s: pinned actions, no expressions in run:, explicit job permissions, checkout without credentials',
    (file) => {
      expect(violations(readFileSync(path.join(WORKFLOWS, file), 'utf8'))).toEqual([]);
    },
  );

  it('the checker catches each violation', () => {
    const bad = `
on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
      - run: echo "\${{ github.event.pull_request.title }}"
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: someone/else@3d3c42e5aac5ba805825da76410c181273ba90b1 # v1.0.0
`;
    expect(violations(bad)).toEqual([
      'workflow: no top-level permissions (the default token is broad)',
      'build: no explicit permissions block',
      'build: actions/checkout@v4 is not pinned to a full commit SHA',
      'build: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 has no "# vN" version comment',
      'build: actions/checkout v4 runs on Node 20; v5+ runs on node24',
      'build: someone/else is not known to run on node24 (add it to NODE24_MAJOR)',
      'build: checkout without persist-credentials: false',
      'build: step 3 has a ${{ }} expression inside run: (pass it through env:)',
      'build: checkout without persist-credentials: false',
    ]);
  });
});

describe('the workflows do what issue 7 asks', () => {
  const load = (f: string) => parse(readFileSync(path.join(WORKFLOWS, f), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('verify-backup: daily after the backup window, never two at once, issues and drill-age permissions', () => {
    const wf = load('verify-backup.yml');
    expect(wf.on.schedule[0].cron).toBe('30 3 * * *');
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(wf.concurrency.group).toBe('verify-backup');
    expect(wf.jobs.verify.permissions).toMatchObject({ contents: 'read', issues: 'write', actions: 'read' });
    expect(wf.jobs.verify.steps.some((s: Step) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });

  it('restore-drill: dispatch inputs, quarterly schedule, one postgres-version input and no install step of its own', () => {
    const wf = load('restore-drill.yml');
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual(
      expect.arrayContaining(['backup', 'rto-target', 'rpo-target', 'keep', 'postgres-version']),
    );
    expect(wf.on.workflow_dispatch.inputs['postgres-version'].default).toBe('auto');
    expect(wf.on.workflow_dispatch.inputs).not.toHaveProperty('install-postgres');
    expect(wf.env?.POSTGRES_MAJOR).toBeUndefined();
    expect(wf.on.schedule[0].cron).toMatch(/^\S+ \S+ 1 1,4,7,10 \*$/);
    const steps = wf.jobs.drill.steps as Array<Step & { name?: string }>;
    expect(steps.some((s) => /Install PostgreSQL/.test(s.name ?? '') || s.run?.includes('apt-get'))).toBe(false);
    const drill = steps.find((s) => s.uses === './actions/restore-drill')!;
    expect(drill.with?.['postgres-version']).toBe("${{ inputs.postgres-version || 'auto' }}");
    expect(wf.jobs.drill.permissions).toMatchObject({ issues: 'write' });
  });

  it("create-backup's verify job verifies with exactly verify-backup.yml's inputs and environment", () => {
    const verifyStep = (file: string, job: string) =>
      (load(file) as Workflow).jobs[job].steps!.find((s) => s.uses === './actions/verify-backup')!;
    const nightly = verifyStep('create-backup.yml', 'verify');
    const daily = verifyStep('verify-backup.yml', 'verify');
    expect(nightly.with).toEqual(daily.with);
    expect(nightly.env).toEqual(daily.env);
  });

  it('create-backup: 02:00 UTC from the DATABASE_URL secret, then verify', () => {
    const wf = load('create-backup.yml');
    expect(wf.on.schedule[0].cron).toBe('0 2 * * *');
    const step = wf.jobs.backup.steps.find((s: Step) => s.uses === './actions/create-backup');
    expect(step.with['database-url']).toBe('${{ secrets.DATABASE_URL }}');
    expect(wf.jobs.verify.needs).toBe('backup');
    expect(wf.jobs.verify.steps.some((s: Step) => s.uses === './actions/verify-backup')).toBe(true);
  });

  it('ci: tests, check-dist with the expected dist uploaded on mismatch, and the actions run for real', () => {
    const wf = load('ci.yml');
    expect(Object.keys(wf.jobs)).toEqual(expect.arrayContaining(['test', 'check-dist', 'actions']));
    const upload = wf.jobs['check-dist'].steps.find((s: Step) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload.if).toMatch(/failure\(\)/);
    expect(upload.with.path).toBe('dist/');
    const used = wf.jobs.actions.steps.map((s: Step) => s.uses).filter(Boolean);
    const order = ['./actions/create-backup', './actions/verify-backup', './actions/restore-drill'].map((a) =>
      used.indexOf(a),
    );
    expect(order.every((i: number) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("the fleet workflows fan out on the plan job's matrix: no fail-fast, a bounded max-parallel, one entry each", () => {
    for (const [file, job, action] of [
      ['verify-fleet.yml', 'verify', './actions/verify-backup'],
      ['restore-drill-fleet.yml', 'drill', './actions/restore-drill'],
    ] as const) {
      const wf = parse(readFileSync(path.join(WORKFLOWS, file), 'utf8'));
      expect(wf.jobs.plan.outputs.matrix).toBe('${{ steps.plan.outputs.matrix }}');
      expect(wf.jobs.plan.steps.some((s: Step) => s.uses === './actions/plan')).toBe(true);
      const fan = wf.jobs[job];
      expect(fan.needs).toBe('plan');
      expect(fan.strategy['fail-fast']).toBe(false);
      expect(fan.strategy['max-parallel']).toBeGreaterThan(0);
      expect(fan.strategy.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
      const step = fan.steps.find((s: Step) => s.uses === action);
      expect(step.with.name).toBe('${{ matrix.name }}');
      expect(fan.concurrency.group).toContain('${{ matrix.name }}');
    }
  });

  it('every input given to a local action is one its action.yml declares', () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const [id, job] of Object.entries(load(file).jobs as Record<string, Job>)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('./actions/')) continue;
          const action = parse(readFileSync(path.join(REPO, step.uses, 'action.yml'), 'utf8')) as { inputs: object };
          for (const input of Object.keys(step.with ?? {})) {
            if (!(input in action.inputs)) wrong.push(`${file} ${id}: ${step.uses} has no input ${input}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
