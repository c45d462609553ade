export const id = 548;
export const ids = [548];
export const modules = {

/***/ 2548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDrillAge: () => (/* binding */ checkDrillAge)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2011);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8850);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3074);
/* harmony import */ var _issue_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7825);




const day = (at) => at.toISOString().slice(0, 10);
class Unreadable extends Error {
}
/**
 * The `drill-age` check of verify-backup: how long ago a restore drill last succeeded, read from the
 * workflow runs API. A drill that never ran is a notice at first (nobody can act on it on day one), and
 * a warning once `drill-max-age` has passed since the first verify that found none — the oldest run of
 * this verify workflow GitHub still keeps. A failing API is not the backup's fault: `skipped`.
 */
async function checkDrillAge(ctx, opts) {
    const now = opts.now ?? ctx.now ?? new Date();
    const limit = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(opts.maxAgeSeconds);
    const base = {
        id: 'drill-age',
        threshold: opts.maxAgeSeconds,
        unit: 'seconds',
        display: { threshold: limit },
    };
    const never = { display: { value: 'never', threshold: limit } };
    const skipped = (why) => ({ ...base, status: 'skipped', summary: (0,_issue_body_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitize */ .aj)(why) });
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .LX)({
        token: ctx.token,
        apiUrl: ctx.apiUrl,
        writeSpacingMs: ctx.writeSpacingMs,
        // A read-only side check: it must not hold the verdict up for long.
        maxRetryMs: Math.min(ctx.maxRetryMs ?? 20_000, 20_000),
    });
    let last;
    let why;
    try {
        const runs = await listRuns(client, ctx, opts.workflow, { status: 'success', per_page: 1 });
        // The API filter is trusted but checked: a run listed without a success conclusion is no proof.
        last = runs?.workflow_runs.find((r) => r.conclusion === 'success');
        why = runs ? `no successful run of ${opts.workflow}` : `no workflow ${opts.workflow} in ${ctx.owner}/${ctx.repo}`;
    }
    catch (error) {
        return skipped(`could not read ${opts.workflow} runs: ${reason(error)}`);
    }
    if (last) {
        const ageSeconds = Math.max(0, (now.getTime() - Date.parse(last.run_started_at || last.created_at)) / 1000);
        const age = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(ageSeconds);
        const summary = `last successful drill ${age} ago (limit ${limit})`;
        return {
            ...base,
            status: ageSeconds > opts.maxAgeSeconds ? 'warning' : 'ok',
            ...(0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)('seconds', ageSeconds, { threshold: opts.maxAgeSeconds }),
            summary,
        };
    }
    let since;
    try {
        since = ctx.workflowFile ? await firstRun(client, ctx, ctx.workflowFile, now) : undefined;
    }
    catch (error) {
        return skipped(`restore drill never run (${why}); could not read ${ctx.workflowFile} runs: ${reason(error)}`);
    }
    if (!since) {
        return skipped(`restore drill never run (${why}); since when verification runs is unknown outside a workflow run`);
    }
    const due = new Date(since.getTime() + opts.maxAgeSeconds * 1000);
    if (now.getTime() >= due.getTime()) {
        return {
            ...base,
            status: 'warning',
            ...never,
            summary: `no restore drill has succeeded since verification started on ${day(since)}, over ${limit} ago (${why})`,
        };
    }
    // Day one: a fact to know, not yet a failure to fix.
    return {
        ...base,
        status: 'ok',
        ...never,
        summary: `notice: restore drill never run (${why}); a warning from ${day(due)}, ${limit} after the first verify on ${day(since)}`,
    };
}
function reason(error) {
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isPermissionDenied */ .T1)(error)
        ? `the token lacks the \`actions: read\` permission (${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubMessage */ .RG)(error)})`
        : (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubMessage */ .RG)(error);
}
/** One page of a workflow's runs; undefined when the workflow does not exist. */
async function listRuns(client, ctx, workflow, params) {
    try {
        const response = await client.rest.actions.listWorkflowRuns({
            owner: ctx.owner,
            repo: ctx.repo,
            workflow_id: workflow,
            ...params,
        });
        return response.data;
    }
    catch (error) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isHttpError */ .d)(error) && error.status === 404)
            return undefined;
        throw error;
    }
}
/**
 * When the oldest run of this workflow GitHub still keeps started: the runs API lists newest first, so
 * with one run per page the last page holds it. Public repositories keep 90 days of runs (the API
 * pages through at most 1,000), which bounds how far back "since" can reach.
 */
