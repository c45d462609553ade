export const id = 548;
export const ids = [548];
export const modules = {

/***/ 2548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDrillAge: () => (/* binding */ checkDrillAge)
/* harmony export */ });
/* unused harmony exports DEFAULT_DRILL_WORKFLOW, DEFAULT_DRILL_MAX_AGE_SECONDS */
/* harmony import */ var _settings_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1145);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3074);
/* harmony import */ var _issue_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6783);



const DEFAULT_DRILL_WORKFLOW = 'restore-drill.yml';
const DEFAULT_DRILL_MAX_AGE_SECONDS = (/* unused pure expression or super */ null && (92 * 86_400));
/**
 * The `drill-age` check of verify-backup: how long ago a restore drill last succeeded, read from the
 * workflow runs API. A failing API is not the backup's fault, so it yields `skipped`, never a crash.
 */
async function checkDrillAge(ctx, opts) {
    const now = opts.now ?? ctx.now ?? new Date();
    const limit = (0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(opts.maxAgeSeconds);
    const base = { id: 'drill-age', threshold: limit };
    const never = (why) => ({
        ...base,
        status: 'warning',
        value: 'never',
        summary: `restore drill never run (${why})`,
    });
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .LX)({
        token: ctx.token,
        apiUrl: ctx.apiUrl,
        writeSpacingMs: ctx.writeSpacingMs,
        // A read-only side check: it must not hold the verdict up for long.
        maxRetryMs: Math.min(ctx.maxRetryMs ?? 20_000, 20_000),
    });
    let runs;
    try {
        const response = await client.rest.actions.listWorkflowRuns({
            owner: ctx.owner,
            repo: ctx.repo,
            workflow_id: opts.workflow,
            status: 'success',
            per_page: 1,
        });
        runs = response.data.workflow_runs;
    }
    catch (error) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isHttpError */ .d)(error) && error.status === 404) {
            return never(`no workflow ${opts.workflow} in ${ctx.owner}/${ctx.repo}`);
        }
        const reason = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isPermissionDenied */ .T1)(error)
            ? `the token lacks the \`actions: read\` permission (${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubMessage */ .RG)(error)})`
            : (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubMessage */ .RG)(error);
        return { ...base, status: 'skipped', summary: (0,_issue_body_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitize */ .aj)(`could not read ${opts.workflow} runs: ${reason}`) };
    }
    // The API filter is trusted but checked: a run listed without a success conclusion is no proof.
    const last = runs.find((r) => r.conclusion === 'success');
    if (!last)
        return never(`no successful run of ${opts.workflow}`);
    const ageSeconds = Math.max(0, (now.getTime() - Date.parse(last.run_started_at || last.created_at)) / 1000);
    const age = (0,_settings_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ageSeconds);
    if (ageSeconds > opts.maxAgeSeconds) {
        return {
            ...base,
            status: 'warning',
            value: age,
            summary: `last successful drill ${age} ago (limit ${limit})`,
        };
    }
    return { ...base, status: 'ok', value: age, summary: `last successful drill ${age} ago (limit ${limit})` };
}


/***/ }),

/***/ 3074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   RG: () => (/* binding */ gitHubMessage),
/* harmony export */   T1: () => (/* binding */ isPermissionDenied),
/* harmony export */   d: () => (/* binding */ isHttpError),
/* harmony export */   x6: () => (/* binding */ GitHubPermissionError)
/* harmony export */ });
/* unused harmony exports DEFAULT_WRITE_SPACING_MS, DEFAULT_MAX_RETRY_MS, retryDelayMs */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);

const DEFAULT_WRITE_SPACING_MS = 1000;
const DEFAULT_MAX_RETRY_MS = 60_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DOCS = 'https://docs.github.com/actions/using-jobs/assigning-permissions-to-jobs';
function isHttpError(error) {
    return typeof error === 'object' && error !== null && typeof error.status === 'number';
}
/** GitHub's own `message` field when there is one; Octokit appends the docs URL to `error.message`. */
function gitHubMessage(error) {
    if (isHttpError(error)) {
        const data = error.response?.data;
        if (data && typeof data === 'object' && typeof data.message === 'string') {
            return data.message;
        }
        return error.message;
    }
    return error instanceof Error ? error.message : String(error);
}
/**
 * The token is missing a permission the job needs. Its message names the `permissions:` entry to add,
 * because "Resource not accessible by integration" alone sends people hunting.
 */
