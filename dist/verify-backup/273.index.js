export const id = 273;
export const ids = [273,548];
export const modules = {

/***/ 2548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDrillAge: () => (/* binding */ checkDrillAge)
/* harmony export */ });
/* unused harmony exports DEFAULT_DRILL_WORKFLOW, DEFAULT_DRILL_MAX_AGE_SECONDS */
/* harmony import */ var _settings_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1145);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7045);
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

/***/ 7045:
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


/***/ }),

/***/ 8273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportIssuesOrWarn: () => (/* binding */ reportIssuesOrWarn)
});

// UNUSED EXPORTS: GitHubPermissionError, IssueReportError, LIFEBOAT_LABEL, REOPEN_WINDOW_MS, checkDrillAge, issueContextFromEnv, parseListInput, reportIssues, runUrl, subjectsFor

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/github/github-client.ts
var github_client = __webpack_require__(7045);
// EXTERNAL MODULE: ./src/github/issue-body.ts + 1 modules
var issue_body = __webpack_require__(6783);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/github/subjects.ts



/**
 * Verify checks split in two because they fail for different reasons and are fixed by different
 * people: "no new backup" is a scheduling/credentials problem, "the backup is broken" is a dump problem.
 */
const VERIFY_FAMILIES = {
    store: 'recency',
    exists: 'recency',
    recency: 'recency',
    future: 'recency',
    gaps: 'recency',
    retention: 'recency',
    size: 'recency',
    'drill-age': 'recency',
    checksum: 'integrity',
    archive: 'integrity',
    content: 'integrity',
    rows: 'integrity',
};
function familyOf(kind, checkId) {
    if (kind === 'drill')
        return 'drill';
    if (kind === 'backup')
        return 'backup';
    // A check added later without a family still gets reported rather than silently dropped.
    return VERIFY_FAMILIES[checkId] ?? 'recency';
}
const FAMILY_ORDER = ['recency', 'integrity', 'drill', 'backup'];
function subjectId(source, family) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${source}\n${family}`).digest('hex').slice(0, 16);
}
/** Subjects of a report, one per family that has checks, in a stable order. */
function subjectsFor(report, name) {
    const source = displaySource(report.source);
    const byFamily = new Map();
    for (const check of report.checks) {
        const family = familyOf(report.kind, check.id);
        byFamily.set(family, [...(byFamily.get(family) ?? []), check]);
    }
    // A family with no check in this run (integrity: none) yields no subject: its open issue, if any,
    // is left alone rather than closed as "recovered".
    return FAMILY_ORDER.filter((f) => byFamily.has(f)).map((family) => {
        const checks = byFamily.get(family);
        return {
            id: subjectId(source, family),
            name: name ? (0,secrets/* redactSecrets */.fp)(name) : source,
            family,
            source,
            checks,
            status: (0,report_report/* worstStatus */.A4)(checks.map((c) => c.status)),
            evaluated: checks.some((c) => c.status !== 'skipped'),
        };
    });
}
/** The report's source should already be redacted; this makes sure, since it becomes the id. */
function displaySource(source) {
    return (0,secrets/* redactUrl */.BO)(source);
}

// EXTERNAL MODULE: ./src/github/drill-age.ts
var drill_age = __webpack_require__(2548);
// EXTERNAL MODULE: ./src/github/issue-context.ts
var issue_context = __webpack_require__(3806);
;// CONCATENATED MODULE: ./src/github/issue-reporter.ts









/** A failure filing some of the issues; `partial` holds what was done before and after it. */
class IssueReportError extends Error {
    partial;
    constructor(message, partial) {
        super(message);
        this.partial = partial;
        this.name = 'IssueReportError';
    }
}
const LIFEBOAT_LABEL = 'lifeboat';
const SEVERITY_PREFIX = 'severity:';
const REOPEN_WINDOW_MS = 7 * 86_400_000;
// "At most once a day", with slack so that a daily cron drifting by minutes is not skipped a day.
const CHANGE_COMMENT_INTERVAL_MS = 23 * 3_600_000;
const ISSUES_PERMISSION = 'issues: write';
const LABEL_STYLE = {
    lifeboat: { color: '1d76db', description: 'Filed and kept current by Lifeboat backup checks' },
    'severity:critical': { color: 'b60205', description: 'Lifeboat: backups or restores are failing' },
    'severity:warning': { color: 'fbca04', description: 'Lifeboat: backups or restores need attention' },
};
function runUrl(ctx) {
    if (!ctx.runId)
        return undefined;
    return `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
function labelNames(issue) {
    return issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}