async function firstRun(client, ctx, workflow, now) {
    const first = await listRuns(client, ctx, workflow, { per_page: 1 });
    if (!first)
        throw new Unreadable(`no workflow ${workflow}`);
    // The run in progress is listed too; none at all means this is the first.
    if (first.total_count === 0)
        return now;
    const oldest = first.total_count === 1 ? first : await listRuns(client, ctx, workflow, { per_page: 1, page: first.total_count });
    const run = oldest?.workflow_runs[0];
    return run ? new Date(run.run_started_at || run.created_at) : undefined;
}


/***/ }),

/***/ 3074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ validationErrors),
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   RG: () => (/* binding */ gitHubMessage),
/* harmony export */   Rr: () => (/* binding */ GitHubRateLimitError),
/* harmony export */   T1: () => (/* binding */ isPermissionDenied),
/* harmony export */   Wn: () => (/* binding */ GitHubUnavailableError),
/* harmony export */   d: () => (/* binding */ isHttpError),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   x6: () => (/* binding */ GitHubPermissionError)
/* harmony export */ });
/* unused harmony exports DEFAULT_WRITE_SPACING_MS, DEFAULT_MAX_RETRY_MS, retryDelayMs */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);


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
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error);
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
/** GitHub's reasons in a 422 (`errors[].message`, else `code` on `field`), for warnings that quote them. */
function validationErrors(error) {
    if (!isHttpError(error))
        return [];
    const errors = error.response?.data?.errors;
    if (!Array.isArray(errors))
        return [];
    return errors.map((e) => ({
        field: e.field,
        resource: e.resource,
        value: e.value === undefined || e.value === null ? undefined : String(e.value),
        reason: e.message ?? `${e.field ?? 'value'} ${e.code ?? 'invalid'}`,
    }));
}
/**
 * GitHub's rate limit stopped the work (after the retry budget): the warning says when it resets
 * instead of blaming a permission.
 */
class GitHubRateLimitError extends Error {
    constructor(action, error, nowMs = Date.now()) {
        const reset = Number(header(error, 'x-ratelimit-reset'));
        const retryAfter = Number(header(error, 'retry-after'));
        const at = Number.isFinite(reset) && header(error, 'x-ratelimit-remaining') === '0'
            ? new Date(reset * 1000)
            : Number.isFinite(retryAfter) && header(error, 'retry-after') !== undefined
                ? new Date(nowMs + retryAfter * 1000)
                : undefined;
        const when = at ? `; it resets at ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
        super(`GitHub's rate limit stopped Lifeboat from being able to ${action} (${gitHubMessage(error)})${when}. The next run catches up`);
        this.name = 'GitHubRateLimitError';
    }
}
/** GitHub answered 5xx or not at all, for longer than the retry budget. */
class GitHubUnavailableError extends Error {
    constructor(action, error) {
        const status = isHttpError(error) && error.status ? `HTTP ${error.status}: ` : '';
        super(`GitHub did not answer while Lifeboat tried to ${action} (${status}${gitHubMessage(error)}). The next run catches up`);
        this.name = 'GitHubUnavailableError';
    }
}
/** A 5xx, a timeout or a dropped connection: the request may or may not have been performed. */
function isTransient(error) {
    if (!isHttpError(error))
        return error instanceof Error;
    return error.status === 0 || error.status >= 500;
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
 * answers with 403), or a 404: GitHub hides what a token may not see behind "Not Found".
 */
function isPermissionDenied(error) {
    if (!isHttpError(error) || (error.status !== 403 && error.status !== 404))
        return false;
    return !isRateLimited(error);
}
function isRateLimited(error) {
    if (!isHttpError(error))
        return false;
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
/**
 * Creating an issue is not idempotent: a 5xx or a timeout may come after GitHub filed it. Such a
 * failure is handed back to the caller, which looks the issue up before trying again; a rate limit
 * means the request was not performed, so it is retried here like any other.
 */
function lookUpBeforeRetry(endpoint) {
    return (String(endpoint.method).toUpperCase() === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(String(endpoint.url)));
}
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
    const clock = options.clock ?? Date.now;
    let lastWriteAt = -Infinity;
    octokit.hook.wrap('request', async (request, endpoint) => {
        const mutating = MUTATING.has(String(endpoint.method).toUpperCase());
        const started = clock();
        for (let attempt = 0;; attempt++) {
            if (mutating && spacing > 0) {
                const wait = lastWriteAt + spacing - clock();
                if (wait > 0)
                    await sleep(wait);
                lastWriteAt = clock();
            }
            try {
                return await request({
                    ...endpoint,
                    request: { ...endpoint.request, signal: AbortSignal.timeout(timeout) },
                });
            }
            catch (error) {
                if (isTransient(error) && lookUpBeforeRetry(endpoint))
                    throw error;
                const delay = retryDelayMs(error, attempt, clock());
                if (delay === undefined || clock() - started + delay > budget)
                    throw error;
                await sleep(delay);
            }
        }
    });
    return octokit;
}


