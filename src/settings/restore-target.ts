import os from 'node:os';
import { z } from 'zod';
import { InputError } from '../util/errors.js';
import { settingsGroup } from './settings-group.js';
import { refuse, zBoolean } from './options.js';

export interface RestoreTargetSettings {
  /** `ephemeral` (a throwaway cluster, the drill only) or a postgresql:// URL. */
  target: 'ephemeral' | string;
  allowOverwrite: boolean;
  /** Secret: a target on the same server with the same database name is always refused. */
  productionDatabaseUrl?: string;
  jobs: number;
}

const zTarget = () =>
  z.string().transform((text, ctx) => {
    const t = text.trim();
    if (t === '' || t.toLowerCase() === 'ephemeral') return 'ephemeral' as const;
    if (/^postgres(ql)?:\/\//i.test(t)) {
      // libpq takes `user:pw@/db?host=/socket/dir`; WHATWG URLs need an authority host, which the
      // query's host overrides (in libpq and node-postgres alike).
      const u = /[?&]host=/.test(t) ? t.replace(/^(postgres(?:ql)?:\/\/[^/?#]*@)(?=[/?]|$)/i, '$1localhost') : t;
      try {
        new URL(u);
        return u;
      } catch {
        // fall through to the message below
      }
    }
    return refuse(ctx, 'expected ephemeral or a postgresql://user:password@host:port/database URL');
  });

const zJobs = () =>
  z.string().transform((text, ctx) => {
    const t = text.trim().toLowerCase();
    if (t === '' || t === 'auto') return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > 256) {
      return refuse(ctx, 'expected auto or a whole number from 1 to 256');
    }
    return n;
  });

/**
 * Where a backup is restored and what guards it: the drill's (ephemeral by default) and restore's
 * (a database the user keeps, so required and never ephemeral). Only the wording differs.
 */
export function restoreTarget(kind: 'drill' | 'restore') {
  const drill = kind === 'drill';
  return settingsGroup(
    {
      target: drill
        ? {
            description:
              'Where to restore: ephemeral (a throwaway cluster on this machine) or a postgresql:// URL of a scratch database.',
            default: 'ephemeral',
          }
        : {
            description:
              'The postgresql:// URL of the database to restore into. It must hold no tables unless --allow-overwrite.',
            required: true,
            // Not a whole secret: its password is masked (registerSecrets), its host and database stay readable.
            env: ['LIFEBOAT_TARGET_URL'],
          },
      'allow-overwrite': {
        description: drill
          ? 'Restore into a URL target even when its database already holds tables.'
          : 'Restore even though the target database already holds tables (its restored objects are dropped first).',
        default: 'false',
        boolean: true,
      },
      'production-database-url': {
        description:
          'The production database: a target on the same server (system identifier, else any common address) with the same database name is always refused.',
        default: '',
        secret: true,
      },
      jobs: { description: 'Parallel pg_restore jobs: a number, or auto for the CPU count.', default: 'auto' },
    },
    {
      target: zTarget(),
      'allow-overwrite': zBoolean(),
      'production-database-url': z.string().optional(),
      jobs: zJobs(),
    },
    (v): RestoreTargetSettings => {
      if (!drill && v.target === 'ephemeral') {
        throw new InputError(
          'Invalid target "ephemeral": restore writes into a database you keep; for a throwaway restore run lifeboat drill',
        );
      }
      return {
        target: v.target,
        allowOverwrite: v['allow-overwrite'],
        productionDatabaseUrl: v['production-database-url']?.trim() || undefined,
        jobs: v.jobs,
      };
    },
  );
}
