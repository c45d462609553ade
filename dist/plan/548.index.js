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
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7045);
/* harmony import */ var _issue_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9706);




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

/***/ 7045:
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

/***/ 9706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y6: () => (/* binding */ issueBody),
  fF: () => (/* binding */ issueComment),
  al: () => (/* binding */ issueTitle),
  aj: () => (/* binding */ sanitize)
});

// UNUSED EXPORTS: MAX_BODY, markerId, parseState

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/render-checklist.ts


const EMOJI = { ok: '✅', warning: '⚠️', critical: '❌', skipped: '➖' };
/**
 * The runbook's quarterly checklist, each row answered by the checks that prove it. A row no check
 * speaks to is `skipped` (➖), never ✅: an unasked question is not a passed one.
 */
function drillChecklist(report) {
    const by = (pred) => report.checks.filter(pred);
    const ids = (...wanted) => by((c) => wanted.includes(c.id));
    const prefixed = (prefix) => by((c) => c.id.startsWith(`${prefix}:`));
    const row = (item, checks, okFigures, none = 'not checked') => {
        if (checks.length === 0)
            return { item, status: 'skipped', figures: none };
        const evaluated = checks.filter((c) => c.status !== 'skipped');
        if (evaluated.length === 0)
            return { item, status: 'skipped', figures: checks.map((c) => c.summary).join('; ') };
        const status = (0,report_report/* worstStatus */.A4)(evaluated.map((c) => c.status));
        const bad = evaluated.filter((c) => c.status !== 'ok');
        return { item, status, figures: status === 'ok' ? okFigures() : bad.map((c) => c.summary).join('; ') };
    };
    const tables = report.tables ?? [];
    const rows = tables.reduce((sum, t) => sum + t.rows, 0);
    const assertions = prefixed('assertion');
    const passed = (list) => `${list.filter((c) => c.status === 'ok').length}/${list.length} passed`;
    const freshness = ids('freshness')[0];
    const phases = report.phases ?? {};
    return [
        row('Backup accessible', ids('store', 'backup', 'fetch', 'checksum', 'archive'), () => {
            const b = report.backup;
            if (!b)
                return 'listed';
            const sha = ids('checksum').find((c) => c.status === 'ok') ? ', sha256 verified' : '';
            return `\`${b.key}\` (${(0,format/* formatBytes */.z3)(b.size)}${b.format ? `, ${b.format}` : ''})${sha}`;
        }),
        row('Restore completed', ids('target', 'disk', 'restore', 'postgres-version'), () => {
            const into = ids('postgres-version')[0]?.display;
            const versions = into?.value
                ? ` into PostgreSQL ${into.value}${into.threshold ? ` (the backup came from ${into.threshold})` : ''}`
                : '';
            return `${phases.restore !== undefined ? `restored in ${(0,format/* formatDuration */.a3)(phases.restore)}` : 'restored'}${versions}`;
        }),
        row('Row counts', ids('tables'), () => {
            const exact = tables.some((t) => t.expected_rows !== undefined);
            return `${(0,format/* plural */.LS)(tables.length, 'table')}, ${(0,format/* plural */.LS)(rows, 'row')}${exact ? ', every count exact' : ''}`;
        }),
        row('App connects', ids('smoke'), () => ids('smoke')[0].summary, 'no smoke command'),
        row('Assertions', assertions, () => passed(assertions), 'no assertions in the checks file'),
        row('Tenant isolation', prefixed('tenant-isolation'), () => passed(prefixed('tenant-isolation')), 'no assertion tagged tenant-isolation'),
        row('Balances', prefixed('balances'), () => passed(prefixed('balances')), 'no assertion tagged balances'),
        row('No corruption', ids('amcheck'), () => ids('amcheck')[0].summary, 'amcheck not enabled'),
        row('RTO', ids('rto'), () => report.rto_seconds !== undefined
            ? `${(0,format/* formatDuration */.a3)(report.rto_seconds)} (target ${(0,format/* formatDuration */.a3)(Number(ids('rto')[0].threshold))})`
            : ''),
        row('RPO', ids('rpo', 'freshness'), () => {
            const rpo = ids('rpo')[0];
            const parts = [
                `${(0,format/* formatDuration */.a3)(Number(rpo?.value ?? 0))} (target ${(0,format/* formatDuration */.a3)(Number(rpo?.threshold ?? 0))})`,
            ];
            if (freshness?.value !== undefined)
                parts.push(`data ${(0,format/* formatDuration */.a3)(Number(freshness.value))} older than the backup`);
            return parts.join('; ');
        }),
    ];
}
function render_checklist_renderChecklist(report) {
    const lines = ['| | runbook check | result |', '|---|---|---|'];
    for (const r of drillChecklist(report)) {
        lines.push(`| ${EMOJI[r.status]} | ${r.item} | ${r.figures.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts


/**
 * The Markdown both the job summary and the issues are made of: one headline, failing checks first,
 * passing ones folded away, values a person reads at a glance. One renderer, so that a summary and its
 * issue never disagree on what a value means.
 */
const markdown_ICONS = { ok: '✅', warning: '⚠️', critical: '❌', skipped: '➖' };
// A digest, whole or already cut by its check (`389d6be7eaad38cd…`): 16 hex digits or more.
const HEX_HASH = /\b[0-9a-f]{16,128}\b…?/gi;
/**
 * A check's value or threshold as a person reads it: its display string (sizes, durations, counts
 * with separators), digests cut to 12 hex — the JSON report keeps the full value.
 */
function cellValue(check, field) {
    const shown = field === 'value' ? (0,report_report/* displayValue */.KN)(check) : (0,report_report/* displayThreshold */.c5)(check);
    return shown === undefined ? '' : shortenHashes(shown);
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** Table cell text: one line, pipes escaped, and no `<` so that a stray `<!--` cannot hide the rest. */
function cell(text) {
    if (!text)
        return '';
    return oneLine(text).replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
/** Digests in prose are shortened too: a 64-hex string in a sentence pushes the rest off-screen. */
function shortenHashes(text) {
    return text.replace(HEX_HASH, (h) => `${(0,format/* shortHash */.BC)(h)}…`);
}
function markdown_isFailing(check) {
    return check.status === 'warning' || check.status === 'critical';
}
/**
 * Checks that explain a failure in words ("archive truncated") before those that only show its effect
 * (a checksum mismatch of two hex strings, a small size, a row count).
 */
const TELLING = [
    'store',
    'exists',
    'connect',
    'backup',
    'dump',
    'archive',
    'content',
    'manifest',
    'restore',
    'target',
    'fetch',
    'recency',
    'future',
    'drill-age',
    'tables',
    'smoke',
    'checksum',
    'size',
    'rows',
];
function tellingRank(id) {
    const i = TELLING.indexOf(id);
    return i === -1 ? TELLING.length : i;
}
/** Worst first; among equals the more telling check, then the report's order. */
function markdown_worstFirst(checks) {
    return checks
        .map((c, i) => ({ c, i }))
        .sort((a, b) => (0,report_report/* statusRank */.Tx)(b.c.status) - (0,report_report/* statusRank */.Tx)(a.c.status) || tellingRank(a.c.id) - tellingRank(b.c.id) || a.i - b.i)
        .map(({ c }) => c);
}
/** The failure that best says what is wrong, or undefined when nothing fails. */
function mostTelling(checks) {
    return markdown_worstFirst(checks.filter(markdown_isFailing))[0];
}
function summaryOf(check) {
    return shortenHashes(oneLine(check.summary)).replace(/\.$/, '');
}
/** The headline stays one line on a laptop: each part is cut at a word, the full text is in the table below. */
const HEADLINE_PART = 120;
/**
 * One line a person reads first: the most telling failure, the counts and the next step.
 * "❌ **archive**: the archive ends before its data does · 2 of 9 checks failing (2 critical) · Next: …"
 */
function markdown_headline(checks, nextStep) {
    const worst = mostTelling(checks);
    const judged = checks.filter((c) => c.status !== 'skipped');
    if (!worst) {
        const skipped = checks.length - judged.length;
        return `${markdown_ICONS.ok} All ${(0,format/* plural */.LS)(judged.length, 'check')} passed${skipped ? ` (${(0,format/* formatCount */.B4)(skipped)} not run)` : ''}.`;
    }
    const failing = checks.filter(markdown_isFailing);
    const critical = failing.filter((c) => c.status === 'critical').length;
    const warning = failing.length - critical;
    const counts = [critical ? `${(0,format/* formatCount */.B4)(critical)} critical` : '', warning ? `${(0,format/* formatCount */.B4)(warning)} warning` : '']
        .filter(Boolean)
        .join(', ');
    const next = nextStep ? ` · **Next:** ${(0,format/* truncate */.xv)(oneLine(nextStep), HEADLINE_PART)}` : '';
    return `${markdown_ICONS[worst.status]} **${worst.id}**: ${(0,format/* truncate */.xv)(summaryOf(worst), HEADLINE_PART)} · ${failing.length} of ${(0,format/* plural */.LS)(judged.length, 'check')} failing (${counts})${next}`;
}
/**
 * `shownValues`: an assertion's returned value (`show_value: true` in the checks file) is table data: the
 * job summary may show it, an issue never does.
 */
function table(checks, shownValues) {
    const found = (c) => shownValues && c.shown_value !== undefined ? `${summaryOf(c)} (returned: ${c.shown_value})` : summaryOf(c);
    const rows = checks.map((c) => `| ${markdown_ICONS[c.status]} | \`${cell(c.label ?? c.id)}\` | ${cell(found(c))} | ${cell(cellValue(c, 'value'))} | ${cell(cellValue(c, 'threshold'))} |`);
    // The explanation sits before the figures: on a narrow screen it is what must stay visible.
    return ['| | check | what was found | value | limit |', '|---|---|---|---|---|', ...rows].join('\n');
}
/** Failing checks in a table, worst first; the passing and skipped ones folded in a `<details>` below. */
function markdown_checksMarkdown(checks, opts = {}) {
    const shown = opts.shownValues ?? false;
    const failing = markdown_worstFirst(checks.filter(markdown_isFailing));
    const rest = checks.filter((c) => !markdown_isFailing(c));
    const out = [];
    if (failing.length)
        out.push(table(failing, shown));
    if (rest.length) {
        const ok = rest.filter((c) => c.status === 'ok').length;
        const skipped = rest.length - ok;
        const label = [ok ? `${(0,format/* plural */.LS)(ok, 'check')} passed` : '', skipped ? `${(0,format/* formatCount */.B4)(skipped)} not run` : '']
            .filter(Boolean)
            .join(', ');
        if (failing.length)
            out.push('');
        out.push(`<details><summary>${label}</summary>`, '', table(rest, shown), '', '</details>');
    }
    return out.join('\n');
}
/** "What to do next" with numbered steps; the same section in the job summary and in the issue. */
function markdown_nextStepsMarkdown(steps) {
    if (steps.length === 0)
        return '';
    return ['### What to do next', '', ...steps.map((s, i) => `${i + 1}. ${s}`)].join('\n');
}
/** "Issue: #12 Backup critical — …" lines for the job summary. */
function markdown_issueLinks(issues) {
    if (issues.length === 0)
        return '';
    return issues.map((i) => `**Issue:** [#${i.number}${i.title ? ` ${cell(i.title)}` : ''}](${i.url})`).join('  \n');
}

// EXTERNAL MODULE: ./src/report/families.ts
var families = __webpack_require__(6047);
;// CONCATENATED MODULE: ./src/report/runbook.ts


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
    checksum: [
        'The backup does not match its recorded sha256: treat it as corrupt. Do not delete it yet (it is evidence); find the newest older backup that verifies.',
    ],
    archive: [
        'The file is not a readable PostgreSQL backup: check the dump format/compression settings of the backup job and whether the upload was cut short.',
    ],
    content: [
        'The archive lists its tables but its data does not decompress/parse: the dump was likely truncated. Re-run the backup and compare sizes.',
    ],
    manifest: [
        'A Lifeboat backup has no manifest: its upload did not complete. Read the `create-backup` run of that time for the error.',
    ],
};
const FAMILY_STEPS = {
    freshness: ['Once a new backup is in the store, re-run this workflow: the issue closes itself when the checks pass.'],
    integrity: [
        'Until a backup verifies, your restore point is the newest older backup that passes: run `restore-drill` with `backup: <that key>` to prove it.',
        'Take a fresh backup (dispatch `create-backup`) and re-run this workflow: the issue closes itself when the checks pass.',
    ],
    history: [
        'These are past facts: they clear by themselves once the window no longer holds them. Close this issue or add `lifeboat:snoozed` to silence it until something changes.',
    ],
    'drill-overdue': [
        'Run the restore drill now: Actions → Restore drill → Run workflow (or `gh workflow run restore-drill.yml -f backup=latest`).',
        'Read its job summary: the runbook checklist says what a restore today would and would not give back; fix what it finds.',
        'Keep it scheduled (the shipped `restore-drill.yml` runs every quarter): this issue closes itself on the next verify after a successful drill.',
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
    // Drill and backup reports use check ids of their own; their family steps cover them.
    const own = family === 'drill' || family === 'backup' || family === 'drill-overdue' ? [] : failing;
    for (const check of own) {
        for (const step of CHECK_STEPS[check.id] ?? []) {
            if (!steps.includes(step))
                steps.push(step);
        }
    }
    for (const step of FAMILY_STEPS[family])
        if (!steps.includes(step))
            steps.push(step);
    return steps;
}
/**
 * The steps for a whole report (the job summary): those of every failing family, most urgent family
 * first; the same words the issues carry. Quiet families come last.
 */
function runbook_nextStepsForReport(report) {
    // The most telling failure first, so that step 1 is the headline's "Next".
    const failing = worstFirst(report.checks.filter(isFailing));
    const families = FAMILY_ORDER.filter((f) => failing.some((c) => familyOf(report.kind, c.id) === f)).sort((a, b) => Number(QUIET_FAMILIES.has(a)) - Number(QUIET_FAMILIES.has(b)));
    const steps = [];
    for (const family of families) {
        for (const step of nextSteps(family, failing.filter((c) => familyOf(report.kind, c.id) === family))) {
            if (!steps.includes(step))
                steps.push(step);
        }
    }
    return steps;
}

// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/report/summary.ts





const TITLE = {
    verify: 'Backup verification',
    drill: 'Restore drill',
    backup: 'Backup',
};
/** "Backup `db_….dump` taken 2026-11-28 02:00 UTC, 46.1 MiB, custom, sha256 3f2a…": the backup judged. */
function backupLine(report) {
    const b = report.backup;
    if (!b)
        return undefined;
    const parts = [`taken ${b.time.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC')}`];
    if (Number.isFinite(b.size))
        parts.push((0,format/* formatBytes */.z3)(b.size));
    if (b.format)
        parts.push(b.format);
    if (b.sha256)
        parts.push(`sha256 \`${(0,format/* shortHash */.BC)(b.sha256)}…\``);
    return `Backup \`${b.key}\` ${parts.join(', ')} — from \`${report.source}\`${report.database ? ` (database \`${report.database}\`)` : ''}`;
}
/**
 * The job summary of every action: headline, the backup, the issue this run filed, the checks (the
 * drill's runbook checklist first), the same "What to do next" the issue carries, then `extra` sections.
 */
function renderSummary(report, opts = {}) {
    const steps = nextStepsForReport(report);
    const out = [
        `## ${ICONS[report.status]} ${TITLE[report.kind]}: ${report.status}`,
        '',
        headline(report.checks, steps[0]),
        '',
    ];
    const backup = backupLine(report);
    out.push(backup ?? `Source: \`${report.source}\``, '');
    const links = issueLinks(opts.issues ?? []);
    if (links)
        out.push(links, '');
    if (report.kind === 'drill') {
        out.push(renderChecklist(report), '');
        const phases = report.phases ?? {};
        if (Object.keys(phases).length) {
            out.push(`**Phases:** ${Object.entries(phases)
                .map(([name, s]) => `${name} ${formatDuration(s)}`)
                .join(' · ')}${report.rto_seconds !== undefined ? ` — RTO ${formatDuration(report.rto_seconds)}` : ''}`, '');
        }
        if (report.tables?.length) {
            out.push('<details><summary>Tables</summary>', '', '| table | rows | expected |', '|---|---:|---:|');
            for (const t of report.tables) {
                out.push(`| \`${t.name}\` | ${formatCount(t.rows)} | ${t.expected_rows === undefined ? '' : formatCount(t.expected_rows)} |`);
            }
            out.push('', '</details>', '');
        }
    }
    out.push(checksMarkdown(report.checks, { shownValues: true }));
    const next = nextStepsMarkdown(steps);
    if (next)
        out.push('', next);
    // Sections of one action (the history chart, the backup listing) come after what to do.
    for (const section of opts.extra ?? [])
        out.push('', section);
    if (opts.runUrl)
        out.push('', `[Workflow run](${opts.runUrl})`);
    return redactSecrets(out.join('\n'));
}

