import { getOctokit } from '@actions/github';
import { errorMessage } from '../util/errors.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  apiUrl: string;
  /**
   * Minimum time between the starts of two mutating calls. GitHub asks integrations to leave about
   * a second between writes; bursts are what trip the secondary rate limit.
   */
  writeSpacingMs?: number;
  /** Give up retrying once this much time has been spent waiting (the step must not hang). */
  maxRetryMs?: number;
  /** One request that has not answered by then is abandoned (and retried within the budget). */
  requestTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch; tests pair it with `sleep` to check spacing without waiting. */
  clock?: () => number;
}

export const DEFAULT_WRITE_SPACING_MS = 1000;
export const DEFAULT_MAX_RETRY_MS = 60_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

const DOCS = 'https://docs.github.com/actions/using-jobs/assigning-permissions-to-jobs';

/** The shape of the errors Octokit throws (RequestError), without depending on its class identity. */
interface HttpErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

export function isHttpError(error: unknown): error is HttpErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/** GitHub's own `message` field when there is one; Octokit appends the docs URL to `error.message`. */
export function gitHubMessage(error: unknown): string {
  if (isHttpError(error)) {
    const data = error.response?.data;
    if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
      return (data as { message: string }).message;
    }
    return error.message;
  }
  return errorMessage(error);
}

/**
 * The token is missing a permission the job needs. Its message names the `permissions:` entry to add,
 * because "Resource not accessible by integration" alone sends people hunting.
 */
export class GitHubPermissionError extends Error {
  constructor(
    readonly permission: string,
    action: string,
    detail: string,
  ) {
    super(
      `GitHub refused to ${action}: the token lacks the \`${permission}\` permission. ` +
        `Add \`${permission}\` under \`permissions:\` in the workflow job (${DOCS}). GitHub said: ${detail}`,
    );
    this.name = 'GitHubPermissionError';
  }
}

/** GitHub's reasons in a 422 (`errors[].message`, else `code` on `field`), for warnings that quote them. */
export function validationErrors(
  error: unknown,
): Array<{ field?: string; value?: string; reason: string; resource?: string }> {
  if (!isHttpError(error)) return [];
  const errors = (error.response?.data as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((e: { message?: string; code?: string; field?: string; value?: unknown; resource?: string }) => ({
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
export class GitHubRateLimitError extends Error {
  constructor(action: string, error: HttpErrorLike, nowMs = Date.now()) {
    const reset = Number(header(error, 'x-ratelimit-reset'));
    const retryAfter = Number(header(error, 'retry-after'));
    const at =
      Number.isFinite(reset) && header(error, 'x-ratelimit-remaining') === '0'
        ? new Date(reset * 1000)
        : Number.isFinite(retryAfter) && header(error, 'retry-after') !== undefined
          ? new Date(nowMs + retryAfter * 1000)
          : undefined;
    const when = at ? `; it resets at ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
    super(
      `GitHub's rate limit stopped Lifeboat from being able to ${action} (${gitHubMessage(error)})${when}. The next run catches up`,
    );
    this.name = 'GitHubRateLimitError';
  }
}

/** GitHub answered 5xx or not at all, for longer than the retry budget. */
export class GitHubUnavailableError extends Error {
  constructor(action: string, error: unknown) {
    const status = isHttpError(error) && error.status ? `HTTP ${error.status}: ` : '';
    super(
      `GitHub did not answer while Lifeboat tried to ${action} (${status}${gitHubMessage(error)}). The next run catches up`,
    );
    this.name = 'GitHubUnavailableError';
  }
}

/** A 5xx, a timeout or a dropped connection: the request may or may not have been performed. */
export function isTransient(error: unknown): boolean {
  if (!isHttpError(error)) return error instanceof Error;
  return error.status === 0 || error.status >= 500;
}

function header(error: HttpErrorLike, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

function isSecondaryRateLimit(error: HttpErrorLike): boolean {
  return /secondary rate limit|abuse detection/i.test(gitHubMessage(error));
}

/**
 * A 403 that is really a missing permission (as opposed to a rate limit, which GitHub also
 * answers with 403), or a 404: GitHub hides what a token may not see behind "Not Found".
 */
export function isPermissionDenied(error: unknown): boolean {
  if (!isHttpError(error) || (error.status !== 403 && error.status !== 404)) return false;
  return !isRateLimited(error);
}

export function isRateLimited(error: unknown): error is HttpErrorLike {
  if (!isHttpError(error)) return false;
  if (error.status === 429) return true;
  if (error.status !== 403) return false;
  return (
    header(error, 'retry-after') !== undefined ||
    header(error, 'x-ratelimit-remaining') === '0' ||
    isSecondaryRateLimit(error)
  );
}

/**
 * How long to wait before retrying, or undefined when the error is not worth retrying.
 * Follows GitHub's guidance: `retry-after` first, then `x-ratelimit-reset` when the quota is spent,
 * at least a minute for a secondary limit that gives neither, exponential backoff for 5xx.
 */
export function retryDelayMs(error: unknown, attempt: number, nowMs: number): number | undefined {
  if (!isHttpError(error)) {
    // Network failures and timeouts (status undefined) are transient more often than not.
    return error instanceof Error ? backoff(attempt) : undefined;
  }
  if (error.status === 0 || error.status >= 500) return backoff(attempt);
  if (!isRateLimited(error)) return undefined;
  const retryAfter = Number(header(error, 'retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter >= 0 && header(error, 'retry-after') !== undefined) {
    return retryAfter * 1000;
  }
  if (header(error, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(error, 'x-ratelimit-reset'));
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - nowMs) + 1000;
  }
  if (error.status === 429 || isSecondaryRateLimit(error)) return 60_000;
  return undefined;
}

function backoff(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 16_000);
}

const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * Creating an issue is not idempotent: a 5xx or a timeout may come after GitHub filed it. Such a
 * failure is handed back to the caller, which looks the issue up before trying again; a rate limit
 * means the request was not performed, so it is retried here like any other.
 */
function lookUpBeforeRetry(endpoint: { method?: string; url?: string }): boolean {
  return (
    String(endpoint.method).toUpperCase() === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(String(endpoint.url))
  );
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Octokit for the repository's API (GITHUB_API_URL, so GHES and the test stand-in work), with
 * retries and write spacing in one place so that callers stay plain REST calls.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, '') });
  const spacing = options.writeSpacingMs ?? DEFAULT_WRITE_SPACING_MS;
  const budget = options.maxRetryMs ?? DEFAULT_MAX_RETRY_MS;
  const timeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const sleep = options.sleep ?? realSleep;
  const clock = options.clock ?? Date.now;
  let lastWriteAt = -Infinity;

  octokit.hook.wrap('request', async (request, endpoint) => {
    const mutating = MUTATING.has(String(endpoint.method).toUpperCase());
    const started = clock();
    for (let attempt = 0; ; attempt++) {
      if (mutating && spacing > 0) {
        const wait = lastWriteAt + spacing - clock();
        if (wait > 0) await sleep(wait);
        lastWriteAt = clock();
      }
      try {
        return await request({
          ...endpoint,
          request: { ...endpoint.request, signal: AbortSignal.timeout(timeout) },
        });
      } catch (error) {
        if (isTransient(error) && lookUpBeforeRetry(endpoint)) throw error;
        const delay = retryDelayMs(error, attempt, clock());
        if (delay === undefined || clock() - started + delay > budget) throw error;
        await sleep(delay);
      }
    }
  });
  return octokit;
}