/** Maps the API's refusals to errors a person can act on; everything else passes through. */
async function call(ctx, action, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if ((0,github_client/* isPermissionDenied */.T1)(error))
            throw new github_client/* GitHubPermissionError */.x6(ISSUES_PERMISSION, action, (0,github_client/* gitHubMessage */.RG)(error));
        if ((0,github_client/* isHttpError */.d)(error) && (error.status === 404 || error.status === 410)) {
            throw new Error(`Could not ${action} in ${ctx.owner}/${ctx.repo}: ${(0,github_client/* gitHubMessage */.RG)(error)} (are issues enabled, and can the token see the repository?)`);
        }
        if ((0,github_client/* isHttpError */.d)(error) && error.status === 401) {
            throw new Error(`Could not ${action}: GitHub rejected the token (${(0,github_client/* gitHubMessage */.RG)(error)}).`);
        }
        throw new Error(`Could not ${action} in ${ctx.owner}/${ctx.repo}: ${(0,github_client/* gitHubMessage */.RG)(error)}`);
    }
}
class Reporter {
    ctx;
    client;
    report;
    logger;
    run;
    labelsKnown;
    constructor(ctx, client, report, logger, run) {
        this.ctx = ctx;
        this.client = client;
        this.report = report;
        this.logger = logger;
        this.run = run;
    }
    /** All Lifeboat issues, open and closed, through the list API: search lags behind writes. */
    async listIssues() {
        const { owner, repo } = this.ctx;
        const all = await call(this.ctx, 'list issues', () => this.client.paginate(this.client.rest.issues.listForRepo, {
            owner,
            repo,
            state: 'all',
            labels: LIFEBOAT_LABEL,
            per_page: 100,
        }));
        return all.filter((i) => !i.pull_request);
    }
    async handle(subject, issues) {
        const mine = issues.filter((i) => (0,issue_body/* markerId */.Aw)(i.body) === subject.id);
        // Duplicates can exist after a race between two runs: the oldest one is the issue of record.
        const open = mine.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0];
        const lastClosed = mine
            .filter((i) => i.state === 'closed')
            .sort((a, b) => Date.parse(b.closed_at ?? '') - Date.parse(a.closed_at ?? '') || b.number - a.number)[0];
        const base = { subject: subject.name, family: subject.family };
        const failing = subject.evaluated && subject.status !== 'ok';
        if (!subject.evaluated)
            return { ...base, action: 'none', number: open?.number, url: open?.html_url };
        if (open && !failing)
            return this.close(subject, open);
        if (open)
            return this.update(subject, open);
        if (!failing)
            return { ...base, action: 'none' };
        const closedAt = lastClosed?.closed_at ? Date.parse(lastClosed.closed_at) : NaN;
        if (lastClosed && this.run.now.getTime() - closedAt <= REOPEN_WINDOW_MS)
            return this.reopen(subject, lastClosed);
        return this.create(subject, lastClosed);
    }
    freshState(subject, firstSeen) {
        const now = this.run.now.toISOString();
        return {
            v: 1,
            status: subject.status,
            fingerprint: (0,issue_body/* factsFingerprint */.gh)(subject),
            checks: (0,issue_body/* failingStatuses */.Pl)(subject),
            notified_at: now,
            first_seen: firstSeen ?? now,
            last_seen: now,
        };
    }
    wantedLabels(subject, current = []) {
        const keep = current.filter((l) => !l.toLowerCase().startsWith(SEVERITY_PREFIX));
        const wanted = [...keep, LIFEBOAT_LABEL, `${SEVERITY_PREFIX}${subject.status}`, ...(this.ctx.labels ?? [])];
        const seen = new Set();
        return wanted.filter((l) => {
            const k = l.toLowerCase();
            if (seen.has(k))
                return false;
            seen.add(k);
            return true;
        });
    }
    /**
     * Creates the labels Lifeboat uses with their colours; GitHub would otherwise create them grey
     * on first use. A concurrent run creating the same label is fine (422 already_exists).
     */
    async ensureLabels(names) {
        const { owner, repo } = this.ctx;
        if (!this.labelsKnown) {
            const existing = await call(this.ctx, 'list labels', () => this.client.paginate(this.client.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 }));
            this.labelsKnown = new Set(existing.map((l) => l.name.toLowerCase()));
        }
        for (const name of names) {
            if (this.labelsKnown.has(name.toLowerCase()))
                continue;
            const style = LABEL_STYLE[name.toLowerCase()] ?? { color: 'ededed', description: '' };
            try {
                await this.client.rest.issues.createLabel({ owner, repo, name, ...style });
            }
            catch (error) {
                if (!alreadyExists(error)) {
                    await call(this.ctx, `create the label "${name}"`, () => Promise.reject(error));
                }
            }
            this.labelsKnown.add(name.toLowerCase());
        }
    }
    async create(subject, previous) {
        const { owner, repo } = this.ctx;
        const labels = this.wantedLabels(subject);
        await this.ensureLabels(labels);
        const title = (0,issue_body/* issueTitle */.al)(subject);
        const body = (0,issue_body/* issueBody */.y6)({
            subject,
            report: this.report,
            run: this.run,
            state: this.freshState(subject),
            previous: previous ? { number: previous.number, closedAt: previous.closed_at } : undefined,
        });
        const assignees = this.ctx.assignees?.length ? this.ctx.assignees : undefined;
        const created = await call(this.ctx, 'create an issue', async () => {
            try {
                return await this.client.rest.issues.create({ owner, repo, title, body, labels, assignees });
            }
            catch (error) {
                // An assignee who is not a collaborator must not cost the team its alert.
                if (assignees && (0,github_client/* isHttpError */.d)(error) && error.status === 422) {
                    this.logger.warning(`GitHub refused the assignees (${assignees.join(', ')}): ${(0,github_client/* gitHubMessage */.RG)(error)}. Filing the issue unassigned.`);
                    return await this.client.rest.issues.create({ owner, repo, title, body, labels });
                }
                throw error;
            }
        });
        this.logger.info(`Opened issue #${created.data.number}: ${created.data.html_url}`);
        return this.result(subject, 'created', created.data);
    }
    async update(subject, issue) {
        const { owner, repo } = this.ctx;
        const previous = (0,issue_body/* parseState */.Bu)(issue.body);
        const fingerprint = (0,issue_body/* factsFingerprint */.gh)(subject);
        const statuses = (0,issue_body/* failingStatuses */.Pl)(subject);
        const nowMs = this.run.now.getTime();
        const statusUp = !previous || (0,report_report/* statusRank */.Tx)(subject.status) > (0,report_report/* statusRank */.Tx)(previous.status);
        const checkUp = Object.entries(statuses).some(([id, s]) => (0,report_report/* statusRank */.Tx)(s) > (0,report_report/* statusRank */.Tx)(previous?.checks[id] ?? 'ok'));
        const statusChanged = !previous || previous.status !== subject.status;
        const factsChanged = !previous || previous.fingerprint !== fingerprint;
        const dueForChange = !previous || nowMs - Date.parse(previous.notified_at) >= CHANGE_COMMENT_INTERVAL_MS;
        const notify = statusUp || checkUp || statusChanged || (factsChanged && dueForChange);
        const state = notify
            ? this.freshState(subject, previous?.first_seen ?? issue.created_at)
            : { ...previous, status: subject.status, last_seen: this.run.now.toISOString() };
        const title = (0,issue_body/* issueTitle */.al)(subject);
        const body = (0,issue_body/* issueBody */.y6)({ subject, report: this.report, run: this.run, state });
        const currentLabels = labelNames(issue);
        const labels = this.wantedLabels(subject, currentLabels);
        const labelsChanged = !sameSet(labels, currentLabels);
        if (notify) {
            const kind = statusUp || checkUp ? 'worse' : statusChanged ? 'better' : 'changed';
            await call(this.ctx, `comment on issue #${issue.number}`, () => this.client.rest.issues.createComment({
                owner,
                repo,
                issue_number: issue.number,
                body: (0,issue_body/* changeComment */.EM)(kind, subject, previous, this.run),
            }));
        }
        if (labelsChanged)
            await this.ensureLabels(labels);
        // The title follows the facts silently too: "31h old" must not stay in the title at 55h.
        const patch = {
            body,
            ...(title !== issue.title ? { title } : {}),
            ...(labelsChanged ? { labels } : {}),
        };
        const updated = await call(this.ctx, `update issue #${issue.number}`, () => this.client.rest.issues.update({ owner, repo, issue_number: issue.number, ...patch }));
        if (notify)
            this.logger.info(`Commented on issue #${issue.number}: ${issue.html_url}`);
        return this.result(subject, notify ? 'commented' : 'updated', updated.data);
    }
    async reopen(subject, issue) {
        const { owner, repo } = this.ctx;
        const labels = this.wantedLabels(subject, labelNames(issue));
        await this.ensureLabels(labels);
        const body = (0,issue_body/* issueBody */.y6)({ subject, report: this.report, run: this.run, state: this.freshState(subject) });
        const updated = await call(this.ctx, `reopen issue #${issue.number}`, () => this.client.rest.issues.update({
            owner,
            repo,
            issue_number: issue.number,
            state: 'open',
            title: (0,issue_body/* issueTitle */.al)(subject),
            body,
            labels,
        }));
        await call(this.ctx, `comment on issue #${issue.number}`, () => this.client.rest.issues.createComment({
            owner,
            repo,
            issue_number: issue.number,
            body: (0,issue_body/* reopenComment */.tU)(subject, issue.closed_at, this.run),
        }));
        this.logger.info(`Reopened issue #${issue.number}: ${issue.html_url}`);
        return this.result(subject, 'reopened', updated.data);
    }
    async close(subject, issue) {
        const { owner, repo } = this.ctx;
        // Comment first: if closing fails, the next run still sees an open issue and tries again.
        await call(this.ctx, `comment on issue #${issue.number}`, () => this.client.rest.issues.createComment({
            owner,
            repo,
            issue_number: issue.number,
            body: (0,issue_body/* recoveredComment */.RF)(subject, this.run),
        }));
        const updated = await call(this.ctx, `close issue #${issue.number}`, () => this.client.rest.issues.update({
            owner,
            repo,
            issue_number: issue.number,
            state: 'closed',
            state_reason: 'completed',
        }));
        this.logger.info(`Recovered: closed issue #${issue.number}: ${issue.html_url}`);
        return this.result(subject, 'closed', updated.data);
    }
    result(subject, action, issue) {
        return { subject: subject.name, family: subject.family, action, number: issue.number, url: issue.html_url };
    }
}
function alreadyExists(error) {
    if (!(0,github_client/* isHttpError */.d)(error) || error.status !== 422)
        return false;
    const errors = error.response?.data?.errors;
    return Array.isArray(errors) && errors.some((e) => e.code === 'already_exists');
}
function sameSet(a, b) {
    const x = new Set(a.map((s) => s.toLowerCase()));
    const y = new Set(b.map((s) => s.toLowerCase()));
    return x.size === y.size && [...x].every((s) => y.has(s));
}
/**
 * Files, updates, reopens or closes one issue per subject of the report (PRODUCT.md §5).
 * Throws GitHubPermissionError at once when the token may not write issues; other failures are
 * collected so one subject's trouble does not stop the others, then thrown as IssueReportError.
 */