// EXTERNAL MODULE: ./src/github/issue-state.ts
var issue_state = __webpack_require__(3248);
;// CONCATENATED MODULE: ./src/github/issue-body.ts








const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]+):([^\s@/]+)@/gi;
/**
 * Last line of defence before text leaves for GitHub: registered secrets, and the password of any
 * connection string that slipped into a message without being registered.
 */
function sanitize(text) {
    return (0,secrets/* redactSecrets */.fp)(text).replace(URL_CREDENTIALS, (_m, scheme, user) => `${scheme}${user}:***@`);
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
    const failing = subject.checks.filter(markdown_isFailing);
    const head = `${lead(subject.family, status)} — ${subject.name}`;
    const worst = mostTelling(subject.checks);
    if (!worst)
        return sanitize(head);
    const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : '';
    let title = `${head}: ${(0,format/* truncate */.xv)(summaryOf(worst), HEADLINE_PART)}${more}`;
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
    const list = carried.map(([id, fact]) => `\`${id}\` (${(0,issue_state/* factStatus */.Zm)(fact)})`).join(', ');
    return `Not checked by this run, still failing as last seen: ${list}. Another workflow with other inputs checks them.`;
}
function issueBody({ subject, report, run, state, follows }) {
    const steps = nextSteps(subject.family, markdown_worstFirst(subject.checks.filter(markdown_isFailing)));
    const status = state.status;
    const head = [
        (0,issue_state/* markerFor */._Z)(subject.id),
        `### ${markdown_ICONS[status]} ${lead(subject.family, status)} — ${subject.name}`,
        '',
        markdown_headline(subject.checks, status === 'ok' ? undefined : steps[0]),
        '',
        `For \`${subject.source}\`${subject.database ? `, database \`${subject.database}\`` : ''}, these checks ask ${FAMILY_QUESTIONS[subject.family]}.`,
        '',
    ];
    const details = [];
    if (subject.family === 'drill')
        details.push(render_checklist_renderChecklist(report), '');
    details.push(markdown_checksMarkdown(subject.checks), '');
    const carried = carriedNote(subject, state);
    if (carried)
        details.push(carried, '');
    const backup = backupLine(report);
    if (backup && subject.family !== 'drill-overdue')
        details.push(backup, '');
    if (report.kind === 'drill' && report.rto_seconds !== undefined) {
        details.push(`Restore took ${(0,format/* formatDuration */.a3)(report.rto_seconds)} (RTO).`, '');
    }
    const tail = [`**Run:** ${run.url ?? 'outside GitHub Actions (no run link)'}`, ''];
    if (follows) {
        const when = follows.closedAt ? ` on ${stamp(follows.closedAt)}` : '';
        tail.push(`Previously: #${follows.number} (closed${when}).`, '');
    }
    if (status !== 'ok')
        tail.push(markdown_nextStepsMarkdown(steps), '');
    tail.push('---', `First seen ${stamp(state.first_seen)} · last seen ${stamp(state.last_seen)} in ${runLink(run)}.`, '', '<sub>Filed by Lifeboat; each run keeps this issue current and closes it when the checks pass. ' +
        'Close this issue or add the `lifeboat:snoozed` label to silence it until something changes: a closed ' +
        'issue is reopened only when the facts change or get worse, a snoozed one hears only of things getting ' +
        'worse, and both still hear when the checks recover. Keep the hidden markers in this body.</sub>', (0,issue_state/* stateBlock */.ji)(state));
    let body = sanitize([...head, ...details, ...tail].join('\n'));
    if (body.length > MAX_BODY) {
        // The failing rows and the next steps matter; the folded passing rows and the checklist can go.
        const failing = markdown_worstFirst(subject.checks.filter(markdown_isFailing));
        const short = [
            markdown_checksMarkdown(failing.slice(0, 50)),
            '',
            `(${subject.checks.length - Math.min(failing.length, 50)} more checks are in the job summary and the JSON report.)`,
            '',
        ];
        body = sanitize([...head, ...short, ...tail].join('\n'));
    }
    return body;
}
function failingTable(subject) {
    return markdown_checksMarkdown(markdown_worstFirst(subject.checks.filter(markdown_isFailing)));
}
function issueComment({ kind, subject, status, run, previous, duplicateOf, closedAt }) {
    const was = previous ? ` (was ${previous.status})` : '';
    const lines = [];
    switch (kind) {
        case 'worse':
        case 'better':
        case 'changed': {
            lines.push(kind === 'worse'
                ? `### ${markdown_ICONS[status]} Worse: now ${status}${was}`
                : kind === 'better'
                    ? `### ${markdown_ICONS[status]} Improved but still failing: now ${status}${was}`
                    : `### ${markdown_ICONS[status]} Still ${status}, the facts changed`, '');
            if (previous) {
                const failing = subject.checks.filter(markdown_isFailing);
                const ran = new Set(subject.checks.filter((c) => c.status !== 'skipped').map((c) => c.id));
                const newly = failing.filter((c) => !(c.id in previous.facts)).map((c) => `\`${cell(c.id)}\``);
                const fixed = Object.keys(previous.facts)
                    .filter((id) => ran.has(id) && !failing.some((c) => c.id === id))
                    .map((id) => `\`${cell(id)}\``);
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
                ? ` ${(0,format/* formatDuration */.a3)((run.now.getTime() - Date.parse(closedAt)) / 1000)} after it was closed`
                : '';
            const why = previous && previous.resolved_at === undefined ? ' and the facts changed since a person closed it' : '';
            lines.push(`### ${markdown_ICONS[status]} Failing again: ${status}`, '', `Reopening: the ${subject.family} checks fail again${ago}${why}.`, '', failingTable(subject), '', `Seen in ${runLink(run)}.`);
            break;
        }
        case 'recovered':
            lines.push('### ✅ Recovered', '', `All ${subject.family} checks for \`${subject.source}\`${subject.database ? ` (database \`${subject.database}\`)` : ''} pass in ${runLink(run)}.${closedAt ? '' : ' Closing this issue.'}`, '', markdown_checksMarkdown(subject.checks));
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


/***/ }),

/***/ 6047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   Ct: () => (/* binding */ FAMILY_ORDER),
/* harmony export */   _4: () => (/* binding */ QUIET_FAMILIES)
/* harmony export */ });
/**
 * Verify checks by family. `history` holds past facts (a gap last week stays a gap for 14 days after
 * the backups are back), so it must not keep a freshness issue open, and is not filed unless asked for.
 */
const VERIFY_FAMILIES = {
    store: 'freshness',
    exists: 'freshness',
    recency: 'freshness',
    future: 'freshness',
    size: 'freshness',
    checksum: 'integrity',
    archive: 'integrity',
    content: 'integrity',
    rows: 'integrity',
    manifest: 'integrity',
    gaps: 'history',
    retention: 'history',
    'drill-age': 'drill-overdue',
};
function familyOf(kind, checkId) {
    if (kind === 'drill')
        return 'drill';
    if (kind === 'backup')
        return 'backup';
    // Store checks of a platform (Railway's `schedule`, `retention`) and any check added later without a
    // family still get reported rather than silently dropped.
    return VERIFY_FAMILIES[checkId] ?? 'freshness';
}
const FAMILY_ORDER = ['freshness', 'integrity', 'history', 'drill-overdue', 'drill', 'backup'];
/** Families that are reported but get no issue unless the workflow asks for them. */
const QUIET_FAMILIES = new Set(['history']);


/***/ })

};
