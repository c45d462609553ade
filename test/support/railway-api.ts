import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  execute,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { RailwayBackup, RailwaySchedule } from '../../src/stores/railway-store.js';

/**
 * A stand-in for Railway's public GraphQL API (backboard.railway.com/graphql/v2), reached through
 * RAILWAY_API_URL. Every document is parsed, validated and executed against Railway's own schema
 * (the introspection result in shared/apis/railway-cli-schema.json), so a query Railway would refuse
 * is refused here too, and answers carry exactly the fields asked for. Errors come in Railway's shape
 * — `{ data: null, errors: [{ message: "Not Authorized", … }] }` — and tokens are checked the way
 * Railway does: project tokens in `Project-Access-Token`, account/workspace tokens as
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
  /**
   * volumeInstanceBackupCreate: how many volumeInstanceBackupList answers still leave the new backup
   * out (Railway snapshots in a background workflow), and the size it then shows.
   */
  createDelay: { lists: number; usedMB: number; referencedMB: number };
  /** Backups created through the API, with the name given. */
  created: Array<{ volumeInstanceId: string; name: string | null; workflowId: string }>;
  /** Backup ids locked through the API. */
  locked: string[];
  stop(): Promise<void>;
}

/** Railway's public schema as its CLI ships it. */
export function railwaySchema(): GraphQLSchema {
  schemaCache ??= buildClientSchema(
    (JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { data: IntrospectionQuery }).data,
  );
  return schemaCache;
}
let schemaCache: GraphQLSchema | undefined;
const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/railway/schema.json');

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
    usedMB: 12,
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
    createDelay: { lists: 1, usedMB: 12, referencedMB: 240 },
    created: [],
    locked: [],
  };
  // New backups wait here until enough lists have gone by.
  const pending: Array<{ volumeInstanceId: string; backup: RailwayBackup; listsLeft: number }> = [];
  const rootValue = {
    volumeInstanceBackupList: ({ volumeInstanceId }: { volumeInstanceId: string }) => {
      const list = state.backups.get(volumeInstanceId);
      if (!list) throw new Error('Volume instance not found');
      for (const p of pending.filter((x) => x.volumeInstanceId === volumeInstanceId)) {
        if (p.listsLeft-- <= 0) {
          list.push(p.backup);
          pending.splice(pending.indexOf(p), 1);
        }
      }
      return list;
    },
    volumeInstanceBackupScheduleList: ({ volumeInstanceId }: { volumeInstanceId: string }) =>
      state.schedules.get(volumeInstanceId) ?? [],
    environment: ({ id }: { id: string }) => {
      const nodes = state.environments.get(id);
      if (!nodes) throw new Error('Environment not found');
      return {
        id,
        volumeInstances: ({ first, after }: { first?: number | null; after?: string | null }) => {
          const start = after ? Number(after) : 0;
          const page = nodes.slice(start, start + (first ?? nodes.length));
          const end = start + page.length;
          return {
            edges: page.map((node, i) => ({ node, cursor: String(start + i + 1) })),
            pageInfo: { hasNextPage: end < nodes.length, endCursor: page.length ? String(end) : null },
          };
        },
      };
    },
    volumeInstanceBackupCreate: ({ volumeInstanceId, name }: { volumeInstanceId: string; name?: string | null }) => {
      if (!state.backups.has(volumeInstanceId)) throw new Error('Volume instance not found');
      const workflowId = `wf-${state.created.length + 1}`;
      state.created.push({ volumeInstanceId, name: name ?? null, workflowId });
      pending.push({
        volumeInstanceId,
        listsLeft: state.createDelay.lists,
        backup: railwayBackup(new Date().toISOString(), {
          name: name ?? null,
          scheduleId: null,
          usedMB: state.createDelay.usedMB,
          referencedMB: state.createDelay.referencedMB,
        }),
      });
      return { workflowId };
    },
    volumeInstanceBackupLock: ({
      volumeInstanceId,
      volumeInstanceBackupId,
    }: {
      volumeInstanceId: string;
      volumeInstanceBackupId: string;
    }) => {
      const backup = state.backups.get(volumeInstanceId)?.find((b) => b.id === volumeInstanceBackupId);
      if (!backup) throw new Error('Backup not found');
      backup.expiresAt = null;
      state.locked.push(volumeInstanceBackupId);
      return true;
    },
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

      let document: DocumentNode;
      try {
        document = parse(parsed.query);
      } catch (error) {
        return send(400, { errors: [{ message: (error as Error).message }] });
      }
      const invalid = validate(railwaySchema(), document);
      if (invalid.length) return send(400, { errors: invalid.map((e) => ({ message: e.message })) });
      void Promise.resolve(execute({ schema: railwaySchema(), document, rootValue, variableValues: variables })).then(
        (result) =>
          send(200, {
            data: result.data ?? null,
            ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message, path: e.path })) } : {}),
          }),
      );
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