class GitHubPermissionError extends Error {
    permission;
    constructor(permission, action, detail) {
        super(`GitHub refused to ${action}: the token lacks the \`${permission}\` permission. ` +
            `Add \`${permission}\` under \`permissions:\` in the workflow job (${DOCS}). GitHub said: ${detail}`);
        this.permission = permission;
        this.name = 'GitHubPermissionError';
    }
}
function header(error, name) {
    const value = error.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
function isSecondaryRateLimit(error) {
    return /secondary rate limit|abuse detection/i.test(gitHubMessage(error));
}
/**
 * A 403 that is really a missing permission (as opposed to a rate limit, which GitHub also
 * answers with 403).
 */
function isPermissionDenied(error) {
    if (!isHttpError(error) || error.status !== 403)
        return false;
    if (isRateLimited(error))
        return false;
    return true;
}
function isRateLimited(error) {
    if (error.status === 429)
        return true;
    if (error.status !== 403)
        return false;
    return (header(error, 'retry-after') !== undefined ||
        header(error, 'x-ratelimit-remaining') === '0' ||
        isSecondaryRateLimit(error));
}
/**
 * How long to wait before retrying, or undefined when the error is not worth retrying.
 * Follows GitHub's guidance: `retry-after` first, then `x-ratelimit-reset` when the quota is spent,
 * at least a minute for a secondary limit that gives neither, exponential backoff for 5xx.
 */
function retryDelayMs(error, attempt, nowMs) {
    if (!isHttpError(error)) {
        // Network failures and timeouts (status undefined) are transient more often than not.
        return error instanceof Error ? backoff(attempt) : undefined;
    }
    if (error.status === 0 || error.status >= 500)
        return backoff(attempt);
    if (!isRateLimited(error))
        return undefined;
    const retryAfter = Number(header(error, 'retry-after'));
    if (Number.isFinite(retryAfter) && retryAfter >= 0 && header(error, 'retry-after') !== undefined) {
        return retryAfter * 1000;
    }
    if (header(error, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(error, 'x-ratelimit-reset'));
        if (Number.isFinite(reset))
            return Math.max(0, reset * 1000 - nowMs) + 1000;
    }
    if (error.status === 429 || isSecondaryRateLimit(error))
        return 60_000;
    return undefined;
}
function backoff(attempt) {
    return Math.min(1000 * 2 ** attempt, 16_000);
}
const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Octokit for the repository's API (GITHUB_API_URL, so GHES and the test stand-in work), with
 * retries and write spacing in one place so that callers stay plain REST calls.
 */
function createGitHubClient(options) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, '') });
    const spacing = options.writeSpacingMs ?? DEFAULT_WRITE_SPACING_MS;
    const budget = options.maxRetryMs ?? DEFAULT_MAX_RETRY_MS;
    const timeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const sleep = options.sleep ?? realSleep;
    let lastWriteAt = -Infinity;
    octokit.hook.wrap('request', async (request, endpoint) => {
        const mutating = MUTATING.has(String(endpoint.method).toUpperCase());
        const started = Date.now();
        for (let attempt = 0;; attempt++) {
            if (mutating && spacing > 0) {
                const wait = lastWriteAt + spacing - Date.now();
                if (wait > 0)
                    await sleep(wait);
                lastWriteAt = Date.now();
            }
            try {
                return await request({
                    ...endpoint,
                    request: { ...endpoint.request, signal: AbortSignal.timeout(timeout) },
                });
            }
            catch (error) {
                const delay = retryDelayMs(error, attempt, Date.now());
                if (delay === undefined || Date.now() - started + delay > budget)
                    throw error;
                await sleep(delay);
            }
        }
    });
    return octokit;
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EM: () => (/* binding */ changeComment),
  gh: () => (/* binding */ factsFingerprint),
  Pl: () => (/* binding */ failingStatuses),
  y6: () => (/* binding */ issueBody),
  al: () => (/* binding */ issueTitle),
  Aw: () => (/* binding */ markerId),
  Bu: () => (/* binding */ parseState),
  RF: () => (/* binding */ recoveredComment),
  tU: () => (/* binding */ reopenComment),
  aj: () => (/* binding */ sanitize)
});