/***/ }),

/***/ 7825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aj: () => (/* binding */ sanitize),
/* harmony export */   al: () => (/* binding */ issueTitle),
/* harmony export */   fF: () => (/* binding */ issueComment),
/* harmony export */   y6: () => (/* binding */ issueBody)
/* harmony export */ });
/* unused harmony export MAX_BODY */
/* harmony import */ var _report_render_checklist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2305);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _report_runbook_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9590);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7994);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2011);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4537);
/* harmony import */ var _issue_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3248);








const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]+):([^\s@/]+)@/gi;
/**
 * Last line of defence before text leaves for GitHub: registered secrets, and the password of any
 * connection string that slipped into a message without being registered.
 */
function sanitize(text) {
    return (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactSecrets */ .fp)(text).replace(URL_CREDENTIALS, (_m, scheme, user) => `${scheme}${user}:***@`);
}
const FAMILY_TITLES = {
    freshness: 'Backup',
    integrity: 'Backup integrity',
    history: 'Backup history',
    'drill-overdue': 'Restore drill overdue',
    drill: 'Restore drill',
    backup: 'Backup creation',
};
/** What the family's checks ask, for the body's first sentence. */
const FAMILY_QUESTIONS = {
    freshness: 'whether there is a usable new backup',
    integrity: 'whether the newest backup is intact and restorable',
    history: 'how the backups behaved over the last days (gaps, retention)',
    'drill-overdue': 'whether a restore drill has proven these backups recently',
    drill: 'whether a restore of the backup works, step by step',
    backup: 'whether the backup job produced a backup',
};
function lead(family, status) {
    // "overdue" already says how bad; "Restore drill overdue warning" would not read.
    return family === 'drill-overdue' ? FAMILY_TITLES[family] : `${FAMILY_TITLES[family]} ${status}`;
}
const MAX_TITLE = 200;
/** "Backup critical — s3://prod-backups: newest backup is 31h old (limit 25h)": what, where, how bad. */
function issueTitle(subject, status = subject.status) {
    const failing = subject.checks.filter(_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .isFailing */ .DI);
    const head = `${lead(subject.family, status)} — ${subject.name}`;
    const worst = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mostTelling */ .Ft)(subject.checks);
    if (!worst)
        return sanitize(head);
    const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : '';
    let title = `${head}: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_6__/* .truncate */ .xv)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryOf */ .YG)(worst), _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .HEADLINE_PART */ .ht)}${more}`;
    if (title.length > MAX_TITLE)
        title = `${title.slice(0, MAX_TITLE - 1)}…`;
    return sanitize(title);
}
function runLink(run) {
    if (!run.url)
        return 'a run outside GitHub Actions';
    return `[run ${run.runId}](${run.url})${run.workflow ? ` of ${run.workflow}` : ''}`;
}
function stamp(iso) {
    return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}
