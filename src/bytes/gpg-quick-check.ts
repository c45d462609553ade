import crypto from 'node:crypto';

/**
 * gpg's own test of a passphrase, before any data is decrypted: OpenPGP (RFC 4880 §5.7, §5.13)
 * starts the encrypted data with a random block whose last two bytes are repeated, so the first
 * block + 2 bytes decrypted with the session key tell a wrong passphrase from a right one (gpg's
 * "Bad session key"). openpgp.js skips this check and then parses garbage: with partial-length
 * packets it can wait forever. Only symmetric (passphrase) messages with v4 key packets are
 * judged; everything else is `unknown` and left to the decrypter.
 */
export type QuickCheck = 'ok' | 'wrong' | 'unknown';

const CIPHERS: Record<number, { name: string; keyLength: number }> = {
  7: { name: 'aes-128-cfb', keyLength: 16 },
  8: { name: 'aes-192-cfb', keyLength: 24 },
  9: { name: 'aes-256-cfb', keyLength: 32 },
};
const HASHES: Record<number, string> = {
  1: 'md5',
  2: 'sha1',
  3: 'ripemd160',
  8: 'sha256',
  9: 'sha384',
  10: 'sha512',
  11: 'sha224',
};
const BLOCK = 16;

interface Packet {
  tag: number;
  /** The packet's body, or its first part when the length is partial (enough for the checks here). */
  body: Buffer;
  next: number;
}

/** One packet header at `at` (old or new format); undefined when the head is too short. */
function packetAt(head: Buffer, at: number): Packet | undefined {
  if (at >= head.length) return undefined;
  const ctb = head[at];
  if (!(ctb & 0x80)) return undefined;
  let tag: number;
  let length: number;
  let start: number;
  if (ctb & 0x40) {
    tag = ctb & 0x3f;
    const b = head[at + 1];
    if (b === undefined) return undefined;
    if (b < 192) [length, start] = [b, at + 2];
    else if (b < 224) [length, start] = [((b - 192) << 8) + (head[at + 2] ?? 0) + 192, at + 3];
    else if (b < 255) [length, start] = [1 << (b & 0x1f), at + 2];
    else {
      if (at + 6 > head.length) return undefined;
      [length, start] = [head.readUInt32BE(at + 2), at + 6];
    }
  } else {
    tag = (ctb >> 2) & 0x0f;
    const type = ctb & 3;
    const size = [1, 2, 4, 0][type];
    if (size === 0 || at + 1 + size > head.length) return undefined;
    length = size === 1 ? head[at + 1] : size === 2 ? head.readUInt16BE(at + 1) : head.readUInt32BE(at + 1);
    start = at + 1 + size;
  }
  return { tag, body: head.subarray(start, Math.min(head.length, start + length)), next: start + length };
}

/** RFC 4880 §3.7.1: simple, salted and iterated+salted S2K, with preloaded zeros for long keys. */
function s2kKey(body: Buffer, passphrase: Buffer, keyLength: number): { key: Buffer; used: number } | undefined {
  const type = body[0];
  const hash = HASHES[body[1]];
  if (!hash) return undefined;
  let salt: Buffer = Buffer.alloc(0);
  let count = 0;
  let used = 2;
  if (type === 1 || type === 3) {
    if (body.length < 10) return undefined;
    salt = body.subarray(2, 10);
    used = 10;
  }
  if (type === 3) {
    const c = body[10];
    count = (16 + (c & 15)) << ((c >> 4) + 6);
    used = 11;
  } else if (type !== 0 && type !== 1) return undefined;
  const data = Buffer.concat([salt, passphrase]);
  const total = Math.max(count, data.length);
  const parts: Buffer[] = [];
  let length = 0;
  for (let round = 0; length < keyLength; round++) {
    const h = crypto.createHash(hash);
    h.update(Buffer.alloc(round));
    // Hashing the repeated salt+passphrase in large slices keeps 65 MB of S2K well under a second.
    const slice = Buffer.concat(Array.from({ length: Math.max(1, Math.ceil(65536 / data.length)) }, () => data));
    let left = total;
    while (left > 0) {
      const take = Math.min(left, slice.length);
      h.update(slice.subarray(0, take));
      left -= take;
    }
    const digest = h.digest();
    parts.push(digest);
    length += digest.length;
  }
  return { key: Buffer.concat(parts).subarray(0, keyLength), used };
}

function cfbDecrypt(cipher: string, key: Buffer, data: Buffer): Buffer {
  const d = crypto.createDecipheriv(cipher, key, Buffer.alloc(BLOCK));
  return d.update(data);
}

/** Judges `passphrase` against the first bytes of a binary gpg file (at least ~100 bytes help). */
export function gpgQuickCheck(head: Buffer, passphrase: string): QuickCheck {
  try {
    const skesk = packetAt(head, 0);
    if (!skesk || skesk.tag !== 3 || skesk.body[0] !== 4) return 'unknown';
    const cipher = CIPHERS[skesk.body[1]];
    if (!cipher) return 'unknown';
    const derived = s2kKey(skesk.body.subarray(2), Buffer.from(passphrase, 'utf8'), cipher.keyLength);
    if (!derived) return 'unknown';
    let sessionCipher = cipher;
    let sessionKey = derived.key;
    const esk = skesk.body.subarray(2 + derived.used);
    if (esk.length > 0) {
      // An encrypted session key: its first byte names the data's cipher.
      const plain = cfbDecrypt(cipher.name, derived.key, esk);
      const inner = CIPHERS[plain[0]];
      if (!inner) return 'wrong';
      if (plain.length !== 1 + inner.keyLength) return 'wrong';
      sessionCipher = inner;
      sessionKey = plain.subarray(1);
    }
    // Another SKESK may follow (several passphrases): only the first is judged, so stay neutral.
    const data = packetAt(head, skesk.next);
    if (!data) return 'unknown';
    let encrypted: Buffer;
    if (data.tag === 18 && data.body[0] === 1) encrypted = data.body.subarray(1);
    else if (data.tag === 9) encrypted = data.body;
    else return 'unknown';
    if (encrypted.length < BLOCK + 2) return 'unknown';
    const prefix = cfbDecrypt(sessionCipher.name, sessionKey, encrypted.subarray(0, BLOCK + 2));
    return prefix[BLOCK - 2] === prefix[BLOCK] && prefix[BLOCK - 1] === prefix[BLOCK + 1] ? 'ok' : 'wrong';
  } catch {
    return 'unknown';
  }
}
