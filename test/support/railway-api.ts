import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RailwayBackup, RailwaySchedule } from '../../src/stores/railway-store.js';

/**
 * A stand-in for Railway's public GraphQL API (backboard.railway.com/graphql/v2), reached through
 * RAILWAY_API_URL. It answers the three queries Lifeboat sends, in Railway's response shapes —
 * `{ data }`, or `{ data: null, errors: [{ message: "Not Authorized", … }] }` — and checks the token
 * the way Railway does: project tokens in `Project-Access-Token`, account/workspace tokens as
 * `Authorization: Bearer`.
 */
export interface RailwayStandIn {
  url: string;
  /** Backups per volume instance id. */
  backups: Map<string, RailwayBackup[]>;
  schedules: Map<string, RailwaySchedule[]>;
  /** Volume instances per environment id. */
  environments: Map<string, Array<{ id: string; serviceId: string | null; mountPath: string }>>;
  /** Tokens accepted, by kind. */
  tokens: { project: Set<string>; account: Set<string> };
  /** Answers served before the normal ones, one per request (a 429, an error …). */
  queued: Array<{ status: number; headers?: Record<string, string>; body: unknown }>;
  requests: Array<{ headers: http.IncomingHttpHeaders; query: string; variables: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export const hoursAgo = (hours: number, now = Date.now()) => new Date(now - hours * 3600_000).toISOString();

let ids = 0;
/** A backup as Railway lists it; `scheduleId` null = taken by hand. */
export function railwayBackup(createdAt: string, opts: Partial<RailwayBackup> = {}): RailwayBackup {
  ids++;
  return {
    id: `bk-${ids.toString().padStart(4, '0')}-3f1c-4a9e-9d7b-${ids.toString(16).padStart(12, '0')}`,
    name: `Backup ${createdAt.slice(0, 10)}`,
    createdAt,
    expiresAt: new Date(Date.parse(createdAt) + 6 * 86400_000).toISOString(),
    usedMB: 12.5,
    referencedMB: 240,
    scheduleId: 'sched-daily',
    ...opts,
  };
}

export const DAILY: RailwaySchedule = {
  id: 'sched-daily',
  name: 'Daily',
  kind: 'DAILY',
  cron: '8 20 * * *',
  retentionSeconds: 518_400,
};
export const WEEKLY: RailwaySchedule = {
  id: 'sched-weekly',
  name: 'Weekly',
  kind: 'WEEKLY',
  cron: '8 20 * * 1',
  retentionSeconds: 2_592_000,
};

function notAuthorized(path: string) {
  return {
    data: null,
    errors: [
      {
        message: 'Not Authorized',
        locations: [{ line: 2, column: 3 }],
        path: [path],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ],
  };
}

export async function startRailwayStandIn(): Promise<RailwayStandIn> {
  const state: Omit<RailwayStandIn, 'url' | 'stop'> = {
    backups: new Map(),
    schedules: new Map(),
    environments: new Map(),
    tokens: { project: new Set(), account: new Set() },
    queued: [],
    requests: [],
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST') return send(405, { errors: [{ message: 'POST only' }] });
      let parsed: { query: string; variables?: Record<string, unknown> };
      try {
        parsed = JSON.parse(raw);
      } catch {
        return send(400, { errors: [{ message: 'Invalid JSON' }] });
      }
      const variables = parsed.variables ?? {};
      state.requests.push({ headers: req.headers, query: parsed.query, variables });
      const next = state.queued.shift();
      if (next) return send(next.status, next.body, next.headers);

      const field = /\{\s*(\w+)\s*\(/.exec(parsed.query.replace(/^[^{]*/, ''))?.[1] ?? '';
      const projectToken = req.headers['project-access-token'];
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const authorized =
        (typeof projectToken === 'string' && state.tokens.project.has(projectToken)) ||
        (bearer !== undefined && state.tokens.account.has(bearer));
      if (!authorized) return send(200, notAuthorized(field));

      switch (field) {
        case 'volumeInstanceBackupList': {
          const list = state.backups.get(String(variables.volumeInstanceId));
          if (!list)
            return send(200, { data: null, errors: [{ message: 'Volume instance not found', path: [field] }] });
          return send(200, { data: { volumeInstanceBackupList: list } });
        }
        case 'volumeInstanceBackupScheduleList':
          return send(200, {
            data: { volumeInstanceBackupScheduleList: state.schedules.get(String(variables.volumeInstanceId)) ?? [] },
          });
        case 'environment': {
          const nodes = state.environments.get(String(variables.id));
          if (!nodes) return send(200, { data: null, errors: [{ message: 'Environment not found', path: [field] }] });
          return send(200, {
            data: { environment: { volumeInstances: { edges: nodes.map((node) => ({ node })) } } },
          });
        }
        default:
          return send(200, { errors: [{ message: `Cannot query field "${field}" on type "Query".` }] });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...state,
    url: `http://127.0.0.1:${port}/graphql/v2`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
