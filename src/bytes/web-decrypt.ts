import { readFileSync } from 'node:fs';
import { Duplex, PassThrough, Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { addSecret } from '../util/secrets.js';
import { gpgQuickCheck } from './gpg-quick-check.js';
import { keyInputFor, WRONG_PASSPHRASE, type DecryptionKeys } from './keys.js';

export type WebDecrypt = (input: WebReadableStream<Uint8Array>) => Promise<WebReadableStream<Uint8Array>>;

/**
 * How long a decrypter may sit on bytes it was given without taking more, ending, failing or
 * giving output, while nothing downstream holds it back. openpgp, given a damaged file or a wrong
 * key it cannot tell from a right one, sometimes does exactly that; the pass would wait forever.
 */
export const DECRYPT_STALL_MS = 30_000;

/** A Node duplex around a web-stream decrypter; errors from either side destroy it. */
export function webStage(decrypt: WebDecrypt, stallMs = DECRYPT_STALL_MS): Duplex {
  let lastActivity = Date.now();
  // Counts as activity whenever the decrypter pulls bytes (a transform runs only when read from).
  const input = new Transform({
    transform(chunk: Buffer, _enc, done) {
      lastActivity = Date.now();
      done(null, chunk);
    },
  });
  const output = new PassThrough();
  const stage = Duplex.from({ writable: input, readable: output });
  const webInput = Readable.toWeb(input) as unknown as WebReadableStream<Uint8Array>;
  let inputEnded = false;
  input.once('finish', () => {
    inputEnded = true;
    lastActivity = Date.now();
  });
  // Stalled: bytes are waiting for the decrypter (or it has them all), it takes none and gives
  // none, and its output is not waiting for a slow reader. A slow upstream is not a stall.
  const watch = setInterval(
    () => {
      const waitingOnDecrypter = inputEnded || input.writableLength > 0 || input.readableLength > 0;
      const idle = output.readableLength === 0 && Date.now() - lastActivity >= stallMs;
      if (waitingOnDecrypter && idle && !output.writableEnded) {
        stage.destroy(
          new Error(
            `decryption failed: the decrypter stopped ${inputEnded ? 'after reading the whole file' : 'taking input'} without an end or an error`,
          ),
        );
      }
    },
    Math.min(1000, stallMs / 4),
  );
  // Deliberately not unref'd: the watch is what keeps a silent decrypter from ending the process
  // with an unsettled result (exit 13, no report); it stops once the stage ends either way.
  const stop = () => clearInterval(watch);
  output.once('end', stop);
  output.once('close', stop);
  stage.once('close', stop);
  stage.once('error', stop);
  decrypt(webInput).then(
    (webOutput) => {
      const plain = Readable.fromWeb(webOutput);
      plain.on('data', () => {
        lastActivity = Date.now();
      });
      plain.on('error', (error) => stage.destroy(error));
      plain.pipe(output);
    },
    (error: unknown) => stage.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return stage;
}

export function openpgpDecrypt(passphrase: string): WebDecrypt {
  return async (input) => {
    const openpgp = await import('openpgp');
    const [probe, rest] = input.tee();
    const reader = probe.getReader();
    const first = await reader.read();
    // Cancelled through its reader (the branch is locked): otherwise tee() keeps every chunk for it.
    void reader.cancel().catch(() => undefined);
    const armored = first.value
      ? Buffer.from(first.value.subarray(0, 27)).toString('latin1').startsWith('-----BEGIN PGP')
      : false;
    if (first.value && !armored && gpgQuickCheck(Buffer.from(first.value), passphrase) === 'wrong') {
      throw new Error(`${WRONG_PASSPHRASE}: decryption-passphrase does not open this file (gpg's quick check fails)`);
    }
    const message = armored
      ? await openpgp.readMessage({ armoredMessage: rest.pipeThrough(new TextDecoderStream()) as never })
      : await openpgp.readMessage({ binaryMessage: rest as never });
    const { data } = await openpgp.decrypt({
      message,
      passwords: [passphrase],
      format: 'binary',
      // Without this openpgp buffers the whole plaintext until the integrity tag at the end is
      // checked; a damaged tag still fails the stream at the end, which is when the verdict is made.
      config: { allowUnauthenticatedStream: true },
    });
    return data as unknown as WebReadableStream<Uint8Array>;
  };
}

export function ageDecrypt(keys: DecryptionKeys): WebDecrypt {
  return async (input) => {
    const age = await import('age-encryption');
    const decrypter = new age.Decrypter();
    const identities = ageIdentities(keys.ageIdentity);
    for (const identity of identities) decrypter.addIdentity(identity);
    if (keys.passphrase) {
      addSecret(keys.passphrase);
      decrypter.addPassphrase(keys.passphrase);
    }
    if (identities.length === 0 && !keys.passphrase) throw new Error(`no key: set ${keyInputFor('age')}`);
    const out = await decrypter.decrypt(input as unknown as ReadableStream<Uint8Array>);
    return out as unknown as WebReadableStream<Uint8Array>;
  };
}

/** `AGE-SECRET-KEY-…` lines from the input, or from the file it names. */
export function ageIdentities(value: string | undefined): string[] {
  if (!value) return [];
  let text = value;
  if (!/AGE-SECRET-KEY-/i.test(value)) {
    try {
      text = readFileSync(value.trim(), 'utf8');
    } catch {
      throw new Error('age-identity holds no AGE-SECRET-KEY-… line and names no readable identity file');
    }
  }
  const keys = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^AGE-SECRET-KEY-/i.test(l));
  for (const k of keys) addSecret(k);
  return keys;
}
