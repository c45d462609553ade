import { InputError } from '../util/errors.js';
import { addSecret, redactSecrets } from '../util/secrets.js';
import { StoreError, type ListingStore, type StoreObject } from './store.js';

export const RAILWAY_API_URL = 'https://backboard.railway.com/graphql/v2';

/**
 * Why a Railway volume backup cannot be verified or drilled, and what to do instead. Shown by
 * verify's skipped integrity checks and by the drill's refusal (readable.ts).
 */
export const RAILWAY_NOT_DOWNLOADABLE =
  'Railway volume backups are snapshots of the volume: Railway offers no download, so their content ' +
  'cannot be read, verified or restored elsewhere. To verify the content and drill restores, also ' +
  "write pg_dump backups to a bucket — Lifeboat's create-backup action, or Railway's postgres-s3-backups " +
  'template — and point source at that bucket.';

/** Where a railway:// URL points: a volume instance directly, or the service whose volume it is. */
export type RailwayTarget =
  | { kind: 'volume'; volumeInstanceId: string }
  | { kind: 'service'; projectId?: string; environmentId: string; serviceId: string };

export interface RailwayBackup {
  id: string;
  name: string | null;
  createdAt: string;
  expiresAt: string | null;
  usedMB: number | null;
  referencedMB: number | null;
  scheduleId: string | null;
}

export interface RailwaySchedule {
  id?: string;
  name?: string | null;
  kind: string;
  cron: string;
  retentionSeconds: number | null;
}