// UNUSED EXPORTS: checkTable, failingChecks, markerFor

// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/settings/duration.ts
var duration = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/github/runbook.ts
/**
 * "What to do next" for an issue: the recovery runbook's steps for the checks that failed, most
 * specific first, then the family's general steps. Written for the person paged at 3am, so each step
 * is an action, not an explanation.
 */
const CHECK_STEPS = {
    store: [
        'Fix access to the store first: the failing `store` check names the missing permission (e.g. `s3:ListBucket`) or the error; check that the credentials have not expired or been rotated.',
    ],
    exists: [
        'No backup was found at all: check that `source` points at the bucket/prefix or folder the backup job writes to.',
    ],
    recency: [
        'Open the backup job (the `create-backup` workflow, cron or template service) and read its last run: did it run, and did it fail?',
        'Take a backup by hand now (dispatch `create-backup`, or `lifeboat backup --database-url … --dest …`) so the RPO window closes while you investigate.',
    ],
    future: [
        "The newest backup claims a time in the future: check the backup host's clock and the timestamp format in the object names.",
    ],
    size: [
        'The newest backup is empty or much smaller than usual: open the backup job log for a dump that stopped early, and confirm no tables were dropped.',
    ],
    gaps: [
        'Backups were missed on the days named above: check the scheduler history for those days (paused workflows, failed runs, disabled cron).',
    ],
    retention: [
        'Backups are not kept long enough: raise the lifecycle rule / `keep-days` to at least the runbook minimum.',
    ],
    'drill-age': [
        'No recent successful restore drill: run the `restore-drill` workflow now (workflow_dispatch) and fix what it finds.',
    ],
    checksum: [
        'The backup does not match its recorded sha256: treat it as corrupt. Do not delete it yet (it is evidence); find the newest older backup that verifies.',
    ],
    archive: [
        'The file is not a readable PostgreSQL backup: check the dump format/compression settings of the backup job and whether the upload was cut short.',
    ],
    content: [
        'The archive lists its tables but its data does not decompress/parse: the dump was likely truncated. Re-run the backup and compare sizes.',
    ],
};
const FAMILY_STEPS = {
    recency: ['Once a new backup is in the store, re-run this workflow: the issue closes itself when the checks pass.'],
    integrity: [
        'Until a backup verifies, your restore point is the newest older backup that passes: run `restore-drill` with `backup: <that key>` to prove it.',
        'Take a fresh backup (dispatch `create-backup`) and re-run this workflow: the issue closes itself when the checks pass.',
    ],
    drill: [
        'Read the drill log for the first failing step (fetch, restore, verify): restore errors are listed verbatim.',
        'Until a drill passes, assume restores do not work: check the backup with `verify-backup` and try the previous backup with `backup: before:<time>`.',
        'Fix and dispatch `restore-drill` again: the issue closes itself when the drill passes.',
    ],
    backup: [
        'Read the `create-backup` run log: `pg_dump` errors (connection refused, permission denied on a table, version mismatch) are shown there.',
        'Check that the database URL secret is still valid and that the store accepts writes.',
        'Dispatch `create-backup` again once fixed: the issue closes itself when a backup completes.',
    ],
};
function nextSteps(family, failing) {
    const steps = [];
    for (const check of failing) {
        for (const step of CHECK_STEPS[check.id] ?? []) {
            if (!steps.includes(step))
                steps.push(step);
        }
    }
    // Drill and backup reports use check ids of their own; their family steps cover them.
    steps.push(...(FAMILY_STEPS[family] ?? FAMILY_STEPS.recency));
    return steps;
}

;// CONCATENATED MODULE: ./src/github/issue-body.ts




