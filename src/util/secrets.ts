/**
 * Every secret Lifeboat learns (database passwords, S3 keys, tokens) is registered here, so that
 * every sink (job summary, report file, issue body, CLI output) can scrub it with one call.
 * The action entries also forward each one to `core.setSecret` through `onSecret`.
 */
const secrets = new Set<string>();
const listeners: Array<(secret: string) => void> = [];

// Very short values would scrub ordinary words out of reports ("a", "on"): a real secret is longer.
const MIN_SECRET_LENGTH = 4;

export function addSecret(value: string | undefined | null): void {
  if (!value || value.length < MIN_SECRET_LENGTH || secrets.has(value)) return;
  secrets.add(value);
  // URL-encoded forms show up in connection strings.
  const encoded = encodeURIComponent(value);
  if (encoded !== value) secrets.add(encoded);
  for (const listener of listeners) listener(value);
}

export function onSecret(listener: (secret: string) => void): void {
  listeners.push(listener);
  for (const s of secrets) listener(s);
}

export function redactSecrets(text: string): string {
  let out = text;
  // Longest first so a secret containing another is scrubbed whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    out = out.split(s).join('***');
  }
  return out;
}

/** Registers every secret part of a URL (password, sensitive query parameters). */
export function addUrlSecrets(raw: string): void {
  try {
    const url = new URL(raw);
    if (url.password) {
      addSecret(url.password);
      addSecret(decodeURIComponent(url.password));
    }
    for (const [name, value] of url.searchParams) {
      if (SENSITIVE_PARAMS.test(name)) addSecret(value);
    }
  } catch {
    // Not a URL: nothing to learn from it.
  }
}

const SENSITIVE_PARAMS = /pass|secret|token|signature|key|credential/i;

/**
 * A URL fit for logs and issues: the password and sensitive query parameters replaced by `***`.
 * Anything that does not parse as a URL is returned with registered secrets scrubbed.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return redactSecrets(raw);
  }
  if (url.password) url.password = '***';
  for (const name of [...url.searchParams.keys()]) {
    if (SENSITIVE_PARAMS.test(name)) url.searchParams.set(name, '***');
  }
  return redactSecrets(url.toString().replace('%2A%2A%2A', '***'));
}

/** For tests: forget everything learnt so far. */
export function clearSecretsForTests(): void {
  secrets.clear();
}
