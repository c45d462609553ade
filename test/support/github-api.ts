/**
 * A GitHub REST API stand-in: a real HTTP server holding one in-memory repository, answering with
 * GitHub's response shapes, status codes and headers (Link pagination, rate-limit headers, 403/422
 * bodies) for the endpoints Lifeboat uses. Reached through GITHUB_API_URL like the real API.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const DOCS = 'https://docs.github.com/rest';

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Pull requests share the issues numbering and list API; GitHub marks them with this key. */
  pull_request?: boolean;
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  created_at: string;
}

export interface FakeWorkflowRun {
  id: number;
  status: 'completed' | 'in_progress' | 'queued';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  created_at: string;
}

export interface RecordedRequest {
  method: string;
  /** Path with query string, as sent. */
  path: string;
  /** Parsed JSON body, if any. */
  body: unknown;
  /** The body exactly as received: what secret-leak assertions must search. */
  rawBody: string;
  /** Date.now() on arrival, to check the spacing of writes. */
  at: number;
}

export interface GitHubApiState {
  owner: string;
  repo: string;
  issues: FakeIssue[];
  comments: FakeComment[];
  labels: FakeLabel[];
  workflows: Map<string, FakeWorkflowRun[]>;
  requests: RecordedRequest[];
}

interface FailRule {
  method: string;
  path: RegExp;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  times: number;
  /** Perform the request, then answer with the failure: a 502 after GitHub filed the issue. */
  after?: boolean;
}

/** GitHub's limits, enforced as GitHub answers them. */
export const LIMITS = { labelName: 50, body: 65_536, title: 256 };

export interface GitHubApi {
  url: string;
  state: GitHubApiState;
  /** The next `times` (default 1) requests matching method and path regex are answered with `status`. */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    headers?: Record<string, string>,
    times?: number,
    body?: unknown,
  ): void;
  /** The next matching request is performed, then answered with `status` (as a gateway timing out does). */
  failAfterNext(method: string, path: RegExp, status: number): void;
  /** The repository id GitHub's Link headers use (`/repositories/{id}/issues`). */
  repoId: number;
  /** `n` open issues labelled `lifeboat` without a Lifeboat marker (someone else's), created in order. */
  seedIssues(n: number, template?: Partial<FakeIssue>): FakeIssue[];
  addIssue(issue: Partial<FakeIssue> & { title: string }): FakeIssue;
  seedWorkflowRuns(workflow: string, runs: Array<Partial<FakeWorkflowRun> & { created_at: string }>): void;
  commentsOn(issueNumber: number): FakeComment[];
  /** Mutating requests only, the ones Lifeboat spaces and GitHub rate-limits. */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

export interface GitHubApiOptions {
  owner?: string;
  repo?: string;
  /** The token the server accepts; any non-empty token when unset. */
  token?: string;
  login?: string;
  /** Logins that can be assigned; others make issue creation fail with 422 invalid, as on GitHub. */
  assignable?: string[];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(String(status));
  }
}

const notFound = (docs: string) => new HttpError(404, { message: 'Not Found', documentation_url: docs, status: '404' });