export interface RailwayStoreOptions {
  target: RailwayTarget;
  /** Where RAILWAY_TOKEN / RAILWAY_API_TOKEN / RAILWAY_API_URL come from. */
  env?: NodeJS.ProcessEnv;
  /** How many times a 429 is retried. */
  maxRetries?: number;
  /** Upper bound of one wait on a 429, whatever retry-after says. */
  maxRetryWaitMs?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const ACCEPTED =
  'expected railway://volume/<volumeInstanceId> or railway://project/<projectId>/environment/<environmentId>/service/<serviceId>';

/** Parses `railway://volume/<id>` and `railway://[project/<id>/]environment/<id>/service/<id>`. */
export function parseRailwayUrl(url: string, inputName = 'source'): RailwayTarget {
  const rest = url.replace(/^railway:\/\//i, '').replace(/\/+$/, '');
  const parts = rest.split('/').filter(Boolean);
  const id = /^[A-Za-z0-9_-]{1,100}$/;
  const bad = () => new InputError(`Invalid ${inputName} "${url}": ${ACCEPTED}`);
  if (parts.length === 2 && parts[0] === 'volume' && id.test(parts[1])) {
    return { kind: 'volume', volumeInstanceId: parts[1] };
  }
  const pairs = new Map<string, string>();
  if (parts.length % 2 !== 0) throw bad();
  for (let i = 0; i < parts.length; i += 2) {
    if (!['project', 'environment', 'service'].includes(parts[i]) || !id.test(parts[i + 1]) || pairs.has(parts[i])) {
      throw bad();
    }
    pairs.set(parts[i], parts[i + 1]);
  }
  const environmentId = pairs.get('environment');
  const serviceId = pairs.get('service');
  if (!environmentId || !serviceId) throw bad();
  return { kind: 'service', projectId: pairs.get('project'), environmentId, serviceId };
}

type TokenKind = 'project' | 'account';

interface Token {
  kind: TokenKind;
  headers: Record<string, string>;
  /** "the project token in RAILWAY_TOKEN (Project-Access-Token header)" */
  described: string;
}

function tokenFrom(env: NodeJS.ProcessEnv): Token | undefined {
  const project = env.RAILWAY_TOKEN?.trim();
  const account = env.RAILWAY_API_TOKEN?.trim();
  // Railway's CLI gives RAILWAY_TOKEN precedence too.
  if (project) {
    addSecret(project);
    return {
      kind: 'project',
      headers: { 'Project-Access-Token': project },
      described: 'the project token in RAILWAY_TOKEN (sent as Project-Access-Token)',
    };
  }
  if (account) {
    addSecret(account);
    return {
      kind: 'account',
      headers: { Authorization: `Bearer ${account}` },
      described: 'the account/workspace token in RAILWAY_API_TOKEN (sent as Authorization: Bearer)',
    };
  }
  return undefined;
}

const BACKUPS_QUERY = `query volumeInstanceBackupList($volumeInstanceId: String!) {
  volumeInstanceBackupList(volumeInstanceId: $volumeInstanceId) {
    id
    name
    createdAt
    expiresAt
    usedMB
    referencedMB
    scheduleId
  }
}`;

const SCHEDULES_QUERY = `query volumeInstanceBackupScheduleList($volumeInstanceId: String!) {
  volumeInstanceBackupScheduleList(volumeInstanceId: $volumeInstanceId) {
    id
    name
    kind
    cron
    retentionSeconds
  }
}`;

// Paged as Railway's CLI pages it (controllers/project.rs get_environment_instances): 500 a page,
// following pageInfo.endCursor while hasNextPage. Unpaged, a large environment hides volumes.
const VOLUME_INSTANCES_QUERY = `query environmentVolumeInstances($id: String!, $first: Int, $after: String) {
  environment(id: $id) {
    volumeInstances(first: $first, after: $after) {
      edges {
        node {
          id
          serviceId
          mountPath
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}`;

export const VOLUME_INSTANCES_PAGE_SIZE = 500;
/** A cursor loop that never ends is a broken API, not a large environment. */
const MAX_VOLUME_INSTANCE_PAGES = 200;

// The CLI's VolumeInstanceBackupCreate.graphql and VolumeInstanceBackupLock.graphql.
const BACKUP_CREATE_MUTATION = `mutation volumeInstanceBackupCreate($volumeInstanceId: String!, $name: String) {
  volumeInstanceBackupCreate(volumeInstanceId: $volumeInstanceId, name: $name) {
    workflowId
  }
}`;

const BACKUP_LOCK_MUTATION = `mutation volumeInstanceBackupLock($volumeInstanceId: String!, $volumeInstanceBackupId: String!) {
  volumeInstanceBackupLock(volumeInstanceId: $volumeInstanceId, volumeInstanceBackupId: $volumeInstanceBackupId)
}`;

/** Every GraphQL document Lifeboat can send to Railway; a test validates each against Railway's schema. */
export const RAILWAY_DOCUMENTS = {
  backups: BACKUPS_QUERY,
  schedules: SCHEDULES_QUERY,
  volumeInstances: VOLUME_INSTANCES_QUERY,
  backupCreate: BACKUP_CREATE_MUTATION,
  backupLock: BACKUP_LOCK_MUTATION,
} as const;

interface VolumeInstanceNode {
  id: string;
  serviceId: string | null;
  mountPath: string;
}

const MB = 1024 * 1024;

/**
 * Railway's own volume backups, read through the public GraphQL API (PRODUCT.md §6). Metadata
 * only: list() gives each backup as an object (key = backup id, size = referenced MB, time =
 * createdAt) so recency, gaps and sizes work as for any store. It is no ReadableStore: Railway
 * offers no download of a snapshot.
 */
export class RailwayStore implements ListingStore {
  readonly kind = 'railway' as const;
  readonly displayUrl: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly endpoint: string;
  private readonly fetchImpl: typeof fetch;
  private volumeInstanceId: Promise<string> | undefined;
  private backups: RailwayBackup[] | undefined;

  constructor(private readonly options: RailwayStoreOptions) {
    this.env = options.env ?? {};
    this.endpoint = this.env.RAILWAY_API_URL?.trim() || RAILWAY_API_URL;
    this.fetchImpl = options.fetch ?? fetch;
    const t = options.target;
    this.displayUrl =
      t.kind === 'volume'
        ? `railway://volume/${t.volumeInstanceId}`
        : `railway://${t.projectId ? `project/${t.projectId}/` : ''}environment/${t.environmentId}/service/${t.serviceId}`;
  }

  async *list(): AsyncIterable<StoreObject> {
    const backups = await this.listBackups();
    for (const b of backups) {
      const mb = b.referencedMB ?? b.usedMB ?? 0;
      yield { key: b.id, size: Math.round(mb * MB), lastModified: new Date(b.createdAt) };
    }
  }

  /** Every backup with Railway's own fields (scheduleId tells scheduled from manual). */
  async listBackups(opts: { fresh?: boolean } = {}): Promise<RailwayBackup[]> {
    if (this.backups && !opts.fresh) return this.backups;
    const volumeInstanceId = await this.resolveVolumeInstance();
    const data = await this.query<{ volumeInstanceBackupList: RailwayBackup[] | null }>(BACKUPS_QUERY, {
      volumeInstanceId,
    });
    const list = data.volumeInstanceBackupList ?? [];
    for (const b of list) {
      if (typeof b?.id !== 'string' || Number.isNaN(Date.parse(b.createdAt))) {
        throw new StoreError(
          `Railway answered a backup without an id or a valid createdAt: ${JSON.stringify(b).slice(0, 200)}`,
        );
      }
    }
    this.backups = list;
    return list;
  }

  async listSchedules(): Promise<RailwaySchedule[]> {
    const volumeInstanceId = await this.resolveVolumeInstance();
    const data = await this.query<{ volumeInstanceBackupScheduleList: RailwaySchedule[] | null }>(SCHEDULES_QUERY, {
      volumeInstanceId,
    });
    return data.volumeInstanceBackupScheduleList ?? [];
  }

  /**
   * Starts a backup of the volume (Railway snapshots it in a workflow) and returns the workflow id;
   * the backup itself shows up in listBackups() once the snapshot is taken.
   */
  async startBackup(name: string): Promise<{ volumeInstanceId: string; workflowId: string | null }> {
    const volumeInstanceId = await this.resolveVolumeInstance();
    const data = await this.query<{ volumeInstanceBackupCreate: { workflowId: string | null } | null }>(
      BACKUP_CREATE_MUTATION,
      { volumeInstanceId, name },
    );
    return { volumeInstanceId, workflowId: data.volumeInstanceBackupCreate?.workflowId ?? null };
  }

  /** Removes the backup's expiry, so no schedule's retention ever deletes it. */
  async lockBackup(backupId: string): Promise<boolean> {
    const volumeInstanceId = await this.resolveVolumeInstance();
    const data = await this.query<{ volumeInstanceBackupLock: boolean | null }>(BACKUP_LOCK_MUTATION, {
      volumeInstanceId,
      volumeInstanceBackupId: backupId,
    });
    return data.volumeInstanceBackupLock === true;
  }

  /** Every volume instance of the environment, page by page. */
  private async volumeInstances(environmentId: string): Promise<VolumeInstanceNode[]> {
    const nodes: VolumeInstanceNode[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_VOLUME_INSTANCE_PAGES; page++) {
      const data: {
        environment: {
          volumeInstances: {
            edges: Array<{ node: VolumeInstanceNode }>;
            pageInfo?: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await this.query(VOLUME_INSTANCES_QUERY, {
        id: environmentId,
        first: VOLUME_INSTANCES_PAGE_SIZE,
        after,
      });
      if (!data.environment) {
        throw new StoreError(`Railway environment ${environmentId} not found`, 'not-found');
      }
      const connection = data.environment.volumeInstances;
      nodes.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo?.hasNextPage) return nodes;
      if (!connection.pageInfo.endCursor || connection.pageInfo.endCursor === after) {
        throw new StoreError(
          `Railway listed more volume instances of environment ${environmentId} without a next cursor`,
        );
      }
      after = connection.pageInfo.endCursor;
    }
    throw new StoreError(
      `environment ${environmentId} lists more than ${MAX_VOLUME_INSTANCE_PAGES * VOLUME_INSTANCES_PAGE_SIZE} volume instances`,
    );
  }

  private resolveVolumeInstance(): Promise<string> {
    this.volumeInstanceId ??= (async () => {
      const t = this.options.target;
      if (t.kind === 'volume') return t.volumeInstanceId;
      const nodes = await this.volumeInstances(t.environmentId);
      const mine = nodes.filter((n) => n.serviceId === t.serviceId);
      if (mine.length === 0) {
        throw new StoreError(
          `service ${t.serviceId} has no volume in environment ${t.environmentId} (${nodes.length} volume${nodes.length === 1 ? '' : 's'} there belong to other services)`,
          'not-found',
        );
      }
      return mine[0].id;
    })();
    this.volumeInstanceId.catch(() => {
      this.volumeInstanceId = undefined;
    });
    return this.volumeInstanceId;
  }

  private async query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const token = tokenFrom(this.env);
    if (!token) {
      throw new StoreError(
        'no Railway token: set RAILWAY_API_TOKEN (an account or workspace token, sent as Authorization: Bearer) ' +
          'or RAILWAY_TOKEN (a project token for this environment, sent as Project-Access-Token)',
        'bad-credentials',
      );
    }
    const maxRetries = this.options.maxRetries ?? 4;
    const maxWait = this.options.maxRetryWaitMs ?? 60_000;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(this.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...token.headers },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new StoreError(
          `cannot reach the Railway API at ${this.endpoint}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
          'unreachable',
        );
      }
      if (response.status === 429 && attempt < maxRetries) {
        await response.body?.cancel().catch(() => undefined);
        await sleep(Math.min(maxWait, retryAfterMs(response, attempt)));
        continue;
      }
      const text = await response.text();
      let body: { data?: T | null; errors?: Array<{ message?: string }> } | undefined;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const messages = (body?.errors ?? []).map((e) => e.message ?? '').filter(Boolean);
      if (
        messages.some((m) => /not authori[sz]ed|unauthori[sz]ed|forbidden/i.test(m)) ||
        response.status === 401 ||
        response.status === 403
      ) {
        throw new StoreError(this.notAuthorized(token, messages[0] ?? `HTTP ${response.status}`), 'access-denied');
      }
      if (response.status === 429) {
        throw new StoreError(`Railway API rate limit: still HTTP 429 after ${maxRetries} retries`, 'unreachable');
      }
      if (messages.length) {
        const notFound = messages.some((m) => /not found|does not exist/i.test(m));
        throw new StoreError(`Railway API: ${redactSecrets(messages.join('; '))}`, notFound ? 'not-found' : 'unknown');
      }
      if (!response.ok || !body?.data) {
        throw new StoreError(`Railway API answered HTTP ${response.status}: ${redactSecrets(text.slice(0, 200))}`);
      }
      return body.data;
    }
  }

  private notAuthorized(token: Token, message: string): string {
    const what =
      this.options.target.kind === 'volume'
        ? `volume instance ${this.options.target.volumeInstanceId}`
        : `environment ${this.options.target.environmentId}`;
    const hint =
      token.kind === 'project'
        ? 'a project token only opens the environment it was created for; create one there (Project Settings → Tokens), ' +
          'or use an account/workspace token in RAILWAY_API_TOKEN'
        : 'use an account or workspace token whose workspace owns this project in RAILWAY_API_TOKEN, ' +
          'or a project token for this environment in RAILWAY_TOKEN';
    return `Railway says "${redactSecrets(message)}" for ${what} with ${token.described}: ${hint}`;
  }
}

function retryAfterMs(response: Response, attempt: number): number {
  const header = response.headers.get('retry-after');
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  const reset = Number(response.headers.get('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) {
    // Epoch seconds, as Railway's X-RateLimit-Reset.
    return Math.max(0, reset * 1000 - Date.now());
  }
  return 1000 * 2 ** attempt;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function openRailwayStore(url: string, env: NodeJS.ProcessEnv, inputName = 'source'): RailwayStore {
  return new RailwayStore({ target: parseRailwayUrl(url, inputName), env });
}
