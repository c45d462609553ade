import { type Check, type CheckStatus, type Status, statusRank, worstStatus } from '../report/report.js';

/**
 * What an issue remembers about the facts it last told people, kept in a hidden comment in its body so
 * that the next run (a fresh runner with no memory) can tell "same" from "worse", and "a person closed
 * this" from "Lifeboat closed this because it recovered".
 */
export interface IssueState {
  v: 2;
  status: Status;
  /**
   * Failing check id → its fact: `critical`, or `critical=<value>` for a value that is a fact (a
   * checksum, a count) rather than a measure that moves every run (an age).
   */
  facts: Record<string, string>;
  /** When people were last notified (issue created, comment posted). */
  notified_at: string;
  first_seen: string;
  last_seen: string;
  /** Set when Lifeboat closed the issue because the subject recovered; a closed issue without it was closed by a person. */
  resolved_at?: string;
}

const MARKER = /<!--\s*lifeboat:id=([A-Za-z0-9_-]+)\s*-->/;
const STATE = /<!--\s*lifeboat:state=(\{.*?\})\s*-->/s;

export function markerFor(id: string): string {
  return `<!-- lifeboat:id=${id} -->`;
}

export function markerId(body: string | null | undefined): string | undefined {
  return body ? MARKER.exec(body)?.[1] : undefined;
}

interface StateV1 {
  v: 1;
  status: Status;
  fingerprint: string;
  notified_at: string;
  first_seen: string;
  last_seen: string;
}

/** The state block of an issue body; undefined when there is none or a person edited it beyond reading. */
export function parseState(body: string | null | undefined, closedAt?: string | null): IssueState | undefined {
  const json = body ? STATE.exec(body)?.[1] : undefined;
  if (!json) return undefined;
  try {
    const state = JSON.parse(json) as IssueState | StateV1;
    if (state?.v === 2 && typeof state.facts === 'object' && state.facts !== null) return state;
    if (state?.v === 1 && typeof state.fingerprint === 'string') return fromV1(state, closedAt);
    return undefined;
  } catch {
    return undefined;
  }
}

/** v1 did not record who closed an issue; it only ever closed on recovery, so a closed v1 issue is resolved. */
function fromV1(state: StateV1, closedAt?: string | null): IssueState {
  const facts = Object.fromEntries(
    state.fingerprint
      .split(';')
      .filter(Boolean)
      .map((part) => {
        const colon = part.indexOf(':');
        return [part.slice(0, colon), part.slice(colon + 1)];
      }),
  );
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

export function stateBlock(state: IssueState): string {
  // `>` escaped so that no value can close the HTML comment early; JSON.parse reads it back.
  return `<!-- lifeboat:state=${JSON.stringify(state).replace(/>/g, '\\u003e')} -->`;
}

/**
 * Measures that change on every run while the failure stays the same (a backup 31h old is 55h old the
 * next day). Their value is not a new fact; their status is.
 */
const CONTINUOUS_MEASURES = new Set(['recency', 'drill-age', 'rto', 'rpo', 'freshness', 'restore']);

export function isFailing(check: Check): boolean {
  return check.status === 'warning' || check.status === 'critical';
}

export function factOf(check: Check): string {
  const value = CONTINUOUS_MEASURES.has(check.id) ? undefined : (check.display?.value ?? check.value);
  return value === undefined ? check.status : `${check.status}=${String(value)}`;
}

export function factStatus(fact: string): CheckStatus {
  const status = fact.split('=')[0];
  return status === 'critical' || status === 'warning' ? status : 'ok';
}

export function factsStatus(facts: Record<string, string>): Status {
  return worstStatus(Object.values(facts).map(factStatus));
}

export function sameFacts(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] === a[k]);
}

/** A check newly failing or failing harder than people were told. */
export function worseFacts(now: Record<string, string>, before: Record<string, string>): boolean {
  return Object.entries(now).some(
    ([id, fact]) => statusRank(factStatus(fact)) > statusRank(factStatus(before[id] ?? 'ok')),
  );
}