/** GitHub refuses bodies over 65,536 characters; a drill with hundreds of assertions must still file. */
const MAX_BODY = 65_536;
/** Failures remembered from earlier runs whose checks did not run this time. */
function carriedNote(subject, state) {
    const ran = new Set(subject.checks.filter((c) => c.status !== 'skipped').map((c) => c.id));
    const carried = Object.entries(state.facts).filter(([id]) => !ran.has(id));
    if (carried.length === 0)
        return undefined;
    const list = carried.map(([id, fact]) => `\`${id}\` (${(0,_issue_state_js__WEBPACK_IMPORTED_MODULE_5__/* .factStatus */ .Zm)(fact)})`).join(', ');
    return `Not checked by this run, still failing as last seen: ${list}. Another workflow with other inputs checks them.`;
}
function issueBody({ subject, report, run, state, follows }) {
    const steps = (0,_report_runbook_js__WEBPACK_IMPORTED_MODULE_2__/* .nextSteps */ .Z)(subject.family, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .worstFirst */ .md)(subject.checks.filter(_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .isFailing */ .DI)));
    const status = state.status;
    const head = [
        (0,_issue_state_js__WEBPACK_IMPORTED_MODULE_5__/* .markerFor */ ._Z)(subject.id),
        `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICONS */ .Ze[status]} ${lead(subject.family, status)} — ${subject.name}`,
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(subject.checks, status === 'ok' ? undefined : steps[0]),
        '',
        `For \`${subject.source}\`${subject.database ? `, database \`${subject.database}\`` : ''}, these checks ask ${FAMILY_QUESTIONS[subject.family]}.`,
        '',
    ];
    const details = [];
    if (subject.family === 'drill')
        details.push((0,_report_render_checklist_js__WEBPACK_IMPORTED_MODULE_0__/* .renderChecklist */ .t)(report), '');
    details.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .checksMarkdown */ .pW)(subject.checks), '');
    const carried = carriedNote(subject, state);
    if (carried)
        details.push(carried, '');
    const backup = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .backupLine */ .P)(report);
    if (backup && subject.family !== 'drill-overdue')
        details.push(backup, '');
    if (report.kind === 'drill' && report.rto_seconds !== undefined) {
        details.push(`Restore took ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(report.rto_seconds)} (RTO).`, '');
    }
    const tail = [`**Run:** ${run.url ?? 'outside GitHub Actions (no run link)'}`, ''];
    if (follows) {
        const when = follows.closedAt ? ` on ${stamp(follows.closedAt)}` : '';
        tail.push(`Previously: #${follows.number} (closed${when}).`, '');
    }
    if (status !== 'ok')
        tail.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .nextStepsMarkdown */ .Eo)(steps), '');
    tail.push('---', `First seen ${stamp(state.first_seen)} · last seen ${stamp(state.last_seen)} in ${runLink(run)}.`, '', '<sub>Filed by Lifeboat; each run keeps this issue current and closes it when the checks pass. ' +
        'Close this issue or add the `lifeboat:snoozed` label to silence it until something changes: a closed ' +
        'issue is reopened only when the facts change or get worse, a snoozed one hears only of things getting ' +
        'worse, and both still hear when the checks recover. Keep the hidden markers in this body.</sub>', (0,_issue_state_js__WEBPACK_IMPORTED_MODULE_5__/* .stateBlock */ .ji)(state));
    let body = sanitize([...head, ...details, ...tail].join('\n'));
    if (body.length > MAX_BODY) {
        // The failing rows and the next steps matter; the folded passing rows and the checklist can go.
        const failing = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .worstFirst */ .md)(subject.checks.filter(_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .isFailing */ .DI));
        const short = [
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .checksMarkdown */ .pW)(failing.slice(0, 50)),
            '',
            `(${subject.checks.length - Math.min(failing.length, 50)} more checks are in the job summary and the JSON report.)`,
            '',
        ];
        body = sanitize([...head, ...short, ...tail].join('\n'));
    }
    return body;
}
function failingTable(subject) {
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .checksMarkdown */ .pW)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .worstFirst */ .md)(subject.checks.filter(_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .isFailing */ .DI)));
}
function issueComment({ kind, subject, status, run, previous, duplicateOf, closedAt }) {
    const was = previous ? ` (was ${previous.status})` : '';
    const lines = [];
    switch (kind) {
        case 'worse':
        case 'better':
        case 'changed': {
            lines.push(kind === 'worse'
                ? `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICONS */ .Ze[status]} Worse: now ${status}${was}`
                : kind === 'better'
                    ? `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICONS */ .Ze[status]} Improved but still failing: now ${status}${was}`
                    : `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICONS */ .Ze[status]} Still ${status}, the facts changed`, '');
            if (previous) {
                const failing = subject.checks.filter(_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .isFailing */ .DI);
                const ran = new Set(subject.checks.filter((c) => c.status !== 'skipped').map((c) => c.id));
                const newly = failing.filter((c) => !(c.id in previous.facts)).map((c) => `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.id)}\``);
                const fixed = Object.keys(previous.facts)
                    .filter((id) => ran.has(id) && !failing.some((c) => c.id === id))
                    .map((id) => `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(id)}\``);
                if (newly.length)
                    lines.push(`Newly failing: ${newly.join(', ')}.`);
                if (fixed.length)
                    lines.push(`Now passing: ${fixed.join(', ')}.`);
                if (newly.length || fixed.length)
                    lines.push('');
            }
            lines.push(failingTable(subject), '', `Seen in ${runLink(run)}.`);
            break;
        }
        case 'reopened': {
            const ago = closedAt
                ? ` ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)((run.now.getTime() - Date.parse(closedAt)) / 1000)} after it was closed`
                : '';
            const why = previous && previous.resolved_at === undefined ? ' and the facts changed since a person closed it' : '';
            lines.push(`### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICONS */ .Ze[status]} Failing again: ${status}`, '', `Reopening: the ${subject.family} checks fail again${ago}${why}.`, '', failingTable(subject), '', `Seen in ${runLink(run)}.`);
            break;
        }
        case 'recovered':
            lines.push('### ✅ Recovered', '', `All ${subject.family} checks for \`${subject.source}\`${subject.database ? ` (database \`${subject.database}\`)` : ''} pass in ${runLink(run)}.${closedAt ? '' : ' Closing this issue.'}`, '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .checksMarkdown */ .pW)(subject.checks));
            break;
        case 'duplicate':
            lines.push(`Duplicate of #${duplicateOf}: Lifeboat keeps this subject's story there (two issues came from one failure, e.g. an answer lost on the way back from GitHub). Closing this one.`);
            break;
    }
    return sanitize(lines.join('\n'));
}


/***/ }),