async function reportIssues(report, ctx, logger) {
    const now = ctx.now ?? new Date();
    const client = (0,github_client/* createGitHubClient */.LX)({
        token: ctx.token,
        apiUrl: ctx.apiUrl,
        writeSpacingMs: ctx.writeSpacingMs,
        maxRetryMs: ctx.maxRetryMs,
    });
    const run = {
        url: runUrl(ctx),
        runId: ctx.runId,
        workflow: ctx.workflow ? (0,issue_body/* sanitize */.aj)(ctx.workflow) : undefined,
        now,
    };
    const reporter = new Reporter(ctx, client, report, logger, run);
    const subjects = subjectsFor(report, ctx.name);
    const result = { issueNumbers: [], actions: [] };
    if (subjects.length === 0)
        return result;
    const issues = await reporter.listIssues();
    const failures = [];
    for (const subject of subjects) {
        try {
            result.actions.push(await reporter.handle(subject, issues));
        }
        catch (error) {
            if (error instanceof github_client/* GitHubPermissionError */.x6)
                throw error;
            failures.push(`${subject.name} (${subject.family}): ${(0,issue_body/* sanitize */.aj)((0,errors/* errorMessage */.g)(error))}`);
            result.actions.push({ subject: subject.name, family: subject.family, action: 'none' });
        }
    }
    result.issueNumbers = [...new Set(result.actions.flatMap((a) => (a.number === undefined ? [] : [a.number])))];
    const worst = subjects
        .map((s, i) => ({ s, a: result.actions[i] }))
        .filter(({ s, a }) => s.evaluated && s.status !== 'ok' && a.number !== undefined)
        .sort((x, y) => (0,report_report/* statusRank */.Tx)(y.s.status) - (0,report_report/* statusRank */.Tx)(x.s.status))[0];
    result.issueNumber = worst?.a.number ?? result.issueNumbers[0];
    if (failures.length)
        throw new IssueReportError(`Could not file every issue: ${failures.join('; ')}`, result);
    return result;
}
/**
 * reportIssues for the action entries: filing trouble becomes a warning (naming `issues: write`
 * when that is the cause) and never changes the verdict. Returns the `issue-number` output.
 */
async function reportIssuesOrWarn(report, ctx, logger) {
    if (!ctx) {
        logger.info('Not running in GitHub Actions with a token: no issue filed.');
        return undefined;
    }
    try {
        return await reportIssues(report, ctx, logger);
    }
    catch (error) {
        const message = (0,issue_body/* sanitize */.aj)((0,errors/* errorMessage */.g)(error));
        const hint = error instanceof github_client/* GitHubPermissionError */.x6
            ? ''
            : ` (the job needs \`permissions: issues: write\`; if it has it, GitHub may be unavailable)`;
        logger.warning(`Issue not filed: ${message}${hint}. The verdict is unaffected.`);
        return error instanceof IssueReportError ? error.partial : undefined;
    }
}


/***/ })

};