const MARKER = /<!--\s*lifeboat:id=([A-Za-z0-9_-]+)\s*-->/;
const STATE = /<!--\s*lifeboat:state=(\{.*?\})\s*-->/s;
function markerFor(id) {
    return `<!-- lifeboat:id=${id} -->`;
}
function markerId(body) {
    return body ? MARKER.exec(body)?.[1] : undefined;
}
function parseState(body) {
    const json = body ? STATE.exec(body)?.[1] : undefined;
    if (!json)
        return undefined;
    try {
        const state = JSON.parse(json);
        return state && state.v === 1 && typeof state.fingerprint === 'string' ? state : undefined;
    }
    catch {
        // Someone edited the block by hand: behave as if the issue had no memory.
        return undefined;
    }
}
function stateBlock(state) {
    // `>` escaped so that no value can close the HTML comment early; JSON.parse reads it back.
    return `<!-- lifeboat:state=${JSON.stringify(state).replace(/>/g, '\\u003e')} -->`;
}
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]+):([^\s@/]+)@/gi;
/**
 * Last line of defence before text leaves for GitHub: registered secrets, and the password of any
 * connection string that slipped into a message without being registered.
 */
function sanitize(text) {
    return (0,secrets/* redactSecrets */.fp)(text).replace(URL_CREDENTIALS, (_m, scheme, user) => `${scheme}${user}:***@`);
}
/**
 * Measures that change on every run while the failure stays the same (a backup 31h old is 55h old
 * the next day). Their value is not a new fact; their status is.
 */
