export const id = 440;
export const ids = [440];
export const modules = {

/***/ 8678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportIssuesOrWarn: () => (/* binding */ reportIssuesOrWarn)
});

// UNUSED EXPORTS: GitHubPermissionError, IssueReportError, LIFEBOAT_LABEL, checkDrillAge, filingWarning, issueContextFromEnv, parseListInput, reportIssues, runUrl, subjectsFor

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/github/github-client.ts
var github_client = __webpack_require__(7045);
// EXTERNAL MODULE: ./src/github/issue-body.ts
var issue_body = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/github/issue-state.ts
var issue_state = __webpack_require__(3248);
;// CONCATENATED MODULE: ./src/github/issue-plan.ts


const LIFEBOAT_LABEL = 'lifeboat';
const SNOOZE_LABEL = 'lifeboat:snoozed';
const SEVERITY_PREFIX = 'severity:';
/** A subject failing again within a week continues its old issue; later it is a new story. */
const REOPEN_WINDOW_MS = 7 * 86_400_000;
// "At most once a day", with slack so that a daily cron drifting by minutes is not skipped a day.
const CHANGE_COMMENT_INTERVAL_MS = 23 * 3_600_000;
function hasLabel(issue, name) {
    return issue.labels.some((l) => l.toLowerCase() === name.toLowerCase());
}
function wantedLabels(status, current, extra = []) {
    const keep = current.filter((l) => !l.toLowerCase().startsWith(SEVERITY_PREFIX));
    const wanted = [...keep, LIFEBOAT_LABEL, `${SEVERITY_PREFIX}${status}`, ...extra];
    const seen = new Set();
    return wanted.filter((l) => {
        const k = l.toLowerCase();
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function sameLabels(a, b) {
    const x = new Set(a.map((s) => s.toLowerCase()));
    const y = new Set(b.map((s) => s.toLowerCase()));
    return x.size === y.size && [...x].every((s) => y.has(s));
}
/**
 * The facts of this run, plus the failures a previous run saw in checks this run did not make: a
 * workflow without `min-retention` says nothing about retention, so it must not "fix" it.
 */
function currentFacts(subject, previous) {
    const facts = {};
    const ran = new Set(subject.checks.filter((c) => c.status !== 'skipped').map((c) => c.id));
    for (const [id, fact] of Object.entries(previous?.facts ?? {})) {
        if (!ran.has(id) && (0,issue_state/* factStatus */.Zm)(fact) !== 'ok')
            facts[id] = fact;
    }
    for (const check of subject.checks)
        if ((0,issue_state/* isFailing */.DI)(check))
            facts[check.id] = (0,issue_state/* factOf */.yD)(check);
    return facts;
}
/**
 * Decides what one subject's issue needs after this run (PRODUCT.md §5): pure, so that every rule is
 * a table test; the executor only turns the steps into API calls.
 */
function planIssue(subject, issues, now, options) {
    const nowIso = now.toISOString();
    const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
    const closed = issues
        .filter((i) => i.state === 'closed')
        .sort((a, b) => Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? '') || b.number - a.number);
    // Duplicates can exist after a race or an answer lost on the way back: the oldest is the issue of record.
    const record = open[0];
    const lastClosed = closed[0];
    const previous = record?.memory ?? lastClosed?.memory;
    const nothing = (why, number) => ({
        steps: [],
        outcome: 'none',
        number,
        why,
        status: previous?.status ?? 'ok',
    });
    if (!subject.evaluated)
        return nothing('no check of this family ran', record?.number);
    const facts = currentFacts(subject, record ? record.memory : lastClosed?.memory);
    const status = (0,issue_state/* factsStatus */.WV)(facts);
    const ranFailing = subject.checks.some(issue_state/* isFailing */.DI);
    if (status === 'ok')
        return planRecovery(open, lastClosed, nowIso);
    // Only failures carried over from checks this run did not make: nothing new is known.
    if (!ranFailing)
        return { ...nothing('the failing checks did not run in this configuration', record?.number), status };
    const fresh = (firstSeen) => ({
        v: 2,
        status,
        facts,
        notified_at: nowIso,
        first_seen: firstSeen ?? nowIso,
        last_seen: nowIso,
    });
    const title = options.title(subject, status);
    const extra = options.labels ?? [];
    if (record) {
        const steps = [];
        for (const dupe of open.slice(1)) {
            steps.push({ op: 'comment', number: dupe.number, kind: 'duplicate', duplicateOf: record.number });
            if (dupe.memory)
                steps.push({
                    op: 'close',
                    number: dupe.number,
                    reason: 'not_planned',
                    state: { ...dupe.memory, resolved_at: nowIso },
                });
            else
                steps.push({ op: 'close', number: dupe.number, reason: 'not_planned' });
        }
        const before = record.memory;
        const worse = !before || (0,report_report/* statusRank */.Tx)(status) > (0,report_report/* statusRank */.Tx)(before.status) || (0,issue_state/* worseFacts */.cW)(facts, before.facts);
        const statusChanged = !before || before.status !== status;
        const changed = !before || !(0,issue_state/* sameFacts */.w4)(facts, before.facts);
        const due = !before || now.getTime() - Date.parse(before.notified_at) >= CHANGE_COMMENT_INTERVAL_MS;
        // A snoozed issue hears only of things getting worse; an unsnoozed one also of changes, once a day at most.
        const notify = hasLabel(record, SNOOZE_LABEL) ? worse : worse || statusChanged || (changed && due);
        const state = notify
            ? fresh(before?.first_seen ?? record.createdAt)
            : { ...before, status, facts: before.facts, last_seen: nowIso };
        if (notify) {
            const kind = worse ? 'worse' : statusChanged ? 'better' : 'changed';
            steps.push({ op: 'comment', number: record.number, kind, previous: before });
        }
        const labels = wantedLabels(status, record.labels, extra);
        steps.push({
            op: 'update',
            number: record.number,
            state,
            // The title follows the facts silently too: "31h old" must not stay in the title at 55h.
            ...(title !== record.title ? { title } : {}),
            ...(sameLabels(labels, record.labels) ? {} : { labels }),
        });
        return {
            steps,
            outcome: notify ? 'commented' : 'updated',
            number: record.number,
            why: notify ? `notified: ${worse ? 'worse' : statusChanged ? 'better' : 'facts changed'}` : 'unchanged',
            status,
        };
    }
    if (lastClosed) {
        const memory = lastClosed.memory;
        const acknowledged = memory !== undefined && memory.resolved_at === undefined;
        // A person closed it while it was failing: respected until the facts get worse or change.
        if (acknowledged && (0,issue_state/* sameFacts */.w4)(facts, memory.facts)) {
            return { ...nothing('closed by a person; facts unchanged', lastClosed.number), status };
        }
        const closedAt = Date.parse(lastClosed.closedAt ?? '');
        if (now.getTime() - closedAt <= REOPEN_WINDOW_MS) {
            return reopen(lastClosed, acknowledged ? 'the facts changed since a person closed it' : 'failing again within a week');
        }
    }
    return {
        steps: [
            {
                op: 'create',
                title,
                labels: wantedLabels(status, [], extra),
                state: fresh(),
                ...(lastClosed ? { follows: { number: lastClosed.number, closedAt: lastClosed.closedAt } } : {}),
            },
        ],
        outcome: 'created',
        why: lastClosed ? 'failing again long after a recovery' : 'first failure',
        status,
    };
    function reopen(issue, why) {
        return {
            steps: [
                {
                    op: 'reopen',
                    number: issue.number,
                    title,
                    labels: wantedLabels(status, issue.labels, extra),
                    state: fresh(),
                },
                { op: 'comment', number: issue.number, kind: 'reopened', previous: issue.memory, closedAt: issue.closedAt },
            ],
            outcome: 'reopened',
            number: issue.number,
            why,
            status,
        };
    }
}
/**
 * Every open issue of the subject is closed (duplicates included); one a person closed while it was
 * failing still hears that it recovered, so that the next failure is news again.
 */
function planRecovery(open, lastClosed, nowIso) {
    const resolved = (issue) => ({
        v: 2,
        status: 'ok',
        facts: {},
        notified_at: nowIso,
        first_seen: issue.memory?.first_seen ?? issue.createdAt,
        last_seen: nowIso,
        resolved_at: nowIso,
    });
    if (open.length) {
        const steps = open.flatMap((issue) => [
            // Comment first: if closing fails, the next run still sees an open issue and tries again.
            { op: 'comment', number: issue.number, kind: 'recovered' },
            { op: 'close', number: issue.number, reason: 'completed', state: resolved(issue) },
        ]);
        return { steps, outcome: 'closed', number: open[0].number, why: 'recovered', status: 'ok' };
    }
    if (lastClosed?.memory && lastClosed.memory.resolved_at === undefined) {
        return {
            steps: [
                { op: 'comment', number: lastClosed.number, kind: 'recovered', closedAt: lastClosed.closedAt },
                { op: 'update', number: lastClosed.number, state: resolved(lastClosed) },
            ],
            outcome: 'commented',
            number: lastClosed.number,
            why: 'recovered after a person closed it',
            status: 'ok',
        };
    }
    return { steps: [], outcome: 'none', why: 'ok', status: 'ok' };
}

// EXTERNAL MODULE: ./src/report/families.ts
var families = __webpack_require__(6047);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/github/subjects.ts




function subjectId(source, family, database) {
    const key = database ? `${source}\n${database}\n${family}` : `${source}\n${family}`;
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 16);
}
/** Before subjects had a database and five families, verify's store checks lived in `recency`. */
function legacyIdsOf(source, family, database) {
    if (database)
        return [];
    if (family === 'freshness')
        return [subjectId(source, 'recency')];
    return [];
}
/** Subjects of a report, one per family that has checks, in a stable order. */
function subjectsFor(report, name) {
    const source = (0,secrets/* redactUrl */.BO)(report.source);
    const database = report.database ? (0,secrets/* redactSecrets */.fp)(report.database) : undefined;
    const byFamily = new Map();
    for (const check of report.checks) {
        const family = (0,families/* familyOf */.Ap)(report.kind, check.id);
        byFamily.set(family, [...(byFamily.get(family) ?? []), check]);
    }
    // A family with no check in this run (integrity: none, drill-age without a token) yields no subject:
    // its open issue, if any, is left alone rather than closed as "recovered".
    return families/* FAMILY_ORDER */.Ct.filter((f) => byFamily.has(f)).map((family) => {
        const checks = byFamily.get(family);
        const label = name ? (0,secrets/* redactSecrets */.fp)(name) : source;
        return {
            id: subjectId(source, family, database),
            legacyIds: legacyIdsOf(source, family, database),
            name: database ? `${label} (${database})` : label,
            ...(database ? { database } : {}),
            family,
            source,
            checks,
            status: (0,report_report/* worstStatus */.A4)(checks.map((c) => c.status)),
            evaluated: checks.some((c) => c.status !== 'skipped'),
        };
    });
}

// EXTERNAL MODULE: ./src/github/drill-age.ts
var drill_age = __webpack_require__(2548);
// EXTERNAL MODULE: ./src/github/issue-context.ts
var issue_context = __webpack_require__(3806);
// EXTERNAL MODULE: ./src/settings/publication.ts
var publication = __webpack_require__(9419);
;// CONCATENATED MODULE: ./src/github/issue-reporter.ts













/** A failure filing some of the issues; `partial` holds what was done before and after it. */
class IssueReportError extends Error {
    partial;
    causes;
    constructor(message, partial, causes) {
        super(message);
        this.partial = partial;
        this.causes = causes;
        this.name = 'IssueReportError';
    }
}

const ISSUES_PERMISSION = 'issues: write';
/** A create that GitHub answered with a 5xx or not at all is looked up, then tried again, this often. */
const CREATE_ATTEMPTS = 3;
const LABEL_STYLE = {
    lifeboat: { color: '1d76db', description: 'Filed and kept current by Lifeboat backup checks' },
    'lifeboat:snoozed': { color: 'c5def5', description: 'Lifeboat: silenced until the facts change or get worse' },
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
/** Maps the API's refusals to errors that name their real cause; everything else passes through. */
async function call(ctx, action, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw asCause(ctx, action, error);
    }
}
function asCause(ctx, action, error) {
    if ((0,github_client/* isRateLimited */.Jz)(error))
        return new github_client/* GitHubRateLimitError */.Rr(action, error);
    if ((0,github_client/* isPermissionDenied */.T1)(error)) {
        const detail = (0,github_client/* isHttpError */.d)(error) && error.status === 404
            ? `${(0,github_client/* gitHubMessage */.RG)(error)} (the token cannot see ${ctx.owner}/${ctx.repo}, or its issues are disabled)`
            : (0,github_client/* gitHubMessage */.RG)(error);
        return new github_client/* GitHubPermissionError */.x6(ISSUES_PERMISSION, action, detail);
    }
    if ((0,github_client/* isTransient */.dg)(error))
        return new github_client/* GitHubUnavailableError */.Wn(action, error);
    if ((0,github_client/* isHttpError */.d)(error) && error.status === 401) {
        return new Error(`Could not ${action}: GitHub rejected the token (${(0,github_client/* gitHubMessage */.RG)(error)}).`);
    }
    return new Error(`Could not ${action} in ${ctx.owner}/${ctx.repo}: ${(0,github_client/* gitHubMessage */.RG)(error)}`);
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Turns plans into REST calls; all deciding is done by planIssue. */
class Executor {
    ctx;
    client;
    report;
    logger;
    run;
    labelsKnown;
    /** Labels GitHub refused this run: never sent again. */
    refused = new Set();
    urls = new Map();
    constructor(ctx, client, report, logger, run) {
        this.ctx = ctx;
        this.client = client;
        this.report = report;
        this.logger = logger;
        this.run = run;
    }
    /** All Lifeboat issues, open and closed, through the list API: search lags behind writes. */
    async listIssues(state = 'all') {
        const { owner, repo } = this.ctx;
        const all = await call(this.ctx, 'list issues', () => this.client.paginate(this.client.rest.issues.listForRepo, {
            owner,
            repo,
            state,
            labels: LIFEBOAT_LABEL,
            per_page: 100,
        }));
        const issues = all.filter((i) => !i.pull_request);
        for (const i of issues)
            this.urls.set(i.number, i.html_url);
        return issues;
    }
    tracked(subject, issues) {
        const ids = new Set([subject.id, ...subject.legacyIds]);
        return issues
            .filter((i) => ids.has((0,issue_state/* markerId */.Aw)(i.body) ?? ''))
            .map((i) => ({
            number: i.number,
            title: i.title,
            state: i.state === 'open' ? 'open' : 'closed',
            labels: labelNames(i),
            createdAt: i.created_at,
            closedAt: i.closed_at,
            memory: (0,issue_state/* parseState */.Bu)(i.body, i.closed_at),
        }));
    }
    async handle(subject, issues) {
        const plan = planIssue(subject, this.tracked(subject, issues), this.run.now, {
            labels: this.ctx.labels,
            title: issue_body/* issueTitle */.al,
        });
        let number = plan.number;
        let title;
        for (const step of plan.steps) {
            const done = await this.execute(subject, step, plan.status);
            if (done && (step.op === 'create' || done.number === plan.number))
                ({ number, title } = done);
        }
        return {
            subject: subject.name,
            family: subject.family,
            action: plan.outcome,
            number,
            url: number === undefined ? undefined : this.urls.get(number),
            title,
        };
    }
    body(subject, state, follows) {
        return (0,issue_body/* issueBody */.y6)({ subject, report: this.report, run: this.run, state, follows });
    }
    async execute(subject, step, status) {
        const { owner, repo } = this.ctx;
        const remember = (data) => {
            this.urls.set(data.number, data.html_url);
            return { number: data.number, title: data.title };
        };
        switch (step.op) {
            case 'create': {
                const labels = await this.usableLabels(step.labels);
                const created = await this.create(subject, step.title, this.body(subject, step.state, step.follows), labels);
                return remember(created);
            }
            case 'update': {
                const labels = step.labels ? await this.usableLabels(step.labels) : undefined;
                const { data } = await call(this.ctx, `update issue #${step.number}`, () => this.client.rest.issues.update({
                    owner,
                    repo,
                    issue_number: step.number,
                    body: this.body(subject, step.state),
                    ...(step.title ? { title: step.title } : {}),
                    ...(labels ? { labels } : {}),
                }));
                return remember(data);
            }
            case 'reopen': {
                const labels = await this.usableLabels(step.labels);
                const { data } = await call(this.ctx, `reopen issue #${step.number}`, () => this.client.rest.issues.update({
                    owner,
                    repo,
                    issue_number: step.number,
                    state: 'open',
                    title: step.title,
                    body: this.body(subject, step.state),
                    labels,
                }));
                this.logger.info(`Reopened issue #${step.number}: ${data.html_url}`);
                return remember(data);
            }
            case 'comment': {
                const body = (0,issue_body/* issueComment */.fF)({
                    kind: step.kind,
                    subject,
                    status,
                    run: this.run,
                    previous: step.previous,
                    duplicateOf: step.duplicateOf,
                    closedAt: step.closedAt,
                });
                await call(this.ctx, `comment on issue #${step.number}`, () => this.client.rest.issues.createComment({ owner, repo, issue_number: step.number, body }));
                if (step.kind !== 'recovered' && step.kind !== 'duplicate') {
                    this.logger.info(`Commented on issue #${step.number}: ${this.urls.get(step.number) ?? ''}`);
                }
                return undefined;
            }
            case 'close': {
                const { data } = await call(this.ctx, `close issue #${step.number}`, () => this.client.rest.issues.update({
                    owner,
                    repo,
                    issue_number: step.number,
                    state: 'closed',
                    state_reason: step.reason,
                    ...(step.state ? { body: this.body(subject, step.state) } : {}),
                }));
                this.logger.info(step.reason === 'completed'
                    ? `Recovered: closed issue #${step.number}: ${data.html_url}`
                    : `Closed duplicate issue #${step.number}: ${data.html_url}`);
                this.urls.set(data.number, data.html_url);
                return undefined;
            }
        }
    }
    /**
     * Creates the labels Lifeboat uses with their colours (GitHub would create them grey on first use)
     * and drops the ones GitHub refuses, quoting its reason: a bad `issue-labels` entry must not cost
     * the team its alert.
     */
    async usableLabels(names) {
        const { owner, repo } = this.ctx;
        if (!this.labelsKnown) {
            const existing = await call(this.ctx, 'list labels', () => this.client.paginate(this.client.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 }));
            this.labelsKnown = new Set(existing.map((l) => l.name.toLowerCase()));
        }
        const usable = [];
        for (const name of names) {
            const key = name.toLowerCase();
            if (this.refused.has(key))
                continue;
            if (!this.labelsKnown.has(key)) {
                const style = LABEL_STYLE[key] ?? { color: 'ededed', description: '' };
                try {
                    await this.client.rest.issues.createLabel({ owner, repo, name, ...style });
                }
                catch (error) {
                    if ((0,github_client/* isHttpError */.d)(error) && error.status === 422 && !alreadyExists(error)) {
                        this.refuseLabel(name, error);
                        continue;
                    }
                    if (!alreadyExists(error))
                        throw asCause(this.ctx, `create the label "${name}"`, error);
                }
                this.labelsKnown.add(key);
            }
            usable.push(name);
        }
        return usable;
    }
    refuseLabel(name, error) {
        this.refused.add(name.toLowerCase());
        const reasons = [...new Set((0,github_client/* validationErrors */.$J)(error).map((e) => e.reason))];
        const why = reasons.length ? reasons.join('; ') : (0,github_client/* gitHubMessage */.RG)(error);
        this.logger.warning((0,issue_body/* sanitize */.aj)(`GitHub refused the label "${name}": ${why}. Filing the issue without it.`));
    }
    /**
     * Files the issue once. A create answered with a 5xx or not at all may still have been performed,
     * so the marker is looked up again before each new attempt. Refused labels and assignees are
     * dropped one by one, each with GitHub's reason.
     */
    async create(subject, title, body, labels) {
        const { owner, repo } = this.ctx;
        let assignees = [...(this.ctx.assignees ?? [])];
        let attempts = 0;
        for (;;) {
            try {
                const { data } = await this.client.rest.issues.create({
                    owner,
                    repo,
                    title,
                    body,
                    labels,
                    ...(assignees.length ? { assignees } : {}),
                });
                this.logger.info(`Opened issue #${data.number}: ${data.html_url}`);
                return data;
            }
            catch (error) {
                if ((0,github_client/* isHttpError */.d)(error) && error.status === 422) {
                    const problems = (0,github_client/* validationErrors */.$J)(error);
                    const badAssignees = problems.filter((p) => p.field === 'assignees');
                    const badLabels = problems.filter((p) => p.resource === 'Label' || p.field === 'labels');
                    if (badAssignees.length && assignees.length) {
                        const named = badAssignees.map((p) => p.value).filter((v) => !!v);
                        const drop = named.length ? named : assignees;
                        this.logger.warning((0,issue_body/* sanitize */.aj)(`GitHub refused the assignee${drop.length === 1 ? '' : 's'} ${drop.join(', ')}: ${[...new Set(badAssignees.map((p) => p.reason))].join('; ')}. Filing the issue without ${drop.length === 1 ? 'that one' : 'them'}.`));
                        assignees = assignees.filter((a) => !drop.includes(a));
                        continue;
                    }
                    if (badLabels.length) {
                        const named = badLabels.map((p) => p.value).filter((v) => !!v);
                        const drop = named.length
                            ? labels.filter((l) => named.includes(l))
                            : labels.filter((l) => l !== LIFEBOAT_LABEL);
                        if (drop.length) {
                            for (const l of drop)
                                this.refuseLabel(l, error);
                            labels = labels.filter((l) => !drop.includes(l));
                            continue;
                        }
                    }
                }
                if (!(0,github_client/* isTransient */.dg)(error))
                    throw asCause(this.ctx, 'create an issue', error);
                attempts++;
                const open = await this.listIssues('open');
                const filed = open.filter((i) => (0,issue_state/* markerId */.Aw)(i.body) === subject.id).sort((a, b) => a.number - b.number)[0];
                if (filed) {
                    this.logger.info(`GitHub answered the create with ${(0,github_client/* isHttpError */.d)(error) ? `HTTP ${error.status}` : 'no answer'} but had filed issue #${filed.number}: ${filed.html_url}`);
                    return filed;
                }
                if (attempts >= CREATE_ATTEMPTS)
                    throw asCause(this.ctx, 'create an issue', error);
                await realSleep(Math.min(1000 * 2 ** (attempts - 1), 4000));
            }
        }
    }
}
function alreadyExists(error) {
    if (!(0,github_client/* isHttpError */.d)(error) || error.status !== 422)
        return false;
    const errors = error.response?.data?.errors;
    return Array.isArray(errors) && errors.some((e) => e.code === 'already_exists');
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
    const executor = new Executor(ctx, client, report, logger, run);
    const subjects = subjectsFor(report, ctx.name).filter((s) => ctx.historyIssues || !families/* QUIET_FAMILIES */._4.has(s.family));
    const result = { issueNumbers: [], links: [], actions: [] };
    if (subjects.length === 0)
        return result;
    const issues = await executor.listIssues();
    const causes = [];
    for (const subject of subjects) {
        try {
            result.actions.push(await executor.handle(subject, issues));
        }
        catch (error) {
            if (error instanceof github_client/* GitHubPermissionError */.x6)
                throw error;
            causes.push(error instanceof Error ? error : new Error(String(error)));
            result.actions.push({ subject: subject.name, family: subject.family, action: 'none' });
        }
    }
    result.issueNumbers = [...new Set(result.actions.flatMap((a) => (a.number === undefined ? [] : [a.number])))];
    const failing = subjects
        .map((s, i) => ({ s, a: result.actions[i] }))
        .filter(({ s, a }) => s.evaluated && s.status !== 'ok' && a.number !== undefined)
        .sort((x, y) => (0,report_report/* statusRank */.Tx)(y.s.status) - (0,report_report/* statusRank */.Tx)(x.s.status));
    result.issueNumber = failing[0]?.a.number ?? result.issueNumbers[0];
    result.links = failing
        .filter(({ a }) => a.url && a.action !== 'none')
        .map(({ a }) => ({ number: a.number, url: a.url, ...(a.title ? { title: a.title } : {}) }));
    if (causes.length) {
        const message = `Could not file every issue: ${causes.map((c) => (0,issue_body/* sanitize */.aj)((0,errors/* errorMessage */.g)(c))).join('; ')}`;
        throw new IssueReportError(message, result, causes);
    }
    return result;
}
/**
 * The warning for a filing failure names its real cause: the permission only when GitHub refused
 * one, the reset time for a rate limit, "did not answer" for an outage.
 */
function filingWarning(error) {
    return `Issue not filed: ${(0,issue_body/* sanitize */.aj)((0,errors/* errorMessage */.g)(error)).replace(/\.$/, '')}. The verdict is unaffected.`;
}
/**
 * reportIssues for the action entries: filing trouble becomes a warning and never changes the verdict.
 * Returns the `issue-number` output and the issue links of the job summary.
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
        logger.warning(filingWarning(error));
        return error instanceof IssueReportError ? error.partial : undefined;
    }
}


/***/ })

};