export async function startGitHubApi(opts: GitHubApiOptions = {}): Promise<GitHubApi> {
  const owner = opts.owner ?? 'acme';
  const repo = opts.repo ?? 'app';
  const login = opts.login ?? 'github-actions[bot]';
  const state: GitHubApiState = {
    owner,
    repo,
    issues: [],
    comments: [],
    labels: [],
    workflows: new Map(),
    requests: [],
  };
  const rules: FailRule[] = [];
  let nextId = 1000;
  let base = '';
  let remaining = 5000;
  const repoId = 708_090;

  const now = () => new Date().toISOString();
  const repoUrl = () => `${base}/repos/${owner}/${repo}`;
  const htmlRepo = () => `https://github.com/${owner}/${repo}`;
  const user = (name: string) => ({
    login: name,
    id: name.length * 7919,
    node_id: `U_${name}`,
    type: name.endsWith('[bot]') ? 'Bot' : 'User',
    url: `${base}/users/${encodeURIComponent(name)}`,
    html_url: `https://github.com/${name}`,
  });

  function findLabel(name: string): FakeLabel | undefined {
    return state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  }

  function labelJson(l: FakeLabel) {
    return {
      id: l.id,
      node_id: `LA_${l.id}`,
      url: `${repoUrl()}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      default: false,
      description: l.description,
    };
  }

  // Issue create/update with a label name that does not exist creates it grey, as GitHub does.
  function labelFor(name: string): FakeLabel {
    let label = findLabel(name);
    if (!label) {
      label = { id: nextId++, name, color: 'ededed', description: null };
      state.labels.push(label);
    }
    return label;
  }

  function issueJson(i: FakeIssue) {
    const url = `${repoUrl()}/issues/${i.number}`;
    return {
      url,
      repository_url: repoUrl(),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${htmlRepo()}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
      id: i.id,
      node_id: `I_${i.id}`,
      number: i.number,
      title: i.title,
      user: user(login),
      labels: i.labels.map((n) => labelJson(labelFor(n))),
      state: i.state,
      locked: false,
      assignee: i.assignees[0] ? user(i.assignees[0]) : null,
      assignees: i.assignees.map(user),
      milestone: null,
      comments: state.comments.filter((c) => c.issue_number === i.number).length,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      author_association: 'NONE',
      active_lock_reason: null,
      body: i.body,
      state_reason: i.state_reason,
      ...(i.pull_request
        ? {
            draft: false,
            pull_request: {
              url: `${repoUrl()}/pulls/${i.number}`,
              html_url: `${htmlRepo()}/pull/${i.number}`,
              diff_url: `${htmlRepo()}/pull/${i.number}.diff`,
              patch_url: `${htmlRepo()}/pull/${i.number}.patch`,
              merged_at: null,
            },
          }
        : {}),
    };
  }

  function commentJson(c: FakeComment) {
    return {
      url: `${repoUrl()}/issues/comments/${c.id}`,
      html_url: `${htmlRepo()}/issues/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: `${repoUrl()}/issues/${c.issue_number}`,
      id: c.id,
      node_id: `IC_${c.id}`,
      user: user(login),
      created_at: c.created_at,
      updated_at: c.created_at,
      author_association: 'NONE',
      body: c.body,
    };
  }

  function addIssue(partial: Partial<FakeIssue> & { title: string }): FakeIssue {
    const number = state.issues.reduce((m, i) => Math.max(m, i.number), 0) + 1;
    const created = partial.created_at ?? now();
    const issue: FakeIssue = {
      id: nextId++,
      number,
      body: null,
      state: 'open',
      state_reason: null,
      labels: [],
      assignees: [],
      created_at: created,
      updated_at: created,
      closed_at: null,
      ...partial,
    };
    issue.labels = [...issue.labels];
    issue.assignees = [...issue.assignees];
    issue.labels.forEach(labelFor);
    state.issues.push(issue);
    return issue;
  }

  function getIssue(n: number, docs: string): FakeIssue {
    const issue = state.issues.find((i) => i.number === n);
    if (!issue) throw notFound(docs);
    return issue;
  }

  /** One page of `items` plus GitHub's Link header (next/last/first/prev, all absolute). */
  function paginate<T>(url: URL, items: T[], res: ServerResponse, defaultPerPage = 30, linkPath = url.pathname): T[] {
    const perPage = Math.min(
      Math.max(Number(url.searchParams.get('per_page') ?? defaultPerPage) || defaultPerPage, 1),
      100,
    );
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (p: number) => {
      const u = new URL(`${base}${linkPath}${url.search}`);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.toString()}>`;
    };
    const parts: string[] = [];
    if (page > 1) parts.push(`${link(page - 1)}; rel="prev"`);
    if (page < last) parts.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) parts.push(`${link(1)}; rel="first"`);
    if (parts.length) res.setHeader('link', parts.join(', '));
    return items.slice((page - 1) * perPage, page * perPage);
  }

  function validation(resource: string, field: string, code: string, docs: string): HttpError {
    return new HttpError(422, {
      message: 'Validation Failed',
      errors: [{ resource, code, field }],
      documentation_url: docs,
      status: '422',
    });
  }

  function tooLong(resource: string, field: string, max: number, docs: string, value?: string): HttpError {
    return new HttpError(422, {
      message: 'Validation Failed',
      errors: [
        {
          resource,
          code: 'custom',
          field,
          ...(value === undefined ? {} : { value }),
          message: `${field} is too long (maximum is ${max} characters)`,
        },
      ],
      documentation_url: docs,
      status: '422',
    });
  }

  /** Title, body and label names as GitHub checks them on create and update. */
  function checkIssueFields(body: Record<string, unknown>, docs: string): void {
    if (typeof body.title === 'string' && body.title.length > LIMITS.title)
      throw tooLong('Issue', 'title', LIMITS.title, docs);
    if (typeof body.body === 'string' && body.body.length > LIMITS.body)
      throw tooLong('Issue', 'body', LIMITS.body, docs);
    for (const name of ((body.labels as unknown[] | undefined) ?? []).map(String)) {
      if (name.length > LIMITS.labelName && !findLabel(name))
        throw tooLong('Label', 'name', LIMITS.labelName, docs, name);
    }
  }

  type Handler = (
    m: RegExpMatchArray,
    url: URL,
    body: Record<string, unknown>,
    res: ServerResponse,
  ) => [number, unknown];
  const routes: Array<[string, RegExp, Handler]> = [
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
      (_m, url, _b, res) => {
        const stateFilter = url.searchParams.get('state') ?? 'open';
        const wanted = (url.searchParams.get('labels') ?? '')
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean);
        const direction = url.searchParams.get('direction') ?? 'desc';
        const list = state.issues
          .filter((i) => stateFilter === 'all' || i.state === stateFilter)
          .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
          .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
        // GitHub's Link headers for this list point at /repositories/{id}/issues, not /repos/{owner}/{repo}.
        return [200, paginate(url, list, res, 30, `/repositories/${repoId}/issues`).map(issueJson)];
      },
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
      (_m, _u, body) => {
        const docs = `${DOCS}/issues/issues#create-an-issue`;
        if (typeof body.title !== 'string' || !body.title) {
          throw new HttpError(422, {
            message: 'Invalid request.\n\n"title" wasn\'t supplied.',
            documentation_url: docs,
            status: '422',
          });
        }
        checkIssueFields(body, docs);
        const assignees = ((body.assignees as string[] | undefined) ?? []).map(String);
        const invalid = opts.assignable ? assignees.filter((a) => !opts.assignable!.includes(a)) : [];
        if (invalid.length) {
          throw new HttpError(422, {
            message: 'Validation Failed',
            errors: invalid.map((value) => ({ value, resource: 'Issue', field: 'assignees', code: 'invalid' })),
            documentation_url: docs,
            status: '422',
          });
        }
        const issue = addIssue({
          title: body.title,
          body: typeof body.body === 'string' ? body.body : null,
          labels: ((body.labels as string[] | undefined) ?? []).map(String),
          assignees,
        });
        return [201, issueJson(issue)];
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
      (m) => [200, issueJson(getIssue(Number(m[3]), `${DOCS}/issues/issues#get-an-issue`))],
    ],
    [
      'PATCH',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
      (m, _u, body) => {
        const issue = getIssue(Number(m[3]), `${DOCS}/issues/issues#update-an-issue`);
        checkIssueFields(body, `${DOCS}/issues/issues#update-an-issue`);
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string' || body.body === null) issue.body = body.body as string | null;
        if (Array.isArray(body.labels)) issue.labels = body.labels.map(String);
        if (Array.isArray(body.assignees)) issue.assignees = body.assignees.map(String);
        if (body.state === 'closed' && issue.state !== 'closed') {
          issue.state = 'closed';
          issue.closed_at = now();
          issue.state_reason = (body.state_reason as FakeIssue['state_reason']) ?? 'completed';
        } else if (body.state === 'open' && issue.state !== 'open') {
          issue.state = 'open';
          issue.closed_at = null;
          issue.state_reason = 'reopened';
        }
        issue.updated_at = now();
        return [200, issueJson(issue)];
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      (m, url, _b, res) => {
        getIssue(Number(m[3]), `${DOCS}/issues/comments#list-issue-comments`);
        const list = state.comments.filter((c) => c.issue_number === Number(m[3]));
        return [200, paginate(url, list, res).map(commentJson)];
      },
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      (m, _u, body) => {
        const issue = getIssue(Number(m[3]), `${DOCS}/issues/comments#create-an-issue-comment`);
        if (typeof body.body !== 'string' || !body.body) {
          throw validation('IssueComment', 'body', 'missing_field', `${DOCS}/issues/comments#create-an-issue-comment`);
        }
        if (body.body.length > LIMITS.body) {
          throw tooLong('IssueComment', 'body', LIMITS.body, `${DOCS}/issues/comments#create-an-issue-comment`);
        }
        const comment: FakeComment = { id: nextId++, issue_number: issue.number, body: body.body, created_at: now() };
        state.comments.push(comment);
        issue.updated_at = now();
        return [201, commentJson(comment)];
      },
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/,
      (m, _u, body) => {
        const issue = getIssue(Number(m[3]), `${DOCS}/issues/labels#add-labels-to-an-issue`);
        for (const name of ((body.labels as string[] | undefined) ?? []).map(String)) {
          if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) issue.labels.push(labelFor(name).name);
        }
        return [200, issue.labels.map((n) => labelJson(labelFor(n)))];
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/labels$/,
      (_m, url, _b, res) => [200, paginate(url, state.labels, res).map(labelJson)],
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/labels$/,
      (_m, _u, body) => {
        const docs = `${DOCS}/issues/labels#create-a-label`;
        if (typeof body.name !== 'string' || !body.name) throw validation('Label', 'name', 'missing_field', docs);
        if (findLabel(body.name)) throw validation('Label', 'name', 'already_exists', docs);
        if (body.name.length > LIMITS.labelName) throw tooLong('Label', 'name', LIMITS.labelName, docs, body.name);
        const label: FakeLabel = {
          id: nextId++,
          name: body.name,
          color: typeof body.color === 'string' ? body.color : 'ededed',
          description: typeof body.description === 'string' ? body.description : null,
        };
        state.labels.push(label);
        return [201, labelJson(label)];
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/runs$/,
      (m, url, _b, res) => {
        const file = decodeURIComponent(m[3]);
        const runs = state.workflows.get(file);
        if (!runs) throw notFound(`${DOCS}/actions/workflow-runs#list-workflow-runs-for-a-workflow`);
        const status = url.searchParams.get('status');
        const list = runs
          .filter((r) => !status || r.status === status || r.conclusion === status)
          .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
        const page = paginate(url, list, res).map((r) => ({
          id: r.id,
          name: file.replace(/\.ya?ml$/, ''),
          node_id: `WFR_${r.id}`,
          head_branch: 'main',
          run_number: r.id,
          event: 'workflow_dispatch',
          status: r.status,
          conclusion: r.conclusion,
          workflow_id: 42,
          url: `${repoUrl()}/actions/runs/${r.id}`,
          html_url: `${htmlRepo()}/actions/runs/${r.id}`,
          created_at: r.created_at,
          updated_at: r.created_at,
          run_started_at: r.created_at,
        }));
        return [200, { total_count: list.length, workflow_runs: page }];
      },
    ],
  ];

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    remaining = Math.max(remaining - 1, 0);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('x-ratelimit-limit', '5000');
    res.setHeader('x-ratelimit-remaining', String(remaining));
    res.setHeader('x-ratelimit-used', String(5000 - remaining));
    res.setHeader('x-ratelimit-reset', String(Math.floor(Date.now() / 1000) + 3600));
    res.setHeader('x-ratelimit-resource', 'core');
    res.setHeader('x-github-request-id', `F00D:${nextId++}`);
    // Rule headers last so a test can plant x-ratelimit-remaining: 0 and a reset time.
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.statusCode = status;
    res.end(status === 204 ? undefined : JSON.stringify(body));
  }

  function defaultFailureBody(status: number, headers: Record<string, string>): unknown {
    if (status === 403 && (headers['retry-after'] || headers['x-ratelimit-remaining'] === '0')) {
      return {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID F00D.',
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      };
    }
    if (status === 403) {
      return {
        message: 'Resource not accessible by integration',
        documentation_url: `${DOCS}/issues/issues#create-an-issue`,
        status: '403',
      };
    }
    if (status === 429) {
      return {
        message:
          'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID F00D.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '429',
      };
    }
    if (status >= 500) return { message: 'Server Error' };
    return { message: 'Error', status: String(status) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://stand-in');
    // The Link headers' form of the repository's paths.
    if (url.pathname.startsWith(`/repositories/${repoId}/`)) {
      url.pathname = url.pathname.replace(`/repositories/${repoId}/`, `/repos/${owner}/${repo}/`);
    }
    const method = (req.method ?? 'GET').toUpperCase();
    let body: Record<string, unknown> = {};
    let parsed: unknown;
    if (rawBody) {
      try {
        parsed = JSON.parse(rawBody);
        body = (parsed ?? {}) as Record<string, unknown>;
      } catch {
        state.requests.push({ method, path: `${url.pathname}${url.search}`, body: undefined, rawBody, at: Date.now() });
        return send(res, 400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
      }
    }
    state.requests.push({ method, path: `${url.pathname}${url.search}`, body: parsed, rawBody, at: Date.now() });

    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    if (!token || token === auth || (opts.token && token !== opts.token)) {
      return send(res, 401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }

    const rule = rules.find((r) => r.method === method && r.path.test(url.pathname));
    if (rule) {
      rule.times -= 1;
      if (rule.times <= 0) rules.splice(rules.indexOf(rule), 1);
      if (!rule.after)
        return send(res, rule.status, rule.body ?? defaultFailureBody(rule.status, rule.headers), rule.headers);
    }
    const answer = (status: number, out: unknown) =>
      rule?.after
        ? send(res, rule.status, defaultFailureBody(rule.status, rule.headers), rule.headers)
        : send(res, status, out);

    for (const [m, pattern, handler] of routes) {
      const match = url.pathname.match(pattern);
      if (m !== method || !match) continue;
      if (match[1] !== owner || match[2] !== repo)
        return send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      try {
        const [status, out] = handler(match, url, body, res);
        return answer(status, out);
      } catch (error) {
        if (error instanceof HttpError) return send(res, error.status, error.body);
        return send(res, 500, { message: String(error) });
      }
    }
    return send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    state,
    failNext(method, path, status, headers = {}, times = 1, body) {
      rules.push({ method: method.toUpperCase(), path, status, headers, times, body });
    },
    failAfterNext(method, path, status) {
      rules.push({ method: method.toUpperCase(), path, status, headers: {}, times: 1, after: true });
    },
    repoId,
    seedIssues(n, template = {}) {
      return Array.from({ length: n }, (_, i) =>
        addIssue({
          labels: ['lifeboat'],
          body: `Tracked by hand, item ${i + 1}.`,
          ...template,
          title: template.title ?? `Unrelated issue ${i + 1}`,
        }),
      );
    },
    addIssue,
    seedWorkflowRuns(workflow, runs) {
      const list = state.workflows.get(workflow) ?? [];
      for (const r of runs) list.push({ id: nextId++, status: 'completed', conclusion: 'success', ...r });
      state.workflows.set(workflow, list);
    },
    commentsOn(issueNumber) {
      return state.comments.filter((c) => c.issue_number === issueNumber);
    },
    writes() {
      return state.requests.filter((r) => r.method !== 'GET');
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Octokit's fetch keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      });
    },
  };
}
