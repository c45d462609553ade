import { InputError } from '../util/errors.js';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC when the name says so (`Z`, `+02:00`); undefined = local to `timezone`. */
  offsetMinutes?: number;
  /** The name carries a day but no time of day. */
  dateOnly?: boolean;
}

interface Candidate {
  start: number;
  end: number;
  parts: Parts;
}

/** `weak`: a bare number that is only a date by luck; when impossible it is skipped, not fatal. */
type Pattern = { regex: RegExp; parse: (m: RegExpExecArray) => Parts; weak?: boolean };

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

const num = (s: string | undefined, fallback = 0) => (s === undefined || s === '' ? fallback : Number(s));

function zone(s: string | undefined): number | undefined {
  if (!s) return undefined;
  if (/^z$/i.test(s)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function fraction(s: string | undefined): number {
  if (!s) return 0;
  return Math.floor(Number(`0.${s}`) * 1000);
}

/** Groups 1–6 are year, month, day, hour, minute, second; then the zone and the fraction, where the pattern has them. */
function numericParts(m: RegExpExecArray, zoneGroup: number, fractionGroup?: number): Parts {
  return {
    year: num(m[1]),
    month: num(m[2]),
    day: num(m[3]),
    hour: num(m[4]),
    minute: num(m[5]),
    second: num(m[6]),
    ms: fractionGroup === undefined ? 0 : fraction(m[fractionGroup]),
    offsetMinutes: zone(m[zoneGroup]),
  };
}

const dateOnly = (m: RegExpExecArray): Parts => ({
  year: num(m[1]),
  month: num(m[2]),
  day: num(m[3]),
  hour: 0,
  minute: 0,
  second: 0,
  ms: 0,
  dateOnly: true,
});

// `(?<!\d)` / `(?!\d)` keep a timestamp from being carved out of a longer number (sizes, uuids, epochs).
const PATTERNS: Pattern[] = [
  {
    // 2025-01-18T05:00:00Z, 2025-01-18T05:00:00.123Z, 2025-01-18T05-00-00-000Z, 2025-01-18_05-00-00,
    // 2025-01-18 05:00, 2025-01-18T05:00:00+02:00
    regex:
      /(?<!\d)(\d{4})-(\d{2})-(\d{2})[T_ ](\d{2})[:-](\d{2})(?:[:-](\d{2})(?:[.-](\d{1,9})(?![\d:]))?)?(?!\d)(Z|[+-]\d{2}:?\d{2}(?!\d))?/gi,
    parse: (m) => numericParts(m, 8, 7),
  },
  {
    // 20250118-050000, 20250118T050000Z, 20250118_050000, 20250118050000
    regex: /(?<!\d)(\d{4})(\d{2})(\d{2})[T_-]?(\d{2})(\d{2})(\d{2})(?!\d)(Z)?/gi,
    parse: (m) => numericParts(m, 7),
  },
  {
    // kartoza: 18-January-2025-05-00 (also 18-Jan-2025, and an optional seconds field)
    regex: new RegExp(`(?<!\\d)(\\d{1,2})-(${MONTH_NAMES})-(\\d{4})(?:-(\\d{2})-(\\d{2})(?:-(\\d{2}))?)?(?!\\d)`, 'gi'),
    parse: (m) => ({
      year: num(m[3]),
      month: MONTHS[m[2].toLowerCase()],
      day: num(m[1]),
      hour: num(m[4]),
      minute: num(m[5]),
      second: num(m[6]),
      ms: 0,
      dateOnly: m[4] === undefined,
    }),
  },
  {
    // 2025-01-18 (midnight)
    regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    parse: (m) => dateOnly(m),
  },
  {
    // 20250118 (midnight); the year range check below keeps arbitrary 8-digit numbers out.
    regex: /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g,
    weak: true,
    parse: (m) => dateOnly(m),
  },
];

/**
 * The moment a backup was taken, read from its name: the last timestamp-looking run in the
 * basename (a folder named `2025/January/` or a database called `db2024` must not win over the
 * file's own stamp). Undefined when there is none or it names an impossible moment (month 13,
 * Feb 30): a wrong time would be worse than falling back to last-modified.
 *
 * A stamp without a zone is UTC unless `timezone` (IANA, e.g. `Europe/Berlin`) says otherwise. A
 * name with a day but no time of day (kartoza's `PG_db.28-November-2026.dmp.gz`, written at 23:00)
 * is dated no earlier than `lastModified` when that falls on the named day: midnight would make a
 * backup written late in the day look a day older than it is.
 */
export function timeFromName(key: string, opts: { timezone?: string; lastModified?: Date } = {}): Date | undefined {
  const timezone = opts.timezone;
  if (timezone !== undefined) assertTimezone(timezone);
  // pgbackweb appends a uuid after the stamp; its all-digit groups must not pass for dates.
  const base = key.slice(key.lastIndexOf('/') + 1).replace(UUID, (u) => 'x'.repeat(u.length));
  const candidates: Candidate[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (const m of base.matchAll(pattern.regex)) {
      const parts = pattern.parse(m as RegExpExecArray);
      if (pattern.weak && !isPossible(parts)) continue;
      candidates.push({ start: m.index, end: m.index + m[0].length, parts });
    }
  }
  if (candidates.length === 0) return undefined;
  // Last to end wins; of runs ending together, the longer one (it carries the time of day).
  candidates.sort((a, b) => b.end - a.end || a.start - b.start);
  const best = candidates[0].parts;
  if (!isPossible(best)) return undefined;
  const wall = Date.UTC(best.year, best.month - 1, best.day, best.hour, best.minute, best.second, best.ms);
  let time: Date;
  if (best.offsetMinutes !== undefined) time = new Date(wall - best.offsetMinutes * 60_000);
  else if (!timezone || isUtc(timezone)) time = new Date(wall);
  else time = new Date(wall - zoneOffsetMinutes(timezone, wall) * 60_000);
  const modified = opts.lastModified?.getTime();
  if (best.dateOnly && modified !== undefined && modified > time.getTime() && modified - time.getTime() < 86_400_000) {
    return new Date(modified);
  }
  return time;
}

function isPossible(p: Parts): boolean {
  if (p.year < 1970 || p.year > 2199) return false;
  if (p.month < 1 || p.month > 12) return false;
  const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  if (p.day < 1 || p.day > daysInMonth) return false;
  // 24:00 is valid ISO for "end of day" but no backup tool writes it; 60 would be a leap second.
  return p.hour <= 23 && p.minute <= 59 && p.second <= 59;
}

function isUtc(timezone: string): boolean {
  return /^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(timezone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timezone, f);
  }
  return f;
}

export function assertTimezone(timezone: string): void {
  try {
    formatter(timezone);
  } catch {
    throw new InputError(`Invalid timezone "${timezone}": expected an IANA time zone such as UTC or Europe/Berlin`);
  }
}

/** Offset of `timezone` from UTC, in minutes, at the UTC instant `utcMs`. */
function offsetAt(timezone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * Offset to apply to a wall-clock time in `timezone` (given as if it were UTC). Two passes settle
 * DST transitions: the offset at the guessed instant may differ from the one at the true instant.
 * A wall time inside a spring-forward gap resolves to the later offset, as most tools do.
 */
function zoneOffsetMinutes(timezone: string, wallMs: number): number {
  const first = offsetAt(timezone, wallMs);
  const second = offsetAt(timezone, wallMs - first * 60_000);
  return second;
}