const CONTINUOUS_MEASURES = new Set(['recency', 'drill-age', 'rto', 'rpo']);
function failingChecks(subject) {
    return subject.checks.filter((c) => c.status === 'warning' || c.status === 'critical');
}
function factsFingerprint(subject) {
    return failingChecks(subject)
        .map((c) => {
        const value = CONTINUOUS_MEASURES.has(c.id) || c.value === undefined ? '' : `=${String(c.value)}`;
        return `${c.id}:${c.status}${value}`;
    })
        .sort()
        .join(';');
}
function failingStatuses(subject) {
    return Object.fromEntries(failingChecks(subject).map((c) => [c.id, c.status]));
}
const FAMILY_TITLES = {
    recency: 'Backup',
    integrity: 'Backup integrity',
    drill: 'Restore drill',
    backup: 'Backup creation',
};
const ICONS = { ok: '✅', warning: '⚠️', critical: '❌', skipped: '⏭️' };
function familyTitle(family) {
    return FAMILY_TITLES[family] ?? `Lifeboat ${family}`;
}
/** Worst failing check first; among equals the report's order (the more fundamental check first). */
function worstFirst(checks) {
    return checks
        .map((c, i) => ({ c, i }))
        .sort((a, b) => (0,report/* statusRank */.Tx)(b.c.status) - (0,report/* statusRank */.Tx)(a.c.status) || a.i - b.i)
        .map(({ c }) => c);
}
const MAX_TITLE = 200;
/** "Backup critical — s3://prod-backups: newest backup is 31h old (limit 25h)": what, where, how bad. */
function issueTitle(subject) {
    const failing = worstFirst(failingChecks(subject));
    const lead = `${familyTitle(subject.family)} ${subject.status} — ${subject.name}`;
    if (failing.length === 0)
        return sanitize(lead);
    const summary = oneLine(failing[0].summary).replace(/\.$/, '');
    const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : '';
    let title = `${lead}: ${summary}${more}`;
    if (title.length > MAX_TITLE)
        title = `${title.slice(0, MAX_TITLE - 1)}…`;
    return sanitize(title);
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function cell(value) {
    if (value === undefined || value === null || value === '')
        return '—';
    // A stray `<!--` in a cell would hide the rest of the body from readers.
    return oneLine(String(value)).replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
function checkTable(checks) {
    const rows = checks.map((c) => `| \`${cell(c.id)}\` | ${ICONS[c.status]} ${c.status} | ${cell(c.value)} | ${cell(c.threshold)} | ${cell(c.summary)} |`);
    return ['| Check | Status | Value | Threshold | Summary |', '|---|---|---|---|---|', ...rows].join('\n');
}
function runLink(run) {
    if (!run.url)
        return 'a run outside GitHub Actions';
    return `[run ${run.runId}](${run.url})${run.workflow ? ` of ${run.workflow}` : ''}`;
}
function stamp(iso) {
    return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}
function backupLine(report) {
    const b = report.backup;
    if (!b)
        return undefined;
    const size = Number.isFinite(b.size) ? `, ${formatBytes(b.size)}` : '';
    return `Backup: \`${cell(b.key)}\` taken ${stamp(b.time)}${size}`;
}
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
function issueBody({ subject, report, run, state, previous }) {
    const failing = worstFirst(failingChecks(subject));
    const lines = [
        markerFor(subject.id),
        `### ${ICONS[subject.status]} ${familyTitle(subject.family)} ${subject.status} — ${subject.name}`,
        '',
        `Lifeboat's **${subject.family}** checks for \`${subject.source}\` are failing.`,
        '',
        checkTable(subject.checks),
        '',
    ];
    const backup = report.kind === 'verify' ? backupLine(report) : undefined;
    if (backup)
        lines.push(backup, '');
    if (report.kind === 'drill' && report.rto_seconds !== undefined) {
        lines.push(`Restore took ${(0,duration/* formatDuration */.a3)(report.rto_seconds)} (RTO).`, '');
    }
    lines.push(`**Run:** ${run.url ?? 'outside GitHub Actions (no run link)'}`, '');
    if (previous) {
        const when = previous.closedAt ? ` on ${stamp(previous.closedAt)}` : '';
        lines.push(`Previously: #${previous.number} (closed${when}).`, '');
    }
    lines.push('### What to do next', '');
    nextSteps(subject.family, failing).forEach((step, i) => lines.push(`${i + 1}. ${step}`));
    lines.push('', '---', `First seen ${stamp(state.first_seen)} · last seen ${stamp(state.last_seen)} in ${runLink(run)}.`, '', '<sub>Filed by Lifeboat. Each run keeps this issue current and closes it when the checks pass; keep the hidden markers in this body.</sub>', stateBlock(state));
    return sanitize(lines.join('\n'));
}
function changeComment(kind, subject, previous, run) {
    const failing = worstFirst(failingChecks(subject));
    const was = previous ? ` (was ${previous.status})` : '';
    const heading = kind === 'worse'
        ? `### ${ICONS[subject.status]} Worse: now ${subject.status}${was}`
        : kind === 'better'
            ? `### ${ICONS[subject.status]} Improved but still failing: now ${subject.status}${was}`
            : `### ${ICONS[subject.status]} Still ${subject.status}, the facts changed`;
    const lines = [heading, ''];
    if (previous) {
        const newly = failing.filter((c) => !(c.id in previous.checks)).map((c) => `\`${c.id}\``);
        const fixed = Object.keys(previous.checks)
            .filter((id) => !failing.some((c) => c.id === id))
            .map((id) => `\`${id}\``);
        if (newly.length)
            lines.push(`Newly failing: ${newly.join(', ')}.`);
        if (fixed.length)
            lines.push(`Now passing: ${fixed.join(', ')}.`);
        if (newly.length || fixed.length)
            lines.push('');
    }
    lines.push(checkTable(failing), '', `Seen in ${runLink(run)}.`);
    return sanitize(lines.join('\n'));
}
function reopenComment(subject, closedAt, run) {
    const ago = closedAt
        ? ` ${(0,duration/* formatDuration */.a3)((run.now.getTime() - Date.parse(closedAt)) / 1000)} after it was closed`
        : '';
    return sanitize([
        `### ${ICONS[subject.status]} Failing again: ${subject.status}`,
        '',
        `Reopening: the ${subject.family} checks fail again${ago}.`,
        '',
        checkTable(worstFirst(failingChecks(subject))),
        '',
        `Seen in ${runLink(run)}.`,
    ].join('\n'));
}
function recoveredComment(subject, run) {
    return sanitize([
        '### ✅ Recovered',
        '',
        `All ${subject.family} checks for \`${subject.source}\` pass in ${runLink(run)}. Closing this issue.`,
        '',
        checkTable(subject.checks),
    ].join('\n'));
}


/***/ })

};