/***/ 3248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ markerId),
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   DI: () => (/* binding */ isFailing),
/* harmony export */   WV: () => (/* binding */ factsStatus),
/* harmony export */   Zm: () => (/* binding */ factStatus),
/* harmony export */   _Z: () => (/* binding */ markerFor),
/* harmony export */   cW: () => (/* binding */ worseFacts),
/* harmony export */   ji: () => (/* binding */ stateBlock),
/* harmony export */   w4: () => (/* binding */ sameFacts),
/* harmony export */   yD: () => (/* binding */ factOf)
/* harmony export */ });
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8850);

const MARKER = /<!--\s*lifeboat:id=([A-Za-z0-9_-]+)\s*-->/;
const STATE = /<!--\s*lifeboat:state=(\{.*?\})\s*-->/s;
function markerFor(id) {
    return `<!-- lifeboat:id=${id} -->`;
}
function markerId(body) {
    return body ? MARKER.exec(body)?.[1] : undefined;
}
/** The state block of an issue body; undefined when there is none or a person edited it beyond reading. */
function parseState(body, closedAt) {
    const json = body ? STATE.exec(body)?.[1] : undefined;
    if (!json)
        return undefined;
    try {
        const state = JSON.parse(json);
        if (state?.v === 2 && typeof state.facts === 'object' && state.facts !== null)
            return state;
        if (state?.v === 1 && typeof state.fingerprint === 'string')
            return fromV1(state, closedAt);
        return undefined;
    }
    catch {
        return undefined;
    }
}
/** v1 did not record who closed an issue; it only ever closed on recovery, so a closed v1 issue is resolved. */
function fromV1(state, closedAt) {
    const facts = Object.fromEntries(state.fingerprint
        .split(';')
        .filter(Boolean)
        .map((part) => {
        const colon = part.indexOf(':');
        return [part.slice(0, colon), part.slice(colon + 1)];
    }));
    return {
        v: 2,
        status: state.status,
        facts,
        notified_at: state.notified_at,
        first_seen: state.first_seen,
        last_seen: state.last_seen,
        ...(closedAt ? { resolved_at: closedAt } : {}),
    };
}
function stateBlock(state) {
    // `>` escaped so that no value can close the HTML comment early; JSON.parse reads it back.
    return `<!-- lifeboat:state=${JSON.stringify(state).replace(/>/g, '\\u003e')} -->`;
}
/**
 * Measures that change on every run while the failure stays the same (a backup 31h old is 55h old the
 * next day). Their value is not a new fact; their status is.
 */
const CONTINUOUS_MEASURES = new Set(['recency', 'drill-age', 'rto', 'rpo', 'freshness', 'restore']);
function isFailing(check) {
    return check.status === 'warning' || check.status === 'critical';
}
function factOf(check) {
    const value = CONTINUOUS_MEASURES.has(check.id) ? undefined : (check.display?.value ?? check.value);
    return value === undefined ? check.status : `${check.status}=${String(value)}`;
}
function factStatus(fact) {
    const status = fact.split('=')[0];
    return status === 'critical' || status === 'warning' ? status : 'ok';
}
function factsStatus(facts) {
    return (0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .worstStatus */ .A4)(Object.values(facts).map(factStatus));
}
function sameFacts(a, b) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => b[k] === a[k]);
}
/** A check newly failing or failing harder than people were told. */
function worseFacts(now, before) {
    return Object.entries(now).some(([id, fact]) => (0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .statusRank */ .Tx)(factStatus(fact)) > (0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .statusRank */ .Tx)(factStatus(before[id] ?? 'ok')));
}


/***/ })

};
