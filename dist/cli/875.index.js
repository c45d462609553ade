export const id = 875;
export const ids = [875];
export const modules = {

/***/ 6875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* reexport */ INTEGRITY_LEVELS),
  i: () => (/* binding */ runIntegrityPass)
});

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/archive/detect-format.ts
var detect_format = __webpack_require__(259);
// EXTERNAL MODULE: ./src/report/report-builder.ts
var report_builder = __webpack_require__(7156);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/bytes/layers.ts + 4 modules
var bytes_layers = __webpack_require__(6870);
// EXTERNAL MODULE: ./src/bytes/pg-restore-sink.ts
var pg_restore_sink = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/archive/index.ts + 10 modules
var src_archive = __webpack_require__(9942);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/bytes/sha256-thread.ts
// The sha256 of a backup, computed on the reading thread or in a worker thread. Where the archive
// reader keeps the reading thread busy with every byte (uncompressed data: field, row and UTF-8
// checks), hashing there too makes that thread the whole pass's critical path; in a worker, the
// hash and the checks run on two cores at once.


function sha256Here() {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    return {
        update(chunk) {
            hash.update(chunk);
            return undefined;
        },
        digest: async () => hash.digest('hex'),
        close: async () => { },
    };
}
/** Bytes are copied into pieces of this size, moved to the worker and moved back for reuse. */
const PIECE_BYTES = 1024 * 1024;
/** Pieces in flight at once: the memory this costs, and how far the worker may fall behind. */
const PIECES = 4;
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
parentPort.on('message', (m) => {
  if (m.t === 'data') {
    hash.update(m.buf.subarray(0, m.n));
    parentPort.postMessage({ t: 'back', buf: m.buf }, [m.buf.buffer]);
  } else {
    parentPort.postMessage({ t: 'digest', hex: hash.digest('hex') });
  }
});
`;
function sha256InThread() {
    const worker = new external_node_worker_threads_.Worker(SOURCE, { eval: true });
    const spare = [];
    let inFlight = 0;
    let failure;
    let wake;
    let hex;
    let closed = false;
    const woken = () => {
        const f = wake;
        wake = undefined;
        f?.();
    };
    const digested = new Promise((resolve, reject) => {
        hex = resolve;
        worker.on('error', (e) => {
            failure ??= e;
            reject(e);
            woken();
        });
        worker.on('exit', () => {
            if (!closed) {
                failure ??= new Error('the sha256 thread ended early');
                reject(failure);
                woken();
            }
        });
    });
    // Nobody may await it (a pass that failed before the end): the rejection must not end the process.
    digested.catch(() => undefined);
    worker.on('message', (m) => {
        if (m.t === 'back') {
            spare.push(m.buf);
            inFlight--;
            woken();
        }
        else
            hex?.(m.hex);
    });
    const send = async (chunk) => {
        for (let off = 0; off < chunk.length;) {
            while (inFlight >= PIECES && !failure)
                await new Promise((resolve) => (wake = resolve));
            if (failure)
                throw failure;
            const buf = spare.pop() ?? new Uint8Array(PIECE_BYTES);
            const n = Math.min(PIECE_BYTES, chunk.length - off);
            buf.set(chunk.subarray(off, off + n));
            off += n;
            inFlight++;
            worker.postMessage({ t: 'data', buf, n }, [buf.buffer]);
        }
    };
    return {
        update: send,
        async digest() {
            worker.postMessage({ t: 'end' });
            return digested;
        },
        async close() {
            closed = true;
            await worker.terminate();
        },
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/bytes/sniff.ts

/**
 * The first `bytes` bytes (fewer at the end of the stream) and a stream that still yields all of
 * them. The only place the pass holds bytes back: every decision that needs to look ahead (which
 * layers, which codec, whether pg_restore can help) is made from this head.
 */
async function sniff(source, bytes) {
    const iterator = source[Symbol.asyncIterator]();
    const chunks = [];
    let length = 0;
    let done = false;
    while (length < bytes) {
        const next = await iterator.next();
        if (next.done) {
            done = true;
            break;
        }
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
        chunks.push(chunk);
        length += chunk.length;
    }
    const head = Buffer.concat(chunks);
    async function* rest() {
        if (head.length)
            yield head;
        if (done)
            return;
        try {
            for (;;) {
                const next = await iterator.next();
                if (next.done)
                    return;
                yield next.value;
            }
        }
        finally {
            // Stopped early (its reader was destroyed): let the source close what it holds.
            await iterator.return?.();
        }
    }
    return { head: head.subarray(0, bytes), stream: external_node_stream_.Readable.from(rest(), { objectMode: false }) };
}

// EXTERNAL MODULE: ./src/bytes/sinks.ts
var bytes_sinks = __webpack_require__(3047);
// EXTERNAL MODULE: ./src/archive/toc.ts
var toc = __webpack_require__(3052);
// EXTERNAL MODULE: ./src/postgres/row-counts.ts
var row_counts = __webpack_require__(3804);
// EXTERNAL MODULE: ./src/bytes/keys.ts
var keys = __webpack_require__(5343);
;// CONCATENATED MODULE: ./src/bytes/verdict.ts







const INTEGRITY_LEVELS = ['none', 'checksum', 'archive', 'full'];
/** The checks that need no more than the first bytes, or undefined when the stream must be read. */
function headChecks(format, headBytes, opts) {
    if (opts.level === 'checksum') {
        const why = 'integrity: checksum reads the bytes for the sha256 only';
        return [(0,report_builder/* check */.z6)('archive', 'skipped', why), (0,report_builder/* check */.z6)('content', 'skipped', why)];
    }
    if (headBytes === 0) {
        return [(0,report_builder/* check */.z6)('archive', 'critical', 'the file is empty (0 bytes): not a backup'), (0,report_builder/* notChecked */.lb)('the file is empty')];
    }
    if (format.encryption && !(0,keys/* hasKeyFor */.BW)(format.encryption, opts.decryption)) {
        const set = (0,keys/* encryptionRemedy */._M)(format.encryption);
        return [
            (0,report_builder/* check */.z6)('archive', 'warning', `encrypted (${format.encryption}): cannot verify content without a key; ${set}`),
            (0,report_builder/* check */.z6)('content', 'skipped', `encrypted (${format.encryption}): content not verified without a decryption key; ${set}`),
        ];
    }
    const unsupported = (0,bytes_layers/* layersOf */.w)(format)
        .map((layer) => (0,bytes_layers/* unsupportedLayer */.BM)(layer, opts.codecs))
        .find((why) => why !== undefined);
    if (unsupported) {
        // Nothing inside was read: never ok, and never a silent skip that lets the run end ok.
        const why = `not proven: ${format.description}: ${unsupported}`;
        return [(0,report_builder/* check */.z6)('archive', 'warning', why), (0,report_builder/* check */.z6)('content', 'warning', why)];
    }
    if ((format.encryption || format.opaque) && opts.canPeel)
        return undefined;
    if (format.container === 'unknown') {
        return [
            (0,report_builder/* check */.z6)('archive', 'critical', `not a PostgreSQL backup: ${format.description}`),
            (0,report_builder/* notChecked */.lb)('the file is not a PostgreSQL backup'),
        ];
    }
    return undefined;
}
/** The `archive` and `content` checks of one layer's outcome. */
function verdict(outcome) {
    switch (outcome.kind) {
        case 'fixed':
            return outcome.checks;
        case 'read':
            return outcome.format.container === 'plain' ? plainChecks(outcome) : archiveChecks(outcome);
        case 'peeled':
            return peeledChecks(outcome);
    }
}
/** Per-table rows, or undefined when some rows could not be counted (unknown, not 0). */
function countedTablesOf(outcome) {
    if (outcome.kind === 'peeled')
        return outcome.failure ? undefined : countedTablesOf(outcome.inner);
    if (outcome.kind !== 'read' || outcome.report.skipped.length)
        return undefined;
    return countedTables(outcome.report);
}
/** The archive's table of contents as the pass read it (through any decryption), for `--table` lists. */
function tocOf(outcome) {
    if (outcome.kind === 'peeled')
        return outcome.failure ? undefined : tocOf(outcome.inner);
    return outcome.kind === 'read' ? outcome.report.toc : undefined;
}
/** Partitioned tables: no data of their own in the archive, their rows are counted in their partitions. */
function partitionedOf(outcome) {
    if (outcome.kind === 'peeled')
        return partitionedOf(outcome.inner);
    if (outcome.kind !== 'read')
        return undefined;
    return outcome.report.toc.filter(isPartitioned).map(entryName);
}
function checksumCheck(sha256, expected) {
    if (!expected)
        return (0,report_builder/* check */.z6)('checksum', 'skipped', 'no manifest or .sha256 sidecar to compare with');
    if (expected.sha256.toLowerCase() === sha256) {
        return (0,report_builder/* check */.z6)('checksum', 'ok', `sha256 matches the ${expected.from}`, { display: { value: sha256 } });
    }
    return (0,report_builder/* check */.z6)('checksum', 'critical', `sha256 mismatch: the file hashes to ${(0,format/* shortHash */.BC)(sha256)}…, the ${expected.from} says ${(0,format/* shortHash */.BC)(expected.sha256)}…`, { display: { value: sha256, threshold: expected.sha256 } });
}
function peeledChecks(o) {
    const inner = verdict(o.inner);
    const archive = inner.find((c) => c.id === 'archive');
    const content = inner.find((c) => c.id === 'content');
    const encrypted = o.layers.some(bytes_layers/* isEncryption */.U5);
    const verb = encrypted ? 'decrypted' : 'decompressed';
    if (o.failure) {
        const why = (0,bytes_layers/* describeFailure */.Ic)(o.failure);
        if (o.plaintextBytes === 0 || !archive || o.innerContainer === 'unknown') {
            return [(0,report_builder/* check */.z6)('archive', 'critical', why), (0,report_builder/* notChecked */.lb)(o.failure.kind === 'decrypt' ? 'decryption failed' : why)];
        }
        const out = encrypted ? 'plaintext' : 'decompressed data';
        return [archive, (0,report_builder/* check */.z6)('content', 'critical', `${why} (after ${(0,format/* formatBytes */.z3)(o.plaintextBytes)} of ${out})`)];
    }
    if (!archive || !content)
        return [
            (0,report_builder/* check */.z6)('archive', 'critical', `${verb} to nothing`),
            (0,report_builder/* notChecked */.lb)(encrypted ? 'no plaintext' : 'nothing came out'),
        ];
    return [
        archive,
        { ...content, summary: `${content.summary}; ${verb} ${(0,format/* formatBytes */.z3)(o.bytes)} → ${(0,format/* formatBytes */.z3)(o.plaintextBytes)}` },
    ];
}
const SHOWN_PROBLEMS = 3;
/**
 * Each table's own rows as its data entry holds them; parents (also a partitioned one, which has no
 * data entry: 0 rows of its own) add the total of their tree as tree_rows.
 */
function countedTables(report) {
    const own = new Map(report.tables.map((t) => [t.name, t.rows]));
    const children = (0,toc/* tableChildren */.yq)(report.toc);
    for (const parent of children.keys())
        if (!own.has(parent))
            own.set(parent, 0);
    return [...(0,row_counts/* withTreeTotals */.KD)(own, children)].map(([name, c]) => ({
        name,
        rows: c.rows,
        ...(c.tree !== undefined ? { tree_rows: c.tree } : {}),
    }));
}
/** relkind 'p' is recorded from archive 1.16 on; older TOCs only show it in the CREATE TABLE. */
function isPartitioned(entry) {
    if (entry.desc !== 'TABLE')
        return false;
    return entry.relkind === 'p' || /\)\s*PARTITION BY /i.test(entry.defn ?? '');
}
function entryName(entry) {
    return entry.namespace ? `${entry.namespace}.${entry.tag}` : entry.tag;
}
/** "unsupported archive version 1.99" from the reader's problems, when that is what stopped it. */
function unknownVersion(report) {
    return report.problems.find((p) => p.kind === 'unsupported' && /^unsupported archive version /.test(p.message));
}
function secondOpinion(format, tool, listed) {
    if (format.directory)
        return { kind: 'none', why: 'pg_restore reads a directory archive only unpacked' };
    if (!tool || !listed)
        return { kind: 'none', why: 'no pg_restore on this runner' };
    if (listed.watchdog)
        return { kind: 'hung', why: (0,pg_restore_sink/* describeWatchdog */.L6)(listed.watchdog) };
    const newer = (0,pg_restore_sink/* unsupportedArchiveVersion */.ks)(listed.stderr);
    if (newer)
        return { kind: 'too-old', version: newer };
    if (listed.spawnError)
        return { kind: 'none', why: `could not run pg_restore (${tool.path}): ${listed.spawnError}` };
    if (listed.exitCode === 0)
        return { kind: 'accepts', entries: listed.entries };
    return { kind: 'rejects', why: (0,pg_restore_sink/* firstPgError */.wm)(listed.stderr) };
}
function archiveChecks(v) {
    const { report, tool } = v;
    const version = report.header.version;
    const label = `${v.format.description}${version ? ` ${version}` : ''}`;
    const opinion = secondOpinion(v.format, tool, v.listed);
    const unknown = unknownVersion(report);
    const tocRead = report.toc.length > 0;
    // The reader's first complaint that is not about one entry's data: what stopped it reading the TOC.
    const tocProblem = report.problems.find((p) => p.entry === undefined) ?? report.problems[0];
    const readerWhy = v.decodeError ?? tocProblem?.message ?? 'the table of contents is empty';
    let archive;
    if (unknown) {
        archive = (0,report_builder/* check */.z6)('archive', 'critical', unknown.message, { display: { value: unknown.message.split(' ').pop() } });
    }
    else if (opinion.kind === 'hung') {
        archive = (0,report_builder/* check */.z6)('archive', 'critical', opinion.why);
    }
    else if (!tocRead) {
        const second = opinion.kind === 'accepts'
            ? `; yet pg_restore --list reads ${(0,format/* formatCount */.B4)(opinion.entries)} entries: Lifeboat's reader and pg_restore disagree`
            : opinion.kind === 'rejects'
                ? ` (pg_restore --list agrees: ${opinion.why})`
                : '';
        archive = (0,report_builder/* check */.z6)('archive', 'critical', `table of contents does not parse: ${readerWhy}${second}`);
    }
    else if (opinion.kind === 'rejects') {
        archive = (0,report_builder/* check */.z6)('archive', 'critical', `pg_restore --list rejects the table of contents (${opinion.why}) while Lifeboat's reader parses its ` +
            `${(0,format/* formatCount */.B4)(report.toc.length)} entries: the two disagree, treat the archive as damaged`);
    }
    else if (opinion.kind === 'accepts' && opinion.entries > report.toc.length) {
        // pg_restore lists a subset of the entries (it hides ENCODING, STDSTRINGS …), never more.
        archive = (0,report_builder/* check */.z6)('archive', 'critical', `pg_restore --list shows ${(0,format/* formatCount */.B4)(opinion.entries)} entries but Lifeboat's reader finds ${(0,format/* formatCount */.B4)(report.toc.length)}: ` +
            'the two disagree, treat the archive as damaged');
    }
    else {
        const entries = `${label}: table of contents parses (${(0,format/* plural */.LS)(report.toc.length, 'entry', 'entries')})`;
        const how = opinion.kind === 'accepts'
            ? opinion.entries === report.toc.length
                ? 'pg_restore --list reads the same entries'
                : `pg_restore --list reads it too (it shows ${(0,format/* formatCount */.B4)(opinion.entries)} of them and hides internal ones)`
            : opinion.kind === 'too-old'
                ? `pg_restore ${tool?.major} cannot read archive ${opinion.version}; verified by Lifeboat's reader alone`
                : `${opinion.why}; verified by Lifeboat's reader alone`;
        archive = (0,report_builder/* check */.z6)('archive', 'ok', `${entries}; ${how}`, { value: report.toc.length });
    }
    if (v.level !== 'full')
        return [archive, levelSkipped(v.level)];
    if (unknown || !tocRead)
        return [archive, (0,report_builder/* notChecked */.lb)('the table of contents does not parse')];
    return [archive, contentCheck(v, opinion)];
}
function contentCheck(v, opinion) {
    const { report, restored, bytes } = v;
    const problems = report.problems;
    if (v.decodeError || problems.length) {
        return (0,report_builder/* check */.z6)('content', 'critical', damage(v.decodeError, problems));
    }
    if (report.skipped.length) {
        const codecs = report.skipped.join(', ');
        const names = report.skipped.map((why) => why.split(' ')[0]).join(', ');
        if (restored?.watchdog)
            return (0,report_builder/* check */.z6)('content', 'critical', (0,pg_restore_sink/* describeWatchdog */.L6)(restored.watchdog));
        if (restored && opinion.kind !== 'too-old' && !restored.spawnError) {
            if (restored.exitCode === 0) {
                return (0,report_builder/* check */.z6)('content', 'ok', `every data block decompresses and parses (pg_restore checked the ${names} blocks, ` +
                    `${(0,format/* formatBytes */.z3)(bytes)} read)`);
            }
            return (0,report_builder/* check */.z6)('content', 'critical', `data is damaged: ${describeRestoreFailure(restored)}`);
        }
        const why = restored?.spawnError ??
            (opinion.kind === 'too-old'
                ? `pg_restore ${v.tool?.major} cannot read this archive`
                : 'no pg_restore on this runner');
        return (0,report_builder/* check */.z6)('content', 'warning', `not proven: ${codecs}, and ${why}`);
    }
    const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
    // pg_dump --schema-only: tables, but no data entry at all. Sound as a file, yet no restore of data.
    if (report.tables.length === 0 && report.toc.some((e) => e.desc === 'TABLE')) {
        return (0,report_builder/* check */.z6)('content', 'warning', 'schema only: no table data (pg_dump --schema-only?)', { value: 0 });
    }
    const blobs = report.blobs ? `, ${(0,format/* plural */.LS)(report.blobs, 'large object')}` : '';
    return (0,report_builder/* check */.z6)('content', 'ok', `every data block decompresses and every COPY row parses: ${(0,format/* formatCount */.B4)(report.tables.length)} tables, ` +
        `${(0,format/* plural */.LS)(rows, 'row')}${blobs} (${(0,format/* formatBytes */.z3)(bytes)} read)`, { value: rows });
}
function plainChecks(v) {
    const { report, bytes } = v;
    const dumped = report.header.scriptHeader === true;
    const archive = dumped
        ? (0,report_builder/* check */.z6)('archive', 'ok', `${v.format.description}: pg_dump script header found`)
        : (0,report_builder/* check */.z6)('archive', 'warning', `${v.format.description}: no pg_dump header; cannot tell whether this SQL is a complete dump`);
    if (v.level !== 'full')
        return [archive, levelSkipped(v.level)];
    const problems = report.problems;
    // A script without pg_dump's header promises no closing line, so its absence proves nothing.
    const unproven = !dumped && !v.decodeError && problems.every((p) => p.entry === undefined);
    if (problems.length && unproven) {
        return [
            archive,
            (0,report_builder/* check */.z6)('content', 'warning', 'the script has no pg_dump "dump complete" line: cannot prove it is whole'),
        ];
    }
    if (v.decodeError || problems.length)
        return [archive, (0,report_builder/* check */.z6)('content', 'critical', damage(v.decodeError, problems))];
    const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
    return [
        archive,
        (0,report_builder/* check */.z6)('content', 'ok', `script is complete: ${(0,format/* plural */.LS)(report.tables.length, 'COPY block')}, ${(0,format/* plural */.LS)(rows, 'row')} (${(0,format/* formatBytes */.z3)(bytes)} read)`, { value: rows }),
    ];
}
/**
 * The decoder's error first (it explains the rest), then the reader's most specific findings: where
 * data is corrupt or ends, before the entries that are merely missing after a cut.
 */
function damage(decodeError, problems) {
    const isMissing = (p) => p.kind === 'truncated' && / is missing: /.test(p.message);
    const missing = problems.filter(isMissing);
    const specific = problems.filter((p) => !isMissing(p));
    const shown = (specific.length ? specific : missing).slice(0, SHOWN_PROBLEMS).map((p) => p.message);
    const left = specific.length ? specific.length - shown.length : missing.length - shown.length;
    const notes = [
        left > 0 ? `${(0,format/* plural */.LS)(left, 'more problem')}` : '',
        specific.length && missing.length
            ? `data for ${(0,format/* plural */.LS)(missing.length, 'more entry', 'more entries')} is missing`
            : '',
    ].filter(Boolean);
    return [decodeError, ...shown].filter(Boolean).join('; ') + (notes.length ? ` (${notes.join('; ')})` : '');
}
function describeRestoreFailure(outcome) {
    const error = (0,pg_restore_sink/* firstPgError */.wm)(outcome.stderr);
    if (/end of file|unexpected EOF|could not read/i.test(error))
        return `archive truncated (${error})`;
    if (outcome.signal)
        return `pg_restore was killed by ${outcome.signal}`;
    return error;
}
function levelSkipped(level) {
    return (0,report_builder/* check */.z6)('content', 'skipped', `integrity level "${level}" does not read the data blocks`);
}

;// CONCATENATED MODULE: ./src/bytes/integrity-pass.ts













const PROGRESS_EVERY_MS = 5000;
/** Enough of the decoded stream for the archive header: tar puts it after a 512-byte member header. */
const ARCHIVE_HEAD_BYTES = 4096;
// Nested encryption beyond this is not a backup anyone made on purpose.
const MAX_DEPTH = 4;
/** Reads a backup once and proves what it can in that one pass (see the top of this file). */
async function runIntegrityPass(source, opts) {
    let hash;
    try {
        return await pass(source, opts, (h) => (hash = h));
    }
    finally {
        await hash?.close();
    }
}
async function pass(source, opts, using) {
    let hash;
    let bytes = 0;
    let fatal;
    const progress = progressReporter(opts);
    async function* hashed() {
        try {
            for await (const chunk of source) {
                hash ??= using(await hasherFor(chunk, opts.totalBytes));
                const wait = hash.update(chunk);
                if (wait)
                    await wait;
                bytes += chunk.length;
                progress(bytes);
                yield chunk;
            }
        }
        catch (error) {
            // A read that failed mid-stream: everything behind ends, reports, and the pass rethrows.
            fatal ??= error instanceof Error ? error : new Error(String(error));
        }
    }
    const ctx = {
        opts,
        decoders: opts.decoders ?? bytes_layers/* decoderFor */.oe,
        pgRestore: once(opts.pgRestore),
        failures: [],
        abort(error) {
            fatal ??= error;
            source.destroy(error);
        },
    };
    const { format, outcome } = await readLayer(hashed(), () => bytes, ctx, 0);
    if (fatal)
        throw fatal;
    const sha256 = await (hash ?? sha256Here()).digest();
    return {
        sha256,
        bytes,
        format,
        checks: [checksumCheck(sha256, opts.expected), ...verdict(outcome)],
        tables: countedTablesOf(outcome),
        partitioned: partitionedOf(outcome),
        toc: tocOf(outcome),
        ...(ctx.copy ? { copy: { ...ctx.copy, layers: (0,bytes_layers/* layersOf */.w)(format), failure: ctx.failures[0] } } : {}),
    };
}
/** Uncompressed custom archives this big hash in a worker thread (see sha256-thread.ts). */
const HASH_IN_THREAD_BYTES = 64 * 1024 * 1024;
/** Where to hash, decided by the first chunk: the archive's own header says whether its data is compressed. */
async function hasherFor(first, totalBytes) {
    if ((totalBytes ?? 0) < HASH_IN_THREAD_BYTES)
        return sha256Here();
    const header = await (0,src_archive/* peekHeader */.Hc)(first);
    return header?.format === 'custom' && header.compression === 'none' ? sha256InThread() : sha256Here();
}
/**
 * One layer of the backup: sniffs its first bytes, then either decides from them alone, or decodes
 * what they call for and reads the result; after a decryption, the plaintext is a layer of its own.
 * Resolves once every byte of `source` was taken.
 */
async function readLayer(source, bytesIn, ctx, depth) {
    const { head, stream } = await sniff(source, detect_format/* DETECT_HEAD_BYTES */.ZM);
    const format = head.length === 0 ? EMPTY : (0,detect_format/* detectFormat */.Tz)(head);
    const layers = (0,bytes_layers/* layersOf */.w)(format);
    const codecs = await (0,bytes_layers/* codecsForLayers */.XO)(layers);
    const fixed = headChecks(format, head.length, { ...ctx.opts, canPeel: depth < MAX_DEPTH, codecs });
    if (fixed) {
        (0,bytes_sinks/* tee */.nR)(stream, []);
        await (0,promises_.finished)(stream);
        return { format, outcome: { kind: 'fixed', checks: fixed } };
    }
    // Up to the first encryption, or every layer when the innermost hides what it wraps: what comes
    // out is sniffed again as a layer of its own.
    const encryptionAt = layers.findIndex(bytes_layers/* isEncryption */.U5);
    const peelAt = encryptionAt >= 0 ? encryptionAt : format.opaque ? layers.length - 1 : -1;
    const peeled = peelAt >= 0 ? layers.slice(0, peelAt + 1) : layers;
    const decoded = peeled.length
        ? (0,bytes_layers/* decode */.D4)(stream, peeled, { keys: ctx.opts.decryption, decoders: ctx.decoders, codecs })
        : undefined;
    // Caught at once: a rejection nobody awaits yet would end the process (the stream ends anyway).
    const settled = (0,promises_.finished)(stream).catch(() => undefined);
    if (decoded && peelAt >= 0) {
        const inner = await readLayer(decoded.stream, decoded.bytes, ctx, depth + 1).catch((error) => {
            // Stops the decoder too, so that the outer bytes flow on to the hash.
            decoded.stream.destroy();
            const why = `could not verify the ${(0,bytes_layers/* isEncryption */.U5)(peeled[peeled.length - 1]) ? 'decrypted' : 'decompressed'} data: ${(0,errors/* errorMessage */.g)(error)}`;
            return { format, outcome: { kind: 'fixed', checks: [(0,report_builder/* check */.z6)('archive', 'critical', why), (0,report_builder/* notChecked */.lb)(why)] } };
        });
        await settled;
        const failure = decoded.failure();
        if (failure)
            ctx.failures.unshift(failure);
        const plaintextBytes = decoded.bytes();
        return {
            format: plaintextBytes > 0 ? (0,bytes_layers/* combineFormats */.iR)(format, peeled, inner.format) : format,
            outcome: {
                kind: 'peeled',
                layers: peeled,
                bytes: bytesIn(),
                plaintextBytes,
                failure,
                inner: inner.outcome,
                innerContainer: inner.format.container,
            },
        };
    }
    const archive = decoded ? await sniff(decoded.stream, ARCHIVE_HEAD_BYTES) : { head, stream };
    const read = await readContainer(archive.stream, archive.head, format, ctx);
    await settled;
    const failure = decoded?.failure();
    if (failure)
        ctx.failures.unshift(failure);
    return {
        format,
        outcome: {
            kind: 'read',
            format,
            bytes: bytesIn(),
            ...read,
            ...(failure ? { decodeError: (0,bytes_layers/* describeFailure */.Ic)(failure) } : {}),
        },
    };
}
/**
 * The bare custom, tar or plain-SQL stream, tee'd to Lifeboat's archive reader (every data block
 * decompressed, every COPY row counted), for custom/tar to `pg_restore --list` as a second opinion
 * on the TOC, to `pg_restore -f /dev/null` only when the data uses a codec the reader lacks (so the
 * verdict never depends on pg_restore alone nor gets weaker without it), and to the local copy.
 */
async function readContainer(stream, head, format, ctx) {
    const archive = format.container === 'custom' || format.container === 'tar';
    // Asked for now so that finding the binary overlaps with reading the header. pg_restore reads a
    // directory archive only unpacked, so a tarred one is proven by the reader alone.
    const found = archive && !format.directory ? ctx.pgRestore() : Promise.resolve(undefined);
    // A bare archive is as long as the stored object: the reader sizes its work by it.
    const size = (0,bytes_layers/* layersOf */.w)(format).length === 0 ? ctx.opts.totalBytes : undefined;
    const reader = await (0,bytes_sinks/* readerSink */.vJ)(head, archive, size);
    const tool = await found.catch(() => undefined);
    const sinks = [reader];
    const formatFlag = `--format=${format.container === 'tar' ? 't' : 'c'}`;
    const watchdog = { watchdogMs: ctx.opts.pgRestoreWatchdogMs };
    const list = tool ? (0,pg_restore_sink/* pgRestoreSink */.zJ)('pg_restore --list', tool, ['--list', formatFlag], watchdog) : undefined;
    const codecGap = tool && reader.header ? (0,src_archive/* missingCodec */.zM)(reader.header.compression) : undefined;
    const restore = tool && codecGap && ctx.opts.level === 'full'
        ? (0,pg_restore_sink/* pgRestoreSink */.zJ)('pg_restore', tool, ['--file=/dev/null', formatFlag], watchdog)
        : undefined;
    if (list)
        sinks.push(list);
    if (restore)
        sinks.push(restore);
    const copy = ctx.opts.copyTo ? (0,bytes_sinks/* localCopySink */.g)(ctx.opts.copyTo, (error) => ctx.abort(copyFailed(error))) : undefined;
    if (copy)
        sinks.push(copy);
    (0,bytes_sinks/* tee */.nR)(stream, sinks.map((s) => s.input));
    await Promise.all(sinks.map((s) => s.done));
    if (copy && ctx.opts.copyTo)
        ctx.copy = { path: ctx.opts.copyTo, bytes: copy.bytes() };
    return {
        level: ctx.opts.level === 'full' ? 'full' : 'archive',
        tool,
        report: await reader.report,
        listed: await list?.outcome,
        restored: await restore?.outcome,
    };
}
function copyFailed(error) {
    return new Error(`could not keep a local copy of the backup: ${error.message}`);
}
const EMPTY = { container: 'unknown', compression: 'none', description: 'empty file' };
function once(make) {
    let made;
    return () => (made ??= make());
}
function progressReporter(opts) {
    let last = Date.now();
    return (bytes) => {
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS)
            return;
        last = now;
        const total = opts.totalBytes;
        const pct = total ? ` (${Math.floor((bytes / total) * 100)}%)` : '';
        opts.logger.progress(`read ${(0,format/* formatBytes */.z3)(bytes)}${total ? ` / ${(0,format/* formatBytes */.z3)(total)}` : ''}${pct}`);
    };
}


/***/ }),

/***/ 5343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ hasKeyFor),
/* harmony export */   Hs: () => (/* binding */ keyInputFor),
/* harmony export */   _M: () => (/* binding */ encryptionRemedy),
/* harmony export */   vY: () => (/* binding */ WRONG_PASSPHRASE)
/* harmony export */ });
/** How every decrypter words a key that does not open the file. */
const WRONG_PASSPHRASE = 'wrong passphrase';
const KEY_INPUT = {
    gpg: 'decryption-passphrase',
    openssl: 'decryption-passphrase',
    age: 'age-identity (or decryption-passphrase for passphrase-encrypted age files)',
    databasus: '',
};
/** What to do so that Lifeboat can read this encrypted backup, as the end of a report sentence. */
function encryptionRemedy(encryption) {
    // Its key derives from the Databasus master key and the backup's id, which Lifeboat never has.
    if (encryption === 'databasus') {
        return "Databasus' own encryption opens only inside Databasus (turn it off there to let Lifeboat read the backups)";
    }
    return `set ${keyInputFor(encryption)} to verify it`;
}
/** Which input would open this kind of encryption, for "set … to verify the content" messages. */
function keyInputFor(encryption) {
    return KEY_INPUT[encryption];
}
function hasKeyFor(encryption, keys) {
    if (encryption === 'databasus')
        return false;
    if (encryption === 'age')
        return Boolean(keys?.ageIdentity || keys?.passphrase);
    return Boolean(keys?.passphrase);
}


/***/ }),

/***/ 6870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XO: () => (/* binding */ codecsForLayers),
  iR: () => (/* binding */ combineFormats),
  D4: () => (/* binding */ decode),
  oe: () => (/* binding */ decoderFor),
  Ic: () => (/* binding */ describeFailure),
  U5: () => (/* binding */ isEncryption),
  w: () => (/* binding */ layersOf),
  BM: () => (/* binding */ unsupportedLayer)
});

// UNUSED EXPORTS: DecodeError

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./src/archive/codecs.ts
var archive_codecs = __webpack_require__(3467);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/bytes/keys.ts
var bytes_keys = __webpack_require__(5343);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./src/archive/detect-format.ts
var detect_format = __webpack_require__(259);
;// CONCATENATED MODULE: ./src/bytes/openssl-decrypt.ts




/**
 * `openssl enc` writes only `Salted__` and the salt: the cipher, the key derivation and its digest
 * are not in the file. These are what the tools in use write, most likely first; the right one is
 * the one whose first decrypted bytes are something Lifeboat recognises.
 */
const OPENSSL_CANDIDATES = [
    // kartoza/docker-pg-backup; also plain `openssl enc -aes-256-cbc -pbkdf2`.
    {
        cipher: 'aes-256-cbc',
        kdf: 'pbkdf2',
        md: 'sha256',
        iter: 10_000,
        label: '-aes-256-cbc -pbkdf2 -iter 10000 -md sha256',
    },
    { cipher: 'aes-256-cbc', kdf: 'evp', md: 'sha256', label: '-aes-256-cbc (OpenSSL ≥ 1.1 default key derivation)' },
    { cipher: 'aes-256-cbc', kdf: 'evp', md: 'md5', label: '-aes-256-cbc -md md5 (OpenSSL 1.0 default)' },
    { cipher: 'aes-256-cbc', kdf: 'pbkdf2', md: 'sha256', iter: 100_000, label: '-aes-256-cbc -pbkdf2 -iter 100000' },
    { cipher: 'aes-128-cbc', kdf: 'pbkdf2', md: 'sha256', iter: 10_000, label: '-aes-128-cbc -pbkdf2' },
    { cipher: 'aes-128-cbc', kdf: 'evp', md: 'sha256', label: '-aes-128-cbc' },
];
const OPENSSL_PROBE_BYTES = 4096;
class OpensslDecrypt extends external_node_stream_.Transform {
    passphrase;
    pending = [];
    pendingLength = 0;
    decipher;
    /** The parameters that opened the file, once found. */
    params;
    constructor(passphrase) {
        super();
        this.passphrase = passphrase;
    }
    _transform(chunk, _enc, done) {
        if (this.decipher) {
            this.push(this.decipher.update(chunk));
            return done();
        }
        this.pending.push(chunk);
        this.pendingLength += chunk.length;
        if (this.pendingLength < 16 + OPENSSL_PROBE_BYTES)
            return done();
        this.start(false).then(() => done(), done);
    }
    _flush(done) {
        const finish = () => {
            try {
                this.push(this.decipher.final());
                done();
            }
            catch (error) {
                done(new Error(finalError(error)));
            }
        };
        if (this.decipher)
            return finish();
        this.start(true).then(finish, done);
    }
    async start(atEnd) {
        const data = Buffer.concat(this.pending);
        this.pending = [];
        if (data.length < 16 || data.subarray(0, 8).toString('latin1') !== 'Salted__') {
            throw new Error('not an openssl enc file: it does not start with Salted__ and a salt');
        }
        const salt = data.subarray(8, 16);
        const body = data.subarray(16);
        // Whole blocks only: the last block of the file carries the padding and is checked by final().
        const probe = body.subarray(0, Math.max(0, Math.min(OPENSSL_PROBE_BYTES, body.length - (atEnd ? 0 : 16))) & ~15);
        for (const params of OPENSSL_CANDIDATES) {
            const { key, iv } = await deriveOpensslKey(this.passphrase, salt, params);
            if (!looksDecrypted(params, key, iv, probe, atEnd ? body : undefined))
                continue;
            this.params = params;
            this.decipher = external_node_crypto_default().createDecipheriv(params.cipher, key, iv);
            this.push(this.decipher.update(body));
            return;
        }
        throw new Error('wrong decryption-passphrase, or the file was not written by openssl enc with AES-CBC ' +
            '(tried -pbkdf2 with sha256 and the legacy key derivation with sha256 and md5)');
    }
}
function looksDecrypted(params, key, iv, probe, whole) {
    try {
        let plain;
        if (whole && whole.length <= OPENSSL_PROBE_BYTES + 16) {
            // A tiny file: the padding check of the whole thing is the best evidence there is.
            const d = external_node_crypto_default().createDecipheriv(params.cipher, key, iv);
            plain = Buffer.concat([d.update(whole), d.final()]);
        }
        else {
            const d = external_node_crypto_default().createDecipheriv(params.cipher, key, iv);
            d.setAutoPadding(false);
            plain = d.update(probe);
        }
        if (plain.length === 0)
            return false;
        const inner = (0,detect_format/* detectFormat */.Tz)(plain);
        // Random bytes from a wrong key are "unrecognised binary data"; anything else was meant to be there.
        return !(inner.container === 'unknown' && !inner.layers && inner.description === 'unrecognised binary data');
    }
    catch {
        return false;
    }
}
function finalError(error) {
    const message = (0,errors/* errorMessage */.g)(error);
    if (/wrong final block length/i.test(message))
        return 'the encrypted data ends mid-block: the file is truncated';
    if (/bad decrypt/i.test(message))
        return 'the padding of the last block is wrong: the file is truncated or damaged';
    return message;
}
async function deriveOpensslKey(passphrase, salt, params) {
    const keyLength = params.cipher === 'aes-256-cbc' ? 32 : 16;
    const pass = Buffer.from(passphrase, 'utf8');
    if (params.kdf === 'pbkdf2') {
        const out = await new Promise((resolve, reject) => external_node_crypto_default().pbkdf2(pass, salt, params.iter ?? 10_000, keyLength + 16, params.md, (e, k) => e ? reject(e) : resolve(k)));
        return { key: out.subarray(0, keyLength), iv: out.subarray(keyLength) };
    }
    // EVP_BytesToKey with one iteration, as `openssl enc` does without -pbkdf2.
    const parts = [];
    let previous = Buffer.alloc(0);
    let length = 0;
    while (length < keyLength + 16) {
        previous = external_node_crypto_default().createHash(params.md)
            .update(Buffer.concat([previous, pass, salt]))
            .digest();
        parts.push(previous);
        length += previous.length;
    }
    const out = Buffer.concat(parts);
    return { key: out.subarray(0, keyLength), iv: out.subarray(keyLength, keyLength + 16) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/bytes/gpg-quick-check.ts

const CIPHERS = {
    7: { name: 'aes-128-cfb', keyLength: 16 },
    8: { name: 'aes-192-cfb', keyLength: 24 },
    9: { name: 'aes-256-cfb', keyLength: 32 },
};
const HASHES = {
    1: 'md5',
    2: 'sha1',
    3: 'ripemd160',
    8: 'sha256',
    9: 'sha384',
    10: 'sha512',
    11: 'sha224',
};
const BLOCK = 16;
/** One packet header at `at` (old or new format); undefined when the head is too short. */
function packetAt(head, at) {
    if (at >= head.length)
        return undefined;
    const ctb = head[at];
    if (!(ctb & 0x80))
        return undefined;
    let tag;
    let length;
    let start;
    if (ctb & 0x40) {
        tag = ctb & 0x3f;
        const b = head[at + 1];
        if (b === undefined)
            return undefined;
        if (b < 192)
            [length, start] = [b, at + 2];
        else if (b < 224)
            [length, start] = [((b - 192) << 8) + (head[at + 2] ?? 0) + 192, at + 3];
        else if (b < 255)
            [length, start] = [1 << (b & 0x1f), at + 2];
        else {
            if (at + 6 > head.length)
                return undefined;
            [length, start] = [head.readUInt32BE(at + 2), at + 6];
        }
    }
    else {
        tag = (ctb >> 2) & 0x0f;
        const type = ctb & 3;
        const size = [1, 2, 4, 0][type];
        if (size === 0 || at + 1 + size > head.length)
            return undefined;
        length = size === 1 ? head[at + 1] : size === 2 ? head.readUInt16BE(at + 1) : head.readUInt32BE(at + 1);
        start = at + 1 + size;
    }
    return { tag, body: head.subarray(start, Math.min(head.length, start + length)), next: start + length };
}
/** RFC 4880 §3.7.1: simple, salted and iterated+salted S2K, with preloaded zeros for long keys. */
function s2kKey(body, passphrase, keyLength) {
    const type = body[0];
    const hash = HASHES[body[1]];
    if (!hash)
        return undefined;
    let salt = Buffer.alloc(0);
    let count = 0;
    let used = 2;
    if (type === 1 || type === 3) {
        if (body.length < 10)
            return undefined;
        salt = body.subarray(2, 10);
        used = 10;
    }
    if (type === 3) {
        const c = body[10];
        count = (16 + (c & 15)) << ((c >> 4) + 6);
        used = 11;
    }
    else if (type !== 0 && type !== 1)
        return undefined;
    const data = Buffer.concat([salt, passphrase]);
    const total = Math.max(count, data.length);
    const parts = [];
    let length = 0;
    for (let round = 0; length < keyLength; round++) {
        const h = external_node_crypto_default().createHash(hash);
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
function cfbDecrypt(cipher, key, data) {
    const d = external_node_crypto_default().createDecipheriv(cipher, key, Buffer.alloc(BLOCK));
    return d.update(data);
}
/** Judges `passphrase` against the first bytes of a binary gpg file (at least ~100 bytes help). */
function gpgQuickCheck(head, passphrase) {
    try {
        const skesk = packetAt(head, 0);
        if (!skesk || skesk.tag !== 3 || skesk.body[0] !== 4)
            return 'unknown';
        const cipher = CIPHERS[skesk.body[1]];
        if (!cipher)
            return 'unknown';
        const derived = s2kKey(skesk.body.subarray(2), Buffer.from(passphrase, 'utf8'), cipher.keyLength);
        if (!derived)
            return 'unknown';
        let sessionCipher = cipher;
        let sessionKey = derived.key;
        const esk = skesk.body.subarray(2 + derived.used);
        if (esk.length > 0) {
            // An encrypted session key: its first byte names the data's cipher.
            const plain = cfbDecrypt(cipher.name, derived.key, esk);
            const inner = CIPHERS[plain[0]];
            if (!inner)
                return 'wrong';
            if (plain.length !== 1 + inner.keyLength)
                return 'wrong';
            sessionCipher = inner;
            sessionKey = plain.subarray(1);
        }
        // Another SKESK may follow (several passphrases): only the first is judged, so stay neutral.
        const data = packetAt(head, skesk.next);
        if (!data)
            return 'unknown';
        let encrypted;
        if (data.tag === 18 && data.body[0] === 1)
            encrypted = data.body.subarray(1);
        else if (data.tag === 9)
            encrypted = data.body;
        else
            return 'unknown';
        if (encrypted.length < BLOCK + 2)
            return 'unknown';
        const prefix = cfbDecrypt(sessionCipher.name, sessionKey, encrypted.subarray(0, BLOCK + 2));
        return prefix[BLOCK - 2] === prefix[BLOCK] && prefix[BLOCK - 1] === prefix[BLOCK + 1] ? 'ok' : 'wrong';
    }
    catch {
        return 'unknown';
    }
}

;// CONCATENATED MODULE: ./src/bytes/web-decrypt.ts





/**
 * How long a decrypter may sit on bytes it was given without taking more, ending, failing or
 * giving output, while nothing downstream holds it back. openpgp, given a damaged file or a wrong
 * key it cannot tell from a right one, sometimes does exactly that; the pass would wait forever.
 */
const DECRYPT_STALL_MS = 30_000;
/** A Node duplex around a web-stream decrypter; errors from either side destroy it. */
function webStage(decrypt, stallMs = DECRYPT_STALL_MS) {
    let lastActivity = Date.now();
    // Counts as activity whenever the decrypter pulls bytes (a transform runs only when read from).
    const input = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            lastActivity = Date.now();
            done(null, chunk);
        },
    });
    const output = new external_node_stream_.PassThrough();
    const stage = external_node_stream_.Duplex.from({ writable: input, readable: output });
    const webInput = external_node_stream_.Readable.toWeb(input);
    let inputEnded = false;
    input.once('finish', () => {
        inputEnded = true;
        lastActivity = Date.now();
    });
    // Stalled: bytes are waiting for the decrypter (or it has them all), it takes none and gives
    // none, and its output is not waiting for a slow reader. A slow upstream is not a stall.
    const watch = setInterval(() => {
        const waitingOnDecrypter = inputEnded || input.writableLength > 0 || input.readableLength > 0;
        const idle = output.readableLength === 0 && Date.now() - lastActivity >= stallMs;
        if (waitingOnDecrypter && idle && !output.writableEnded) {
            stage.destroy(new Error(`decryption failed: the decrypter stopped ${inputEnded ? 'after reading the whole file' : 'taking input'} without an end or an error`));
        }
    }, Math.min(1000, stallMs / 4));
    // Deliberately not unref'd: the watch is what keeps a silent decrypter from ending the process
    // with an unsettled result (exit 13, no report); it stops once the stage ends either way.
    const stop = () => clearInterval(watch);
    output.once('end', stop);
    output.once('close', stop);
    stage.once('close', stop);
    stage.once('error', stop);
    decrypt(webInput).then((webOutput) => {
        const plain = external_node_stream_.Readable.fromWeb(webOutput);
        plain.on('data', () => {
            lastActivity = Date.now();
        });
        plain.on('error', (error) => stage.destroy(error));
        plain.pipe(output);
    }, (error) => stage.destroy(error instanceof Error ? error : new Error(String(error))));
    return stage;
}
function openpgpDecrypt(passphrase) {
    return async (input) => {
        const openpgp = await __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 3074));
        const [probe, rest] = input.tee();
        const reader = probe.getReader();
        const first = await reader.read();
        // Cancelled through its reader (the branch is locked): otherwise tee() keeps every chunk for it.
        void reader.cancel().catch(() => undefined);
        const armored = first.value
            ? Buffer.from(first.value.subarray(0, 27)).toString('latin1').startsWith('-----BEGIN PGP')
            : false;
        if (first.value && !armored && gpgQuickCheck(Buffer.from(first.value), passphrase) === 'wrong') {
            throw new Error(`${bytes_keys/* WRONG_PASSPHRASE */.vY}: decryption-passphrase does not open this file (gpg's quick check fails)`);
        }
        const message = armored
            ? await openpgp.readMessage({ armoredMessage: rest.pipeThrough(new TextDecoderStream()) })
            : await openpgp.readMessage({ binaryMessage: rest });
        const { data } = await openpgp.decrypt({
            message,
            passwords: [passphrase],
            format: 'binary',
            // Without this openpgp buffers the whole plaintext until the integrity tag at the end is
            // checked; a damaged tag still fails the stream at the end, which is when the verdict is made.
            config: { allowUnauthenticatedStream: true },
        });
        return data;
    };
}
function ageDecrypt(keys) {
    return async (input) => {
        const age = await __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 855));
        const decrypter = new age.Decrypter();
        const identities = ageIdentities(keys.ageIdentity);
        for (const identity of identities)
            decrypter.addIdentity(identity);
        if (keys.passphrase) {
            (0,secrets/* addSecret */.Ck)(keys.passphrase);
            decrypter.addPassphrase(keys.passphrase);
        }
        if (identities.length === 0 && !keys.passphrase)
            throw new Error(`no key: set ${(0,bytes_keys/* keyInputFor */.Hs)('age')}`);
        const out = await decrypter.decrypt(input);
        return out;
    };
}
/** `AGE-SECRET-KEY-…` lines from the input, or from the file it names. */
function ageIdentities(value) {
    if (!value)
        return [];
    let text = value;
    if (!/AGE-SECRET-KEY-/i.test(value)) {
        try {
            text = (0,external_node_fs_.readFileSync)(value.trim(), 'utf8');
        }
        catch {
            throw new Error('age-identity holds no AGE-SECRET-KEY-… line and names no readable identity file');
        }
    }
    const keys = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^AGE-SECRET-KEY-/i.test(l));
    for (const k of keys)
        (0,secrets/* addSecret */.Ck)(k);
    return keys;
}

;// CONCATENATED MODULE: ./src/bytes/zip-entry.ts


const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** The end record, its comment (≤ 64 KiB) and a one-entry central directory fit in this. */
const ZIP_TAIL_BYTES = 66_000 + 1024;
const ZIP32_UNKNOWN = 0xffffffff;
/**
 * Streams the first entry of a zip archive (pgbackweb's `dump.sql`) without the central directory,
 * which sits at the end: the local header says where the data starts and how it is compressed.
 * A deflate entry ends where its deflate stream ends, so entries written with a data descriptor
 * (sizes unknown up front, as Go's archive/zip writes them) stream too. The entry's CRC-32 is
 * checked at the end, from the local header or, for a data descriptor, from the central directory
 * in the file's last bytes: a zip whose entry fails its CRC is damaged, whatever the inflater said.
 */
class ZipFirstEntry extends external_node_stream_.Transform {
    header = Buffer.alloc(0);
    inflate;
    storedLeft;
    finished = false;
    flags = 0;
    localCrc = 0;
    localSize = 0;
    crc = 0;
    size = 0;
    tail = Buffer.alloc(0);
    bytesIn = 0;
    /** The first entry's name, once the local header was read. */
    entryName;
    _transform(chunk, _enc, done) {
        this.keepTail(chunk);
        if (this.finished)
            return done();
        if (this.header) {
            this.header = Buffer.concat([this.header, chunk]);
            if (this.header.length < 30)
                return done();
            if (this.header.readUInt32LE(0) !== LOCAL_HEADER)
                return done(new Error('not a zip local file header'));
            const nameLength = this.header.readUInt16LE(26);
            const extraLength = this.header.readUInt16LE(28);
            const dataStart = 30 + nameLength + extraLength;
            if (this.header.length < dataStart)
                return done();
            const flags = this.header.readUInt16LE(6);
            const method = this.header.readUInt16LE(8);
            const compressedSize = this.header.readUInt32LE(18);
            this.flags = flags;
            this.localCrc = this.header.readUInt32LE(14);
            this.localSize = this.header.readUInt32LE(22);
            this.entryName = this.header.subarray(30, 30 + nameLength).toString('utf8');
            const rest = this.header.subarray(dataStart);
            this.header = undefined;
            if (flags & 0x1)
                return done(new Error(`zip entry ${this.entryName} is password-protected`));
            if (method === 8) {
                this.inflate = external_node_zlib_default().createInflateRaw();
                this.inflate.on('data', (data) => this.output(data));
                this.inflate.on('error', (error) => this.destroy(error));
                this.inflate.on('end', () => {
                    this.finished = true;
                });
            }
            else if (method === 0) {
                if (flags & 0x8 && compressedSize === 0) {
                    return done(new Error(`zip entry ${this.entryName} is stored with a data descriptor: its size is unknown`));
                }
                this.storedLeft = compressedSize;
            }
            else {
                return done(new Error(`zip entry ${this.entryName} uses compression method ${method}; only deflate and stored are supported`));
            }
            chunk = rest;
        }
        this.feed(chunk, done);
    }
    keepTail(chunk) {
        this.bytesIn += chunk.length;
        this.tail =
            chunk.length >= ZIP_TAIL_BYTES
                ? chunk.subarray(chunk.length - ZIP_TAIL_BYTES)
                : Buffer.concat([this.tail.subarray(Math.max(0, this.tail.length + chunk.length - ZIP_TAIL_BYTES)), chunk]);
    }
    output(data) {
        this.crc = external_node_zlib_default().crc32(data, this.crc);
        this.size += data.length;
        this.push(data);
    }
    feed(chunk, done) {
        if (chunk.length === 0)
            return done();
        if (this.storedLeft !== undefined) {
            const take = chunk.subarray(0, this.storedLeft);
            this.storedLeft -= take.length;
            if (this.storedLeft === 0)
                this.finished = true;
            if (take.length)
                this.output(take);
            return done();
        }
        const inflate = this.inflate;
        // Backpressure from the inflater: wait for it to take the chunk before asking for more.
        if (inflate.write(chunk))
            done();
        else
            inflate.once('drain', () => done());
    }
    _flush(done) {
        if (this.header)
            return done(new Error('zip archive ends inside its first local header'));
        if (this.storedLeft !== undefined) {
            return done(this.storedLeft > 0 ? new Error(`zip entry ${this.entryName} is truncated`) : this.crcError());
        }
        const inflate = this.inflate;
        if (this.finished)
            return done(this.crcError());
        inflate.once('end', () => done(this.crcError()));
        inflate.once('error', (error) => done(new Error(`zip entry ${this.entryName}: ${error.message}`)));
        inflate.end();
    }
    /** Undefined when the entry's CRC-32 and size match what the zip says; else what is wrong. */
    crcError() {
        const expected = this.flags & 0x8 ? this.centralRecord() : { crc: this.localCrc, size: this.localSize };
        if (expected instanceof Error)
            return expected;
        const hex = (n) => (n >>> 0).toString(16).padStart(8, '0');
        if (expected.crc >>> 0 !== this.crc >>> 0) {
            return new Error(`zip entry ${this.entryName} fails its CRC-32 check (the data gives ${hex(this.crc)}, the zip says ${hex(expected.crc)}): the file is damaged`);
        }
        if (expected.size !== ZIP32_UNKNOWN && expected.size !== this.size % 2 ** 32) {
            return new Error(`zip entry ${this.entryName} holds ${this.size} bytes, the zip says ${expected.size}: the file is damaged`);
        }
        return undefined;
    }
    /** The first entry's CRC and size from the central directory, found through the end record in the tail. */
    centralRecord() {
        const tail = this.tail;
        const truncated = new Error(`zip archive ends before its central directory: the file is truncated (the CRC-32 of ${this.entryName} cannot be checked)`);
        let end = -1;
        for (let i = tail.length - 22; i >= 0; i--) {
            if (tail.readUInt32LE(i) === END_OF_CENTRAL) {
                end = i;
                break;
            }
        }
        if (end < 0)
            return truncated;
        // Scan the central directory for the entry at offset 0; zip64 end records sit between, so walk
        // backwards from the end record to the first central header that starts a plausible chain.
        const tailStart = this.bytesIn - tail.length;
        const cdOffset = tail.readUInt32LE(end + 16);
        let at = cdOffset !== ZIP32_UNKNOWN ? cdOffset - tailStart : tail.indexOf(CENTRAL_SIGNATURE);
        if (at < 0 || at >= end)
            return truncated;
        while (at + 46 <= end && tail.readUInt32LE(at) === CENTRAL_HEADER) {
            const nameLength = tail.readUInt16LE(at + 28);
            const next = at + 46 + nameLength + tail.readUInt16LE(at + 30) + tail.readUInt16LE(at + 32);
            const localOffset = tail.readUInt32LE(at + 42);
            if (localOffset === 0 || tail.subarray(at + 46, at + 46 + nameLength).toString('utf8') === this.entryName) {
                return { crc: tail.readUInt32LE(at + 16), size: tail.readUInt32LE(at + 24) };
            }
            at = next;
        }
        return new Error(`zip archive's central directory does not list ${this.entryName}: the file is damaged`);
    }
}
const CENTRAL_SIGNATURE = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

// EXTERNAL MODULE: ./src/bytes/sinks.ts
var sinks = __webpack_require__(3047);
;// CONCATENATED MODULE: ./src/bytes/layers.ts










/** A layer that could not be peeled; `message` is one line a person can act on. */
class DecodeError extends Error {
    failure;
    constructor(failure) {
        super(describeFailure(failure));
        this.failure = failure;
        this.name = 'DecodeError';
    }
}
function isEncryption(layer) {
    return layer === 'gpg' || layer === 'openssl' || layer === 'age' || layer === 'databasus';
}
/** "decryption failed (gpg): …" / "gzip stream is damaged: …": the wording reports and tests rely on. */
function describeFailure(failure) {
    return failure.kind === 'decrypt'
        ? `decryption failed (${failure.layer}): ${failure.message}`
        : `${failure.layer} stream is damaged: ${failure.message}`;
}
const zstd = (external_node_zlib_default());
/**
 * Loads the decoders Node's zlib lacks for these layers (the ones the archive reader uses for data
 * blocks: fzstd, lz4-asm), once, before anything decides whether a layer can be peeled.
 */
async function codecsForLayers(layers) {
    const loaded = await Promise.all(layers.map((layer) => (0,archive_codecs/* codecsFor */.ti)(layer)));
    return Object.assign({}, ...loaded);
}
/**
 * Why a layer cannot be peeled with these decoders, or undefined when it can: the one place that
 * says so, and what it says a report shows as "not proven".
 */
function unsupportedLayer(layer, codecs = {}) {
    switch (layer) {
        case 'gzip':
        case 'zip':
        case 'gpg':
        case 'openssl':
        case 'age':
        case 'databasus':
            return undefined;
        case 'zstd':
            return (0,archive_codecs/* hasNativeZstd */.P6)() || codecs.zstd ? undefined : 'no zstd decoder could be loaded (fzstd)';
        case 'lz4':
            return codecs.lz4 ? undefined : 'no lz4 decoder could be loaded (lz4-asm)';
        default:
            return `${layer} decompression is not supported yet`;
    }
}
/** Every layer of a detected format, outermost first. */
function layersOf(format) {
    return format.layers ?? (format.compression !== 'none' ? [format.compression] : []);
}
const decoderFor = (layer, keys, codecs) => {
    const unsupported = unsupportedLayer(layer, codecs);
    if (unsupported)
        throw new DecodeError({ layer, kind: 'decompress', message: unsupported });
    switch (layer) {
        case 'gzip':
            return external_node_zlib_default().createGunzip();
        case 'zstd':
            return zstd.createZstdDecompress?.() ?? codecs.zstd();
        case 'lz4':
            return codecs.lz4();
        case 'zip':
            return new ZipFirstEntry();
        case 'openssl':
            return new OpensslDecrypt(requireKey(layer, keys.passphrase));
        case 'gpg':
            return webStage(openpgpDecrypt(requireKey(layer, keys.passphrase)));
        case 'age':
            return webStage(ageDecrypt(keys));
        default:
            // Databasus' own stream opens only inside Databasus (hasKeyFor never lets it get here).
            throw new DecodeError({ layer, kind: isEncryption(layer) ? 'decrypt' : 'decompress', message: 'no decoder' });
    }
};
function requireKey(layer, key) {
    if (!key)
        throw new DecodeError({ layer, kind: 'decrypt', message: `no key: set ${(0,bytes_keys/* keyInputFor */.Hs)(layer)}` });
    (0,secrets/* addSecret */.Ck)(key);
    return key;
}
/**
 * `source` through the decoders of `layers` (outermost first). A failing layer is remembered and
 * ends the decoded stream early instead of erroring it, so whatever reads it reports what it got
 * (a truncated archive) and the one result settles; `source` flows to its end either way, because
 * every raw byte must reach the hash.
 */
function decode(source, layers, { keys = {}, decoders = decoderFor, codecs = {}, } = {}) {
    let failure;
    let bytes = 0;
    const fail = (layer, error) => {
        failure ??= toFailure(layer, error);
    };
    let chain;
    let last;
    try {
        const stages = layers.map((layer) => decoders(layer, keys, codecs));
        stages.forEach((stage, i) => stage.on('error', (error) => fail(layers[i], error)));
        // pipeline tears every stage down when one fails; the last one's error ends `settled` below.
        if (stages.length > 1)
            (0,external_node_stream_.pipeline)(stages, () => undefined);
        chain = stages[0];
        last = stages[stages.length - 1];
    }
    catch (error) {
        // A layer that cannot even start: what it wraps is an empty stream.
        fail(layers[0], error);
    }
    (0,sinks/* tee */.nR)(source, chain ? [chain] : []);
    async function* settled(from) {
        if (!from)
            return;
        try {
            for await (const chunk of from) {
                bytes += chunk.length;
                yield chunk;
            }
        }
        catch (error) {
            fail(layers[layers.length - 1], error);
        }
    }
    return { stream: external_node_stream_.Readable.from(settled(last), { objectMode: false }), failure: () => failure, bytes: () => bytes };
}
function toFailure(layer, error) {
    if (error instanceof DecodeError)
        return error.failure;
    return {
        layer,
        kind: isEncryption(layer) ? 'decrypt' : 'decompress',
        message: cleanMessage(layer, (0,errors/* errorMessage */.g)(error)),
    };
}
function cleanMessage(layer, message) {
    if (message.startsWith(bytes_keys/* WRONG_PASSPHRASE */.vY))
        return message;
    if (layer === 'gpg') {
        if (/session key decryption failed|modification detected|decryption failed|password/i.test(message)) {
            return `wrong decryption-passphrase, or the file is damaged (${message.replace(/^Error decrypting message: /, '')})`;
        }
        return message.replace(/^Error decrypting message: /, '');
    }
    if (layer === 'age' && /no identity matched/i.test(message)) {
        return `wrong age-identity or decryption-passphrase (${message})`;
    }
    return message;
}
/**
 * The format of a peeled file (encrypted, or a layer the head could not see into) once its inside is
 * known: container from inside, layers from both.
 */
function combineFormats(outer, peeled, inner) {
    const prefix = peeled.map((l) => (isEncryption(l) ? `${l}-encrypted` : `${l}-compressed`)).join(' ');
    const encryption = outer.encryption ?? inner.encryption;
    return {
        container: inner.container,
        compression: outer.compression,
        ...(encryption ? { encryption } : {}),
        layers: [...peeled, ...layersOf(inner)],
        description: `${prefix} ${inner.description}`,
        ...(inner.entryName ? { entryName: inner.entryName } : {}),
        ...(inner.directory ? { directory: true } : {}),
    };
}


/***/ }),

/***/ 4417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ describeWatchdog),
/* harmony export */   QD: () => (/* binding */ pgRestoreResolver),
/* harmony export */   dr: () => (/* binding */ minimumMajorForArchive),
/* harmony export */   ks: () => (/* binding */ unsupportedArchiveVersion),
/* harmony export */   wm: () => (/* binding */ firstPgError),
/* harmony export */   zJ: () => (/* binding */ pgRestoreSink)
/* harmony export */ });
/* unused harmony export PG_RESTORE_WATCHDOG_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _postgres_binaries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);


const STDERR_TAIL = 8192;
/**
 * pg_restore can spin forever on some damaged archives (5 of 40 fuzzed ones); a healthy one never
 * leaves a pipe's worth of input unread, or takes this long to exit once its input has ended.
 */
const PG_RESTORE_WATCHDOG_MS = 60_000;
/** pg_restore reading the archive from stdin; `args` decide what it does (`--list`, `-f /dev/null`). */
function pgRestoreSink(name, tool, args, opts = {}) {
    const countEntries = args.includes('--list');
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(tool.path, args, { stdio: ['pipe', countEntries ? 'pipe' : 'ignore', 'pipe'] });
    const watchdog = startWatchdog(child, opts.watchdogMs ?? PG_RESTORE_WATCHDOG_MS);
    let stderr = '';
    let entries = 0;
    let carry = '';
    let spawnError;
    // stdin and stderr are pipes by construction; the union in `stdio` hides that from the types.
    const stdin = child.stdin;
    const childStderr = child.stderr;
    childStderr.setEncoding('utf8');
    childStderr.on('data', (d) => {
        stderr = (stderr + d).slice(-STDERR_TAIL);
    });
    if (countEntries && child.stdout) {
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => {
            const lines = (carry + d).split('\n');
            carry = lines.pop() ?? '';
            for (const line of lines)
                if (line.trim() && !line.startsWith(';'))
                    entries++;
        });
    }
    const outcome = new Promise((resolve) => {
        child.on('error', (error) => {
            spawnError = error.message;
        });
        child.on('close', (exitCode, signal) => {
            watchdog.stop();
            if (carry.trim() && !carry.startsWith(';'))
                entries++;
            resolve({ exitCode, signal, stderr, entries, spawnError, watchdog: watchdog.fired() });
        });
    });
    return { name, input: stdin, done: outcome, outcome };
}
/**
 * Kills the child (SIGKILL: a spinning pg_restore ignores nothing else reliably) when its stdin
 * holds unread bytes that do not move for `limitMs`, or when it is still running `limitMs` after
 * its input was fully handed over.
 */
function startWatchdog(child, limitMs) {
    const stdin = child.stdin;
    let fired;
    let pending = -1;
    let idleSince = Date.now();
    let exitTimer;
    const kill = (reason) => {
        if (fired || child.exitCode !== null || child.signalCode !== null)
            return;
        fired = { reason, afterMs: limitMs };
        child.kill('SIGKILL');
        // Without this a grandchild holding the pipes open (a wrapper script) would delay 'close' forever.
        stdin.destroy();
        child.stdout?.destroy();
        child.stderr?.destroy();
    };
    const progress = () => {
        idleSince = Date.now();
    };
    stdin.on('drain', progress);
    const poll = setInterval(() => {
        const now = stdin.writableLength;
        if (now === 0 || now !== pending) {
            pending = now;
            progress();
        }
        else if (Date.now() - idleSince >= limitMs) {
            kill('stalled');
        }
    }, Math.max(10, Math.min(1000, limitMs / 10)));
    poll.unref();
    stdin.once('finish', () => {
        exitTimer = setTimeout(() => kill('no-exit'), limitMs);
        exitTimer.unref();
    });
    return {
        fired: () => fired,
        stop() {
            clearInterval(poll);
            if (exitTimer)
                clearTimeout(exitTimer);
        },
    };
}
/** "pg_restore did not finish: the archive is damaged" with what the watchdog saw, for a summary. */
function describeWatchdog(watchdog) {
    const seconds = Math.round(watchdog.afterMs / 100) / 10;
    const what = watchdog.reason === 'stalled'
        ? `it stopped reading the archive for ${seconds} s`
        : `it had not exited ${seconds} s after the archive ended`;
    return `pg_restore did not finish: the archive is damaged (${what}; killed)`;
}
/** The first `pg_restore: error: …` line, without the program prefix, for a one-line summary. */
function firstPgError(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const error = lines.find((l) => /error:|fatal:/i.test(l)) ?? lines[0] ?? 'no error message';
    return error.replace(/^pg_restore:\s*(error:\s*)?/i, '');
}
/** `unsupported version (1.16) in file header` → "1.16": the archive came from a newer pg_dump. */
function unsupportedArchiveVersion(stderr) {
    return /unsupported version \((\d+\.\d+)\) in file header/.exec(stderr)?.[1];
}
/** The oldest PostgreSQL major whose pg_restore reads an archive version (pg_backup_archiver.h). */
function minimumMajorForArchive(version) {
    const known = { '1.14': 12, '1.15': 16, '1.16': 17 };
    return known[version];
}
/** The newest pg_restore reads the most archive versions; absence is reported, not thrown. */
function pgRestoreResolver(binDir) {
    let found;
    return () => {
        found ??= (0,_postgres_binaries_js__WEBPACK_IMPORTED_MODULE_1__/* .findClientTool */ .vc)('pg_restore', { binDir }).catch(() => undefined);
        return found;
    };
}


/***/ }),

/***/ 3047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ localCopySink),
/* harmony export */   nR: () => (/* binding */ tee),
/* harmony export */   vJ: () => (/* binding */ readerSink)
/* harmony export */ });
/* unused harmony export discard */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _archive_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9942);




/**
 * Writes `source` to every target at the pace of the slowest (Readable.pipe keeps that
 * backpressure for several targets). A target that fails or closes early (pg_restore --list once
 * it has the TOC, a decoder that found damage) reports through its own result while the others go
 * on, and the source always flows to its end: every raw byte must reach the hash.
 */
function tee(source, targets) {
    for (const target of targets)
        source.pipe(outliving(target));
    source.pipe(discard());
}
/**
 * `target` behind a buffer that discards what comes once the target has closed or failed:
 * Readable.pipe does not release a source that waits for a 'drain' from a target that then
 * closed, and the whole tee would stall on it.
 */
function outliving(target) {
    const buffer = new node_stream__WEBPACK_IMPORTED_MODULE_1__.PassThrough();
    buffer.pipe(target);
    const gone = () => {
        buffer.unpipe(target);
        buffer.resume();
    };
    // EPIPE from a child that exited is expected; whoever made the target reads its outcome.
    target.on('error', gone);
    target.once('close', gone);
    return buffer;
}
/** Takes every byte and keeps none. */
function discard() {
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Writable({ write: (_chunk, _enc, done) => done() });
}
/** Lets the reader take whole file-read chunks without a round trip per 16 KiB. */
const READER_BUFFER = 1024 * 1024;
/**
 * The reader takes the chunks as they came, one at a time: in byte mode each read() joined all that
 * was buffered into a new Buffer, which from S3 (64 KiB socket chunks) copied every byte once more and
 * left the joined buffers behind as garbage.
 */
const READER_CHUNKS = 1;
/** Lifeboat's archive reader on the decoded stream, told from its first bytes how hard to look. */
async function readerSink(head, archive, size) {
    const header = archive ? await (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_3__/* .peekHeader */ .Hc)(head) : undefined;
    const input = new node_stream__WEBPACK_IMPORTED_MODULE_1__.PassThrough({
        writableHighWaterMark: READER_BUFFER,
        readableObjectMode: true,
        readableHighWaterMark: READER_CHUNKS,
    });
    // zlib's checksum already proves gzip blocks byte-exact; counting every row's fields there cost
    // ~30% of the pass for nothing more. zstd and lz4 as pg_dump writes them carry no checksum (a
    // flipped byte can decode to other text), nor do uncompressed data and plain SQL: those are proven
    // by field counts and, in a UTF8 database, by the text being valid UTF-8.
    const checkFields = !header || header.compression !== 'gzip';
    const report = (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readArchive */ .bL)(input, { maxProblems: 20, checkFields, size }).catch((error) => {
        // readArchive reports damage rather than throwing; this is a bug, and it must not stall the pass.
        input.destroy();
        return internalError(error);
    });
    return { name: 'reader', input, done: report, report, header };
}
function internalError(error) {
    return {
        header: { format: 'custom', compression: 'none' },
        toc: [],
        tables: [],
        blobs: 0,
        problems: [{ kind: 'corrupt', message: `internal error in the archive reader: ${String(error)}` }],
        skipped: [],
        bytes: 0,
    };
}
/**
 * The file pg_restore/psql will read: the decoded bytes (every layer already peeled, as pg_restore
 * cannot read them and `--jobs` needs a seekable file), written once as they pass.
 */
function localCopySink(path, onError) {
    const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path);
    input.on('error', onError);
    return {
        name: 'local copy',
        input,
        done: (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.finished)(input).catch(() => undefined),
        bytes: () => input.bytesWritten,
    };
}


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S6: () => (/* binding */ findPostgresBinaries),
/* harmony export */   j8: () => (/* binding */ findBinariesOfMajor),
/* harmony export */   sf: () => (/* binding */ tryParsePgVersion),
/* harmony export */   vc: () => (/* binding */ findClientTool)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIB_ROOT, parsePgVersion */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);





const DEFAULT_LIB_ROOT = '/usr/lib/postgresql';
const DEFAULT_NEED = ['initdb', 'pg_ctl', 'postgres'];
const INSTALL_HINT = 'install them (e.g. `sudo apt-get install postgresql-16`) or set `postgres-bin-dir` to the directory holding initdb, pg_ctl and postgres';
/**
 * Reads the version out of `--version` output of any PostgreSQL tool, or `pg_config --version`:
 * "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", "PostgreSQL 9.6.24", "postgres (PostgreSQL) 17beta1".
 */
function parsePgVersion(text) {
    const parsed = tryParsePgVersion(text);
    if (!parsed)
        throw new Error(`Cannot read a PostgreSQL version from "${text.trim().slice(0, 200)}"`);
    return parsed;
}
function tryParsePgVersion(text) {
    // The version follows "PostgreSQL" (with or without the parentheses the tools print).
    const m = /PostgreSQL\)?\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:devel|alpha\d*|beta\d*|rc\d*))?/i.exec(text);
    if (!m)
        return undefined;
    const first = Number(m[1]);
    const second = m[2] === undefined ? undefined : Number(m[2]);
    const suffix = m[4] ?? '';
    if (first < 10) {
        // 9.6.24: the major is "9.6"; comparisons still work since 9.6 < 10.
        const minor = second ?? 0;
        const version = [m[1], m[2], m[3]].filter((p) => p !== undefined).join('.') + suffix;
        return { major: Number(`${first}.${minor}`), version };
    }
    const version = second === undefined ? `${first}${suffix}` : `${first}.${second}${suffix}`;
    return { major: first, version };
}
async function isExecutable(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function execText(file, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(file, args, { timeout: 15_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(`${file} ${args.join(' ')} failed: ${String(stderr || error.message).trim()}`));
            else
                resolve(String(stdout));
        });
    });
}
/** The first executable `name` on a PATH-style list, or undefined. */
async function which(name, searchPath) {
    for (const dir of searchPath.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter))) {
        if (!dir)
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
        if (await isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
/** `/usr/lib/postgresql/<N>/bin` directories, newest first (numeric, so 10 sorts above 9.6). */
async function versionedBinDirs(libRoot) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(libRoot);
    }
    catch {
        return [];
    }
    return entries
        .filter((e) => /^\d+(\.\d+)?$/.test(e))
        .sort((a, b) => Number(b) - Number(a))
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(libRoot, e, 'bin'));
}
async function missingTools(binDir, need) {
    const missing = [];
    for (const t of need)
        if (!(await isExecutable(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(binDir, t))))
            missing.push(t);
    return missing;
}
const binariesCache = new Map();
function describeBinDir(binDir) {
    let cached = binariesCache.get(binDir);
    if (!cached) {
        cached = (async () => {
            // Any tool will do for the version; prefer the server itself, which is what a cluster runs.
            const probes = ['postgres', 'initdb', 'pg_ctl', 'pg_config', 'pg_dump', 'pg_restore', 'psql'];
            let lastError;
            for (const probe of probes) {
                const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(binDir, probe);
                if (!(await isExecutable(file)))
                    continue;
                try {
                    const { major, version } = parsePgVersion(await execText(file, ['--version']));
                    return { binDir, major, version, tool: (name) => node_path__WEBPACK_IMPORTED_MODULE_3___default().join(binDir, name) };
                }
                catch (error) {
                    lastError = error;
                }
            }
            throw new Error(`Cannot tell which PostgreSQL version is in ${binDir}` +
                (lastError instanceof Error ? `: ${lastError.message}` : ': no PostgreSQL tool answers --version'));
        })();
        binariesCache.set(binDir, cached);
        // A failure should not stick: the user may install the binaries and retry in the same process.
        cached.catch(() => binariesCache.delete(binDir));
    }
    return cached;
}
/**
 * Finds the PostgreSQL server binaries: `binDir` (the input), the directory of `initdb` on PATH,
 * `pg_config --bindir`, then the newest `/usr/lib/postgresql/<N>/bin` that holds every `need`ed tool.
 */
async function findPostgresBinaries(opts = {}) {
    const need = opts.need ?? DEFAULT_NEED;
    if (opts.binDir) {
        const binDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.binDir);
        const missing = await missingTools(binDir, need);
        if (missing.length > 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`postgres-bin-dir ${binDir} lacks ${missing.join(', ')}: point it at the directory holding the PostgreSQL ${need.join(', ')} binaries (e.g. /usr/lib/postgresql/16/bin)`);
        }
        return describeBinDir(binDir);
    }
    const searchPath = opts.searchPath ?? process.env.PATH ?? '';
    const libRoot = opts.libRoot ?? DEFAULT_LIB_ROOT;
    const candidates = [];
    const initdb = await which('initdb', searchPath);
    // Symlinks such as /usr/local/bin/initdb point into the real bin dir, where the other tools live.
    if (initdb)
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(initdb).catch(() => initdb)));
    const pgConfig = await which('pg_config', searchPath);
    if (pgConfig) {
        const dir = await execText(pgConfig, ['--bindir']).then((s) => s.trim(), () => '');
        if (dir)
            candidates.push(dir);
    }
    candidates.push(...(await versionedBinDirs(libRoot)));
    for (const dir of candidates) {
        if ((await missingTools(dir, need)).length === 0)
            return describeBinDir(dir);
    }
    throw new Error(`PostgreSQL binaries (${need.join(', ')}) not found: searched PATH for initdb, \`pg_config --bindir\` and ${libRoot}/*/bin; ${INSTALL_HINT}.`);
}
/**
 * The server binaries of exactly one major (a version-matched drill): `binDir` when given, else the
 * same places as findPostgresBinaries, plus `<libRoot>/<major>/bin`. Undefined when none is
 * installed; `others` lists the versions that are, for the message that says so.
 */
async function findBinariesOfMajor(major, opts = {}) {
    const need = opts.need ?? DEFAULT_NEED;
    const candidates = [];
    if (opts.binDir)
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.binDir));
    else {
        const searchPath = opts.searchPath ?? process.env.PATH ?? '';
        const initdb = await which('initdb', searchPath);
        if (initdb)
            candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(initdb).catch(() => initdb)));
        candidates.push(...(await versionedBinDirs(opts.libRoot ?? DEFAULT_LIB_ROOT)));
    }
    const others = [];
    for (const dir of new Set(candidates)) {
        if ((await missingTools(dir, need)).length > 0)
            continue;
        const found = await describeBinDir(dir).catch(() => undefined);
        if (!found)
            continue;
        if (found.major === major)
            return { binaries: found, others };
        others.push(found.version);
    }
    return { others: [...new Set(others)] };
}
const toolVersionCache = new Map();
function toolVersion(file) {
    let cached = toolVersionCache.get(file);
    if (!cached) {
        cached = execText(file, ['--version']).then(tryParsePgVersion, () => undefined);
        toolVersionCache.set(file, cached);
    }
    return cached;
}
/**
 * Finds a client tool, newest first: `binDir`, the newest `/usr/lib/postgresql/<N>/bin`, then PATH.
 * `minMajor` is what the job needs (pg_dump at least the server's major, pg_restore at least the
 * dump's): the first candidate that is new enough wins.
 */
async function findClientTool(name, opts = {}) {
    if (opts.minMajor !== undefined && !Number.isFinite(opts.minMajor)) {
        throw new Error(`findClientTool(${name}): minMajor must be a number, got ${opts.minMajor}`);
    }
    const candidates = [];
    if (opts.binDir)
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(opts.binDir), name));
    for (const dir of await versionedBinDirs(opts.libRoot ?? DEFAULT_LIB_ROOT))
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name));
    const onPath = await which(name, opts.searchPath ?? process.env.PATH ?? '');
    if (onPath)
        candidates.push(onPath);
    const found = [];
    for (const file of candidates) {
        if (!(await isExecutable(file)))
            continue;
        const v = await toolVersion(file);
        if (!v)
            continue;
        const info = { path: file, major: v.major, version: v.version };
        if (opts.minMajor === undefined || v.major >= opts.minMajor)
            return info;
        found.push(info);
    }
    const pkg = name === 'pg_amcheck' ? 'postgresql-16' : 'postgresql-client-16';
    if (found.length === 0) {
        throw new Error(`${name} not found: searched ${opts.binDir ? `${opts.binDir}, ` : ''}${opts.libRoot ?? DEFAULT_LIB_ROOT}/*/bin and PATH; install it (e.g. \`sudo apt-get install ${pkg}\`) or set \`postgres-bin-dir\`.`);
    }
    const best = found.reduce((a, b) => (b.major > a.major ? b : a));
    const wanted = opts.minMajor ?? 0;
    throw new Error(`${name} ${best.version} (${best.path}) is too old: PostgreSQL ${wanted} or newer is needed; install it (e.g. \`sudo apt-get install postgresql-client-${Math.max(wanted, 16)}\`) or set \`postgres-bin-dir\`.`);
}


/***/ }),

/***/ 9467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ quoteIdentifier),
/* harmony export */   Ul: () => (/* binding */ quoteQualifiedName),
/* harmony export */   xt: () => (/* binding */ parseTableIdentifier)
/* harmony export */ });
/* unused harmony exports IdentifierError, parseQualifiedName */
/* harmony import */ var _archive_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6408);
// SQL names as PostgreSQL reads them: `public."Table With Spaces"`, `"tenant.acme".orders`, and
// unquoted names folded to lower case. Used wherever a person types a table name (--table, checks
// files) and wherever Lifeboat writes one into SQL.

/** A name that could not be read; the message names the text and what is accepted. */
class IdentifierError extends Error {
    constructor(message) {
        super(message);
        this.name = 'IdentifierError';
    }
}
/**
 * PostgreSQL's reserved keywords (and the type/function-name ones): a name spelled like one of
 * these must be quoted to be read as a name.
 */
const KEYWORDS = new Set(('all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate ' +
    'collation column concurrently constraint create cross current_catalog current_date current_role ' +
    'current_schema current_time current_timestamp current_user default deferrable desc distinct do else end ' +
    'except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into ' +
    'is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on ' +
    'only or order outer overlaps placing primary references returning right select session_user similar some ' +
    'symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when ' +
    'where window with').split(' '));
/**
 * The parts of a (possibly qualified) SQL name: quoted parts kept exactly (`""` is a quote), unquoted
 * ones folded to lower case. Throws IdentifierError on an empty part or an unclosed quote.
 */
function parseQualifiedName(text) {
    const tokens = (0,_archive_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .qw)(text);
    if (tokens.length === 0)
        throw new IdentifierError('empty name');
    const parts = [];
    for (let i = 0; i < tokens.length; i += 2) {
        const t = tokens[i];
        if (t.kind === 'quoted') {
            if (t.unclosed)
                throw new IdentifierError(`unclosed quote in ${text}`);
            if (!t.text)
                throw new IdentifierError(`empty quoted name in ${text}`);
            parts.push(t.text);
        }
        else if (t.kind === 'word') {
            parts.push(t.lower);
        }
        else {
            throw new IdentifierError(`unexpected ${JSON.stringify(t.text)} in ${text}: names are SQL identifiers, quote others`);
        }
        const dot = tokens[i + 1];
        if (!dot)
            return parts;
        if (dot.kind !== 'op' || dot.text !== '.' || i + 2 >= tokens.length) {
            throw new IdentifierError(`unexpected ${JSON.stringify(dot.text)} in ${text}: expected schema.name`);
        }
    }
    return parts;
}
/** A name as SQL: bare when PostgreSQL would read it back unchanged, else double-quoted. */
function quoteIdentifier(name) {
    if (/^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name))
        return name;
    return `"${name.replace(/"/g, '""')}"`;
}
function quoteQualifiedName(parts) {
    return parts.map(quoteIdentifier).join('.');
}
/** `schema.table` or a bare `table` (in `defaultSchema`); more than two parts is an error. */
function parseTableIdentifier(text, defaultSchema = 'public') {
    const parts = parseQualifiedName(text);
    if (parts.length === 1)
        return { schema: defaultSchema, table: parts[0] };
    if (parts.length === 2)
        return { schema: parts[0], table: parts[1] };
    throw new IdentifierError(`too many dots in ${text}: expected schema.table`);
}


/***/ }),

/***/ 3804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ withTreeTotals),
/* harmony export */   NC: () => (/* binding */ resolveTable),
/* harmony export */   rF: () => (/* binding */ countOwnRows),
/* harmony export */   wh: () => (/* binding */ totalRows),
/* harmony export */   yU: () => (/* binding */ inheritanceChildren),
/* harmony export */   zF: () => (/* binding */ countTables)
/* harmony export */ });
/* unused harmony export tableKey */
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9467);

/** The key used in manifests and reports: `schema.table`, unquoted. */
const tableKey = (t) => `${t.schema}.${t.table}`;
/**
 * The (schema, table) pair a name means, or undefined when there is no such table: the unquoted key
 * `schema.table` (or a bare name in public) looked up whole in the catalog, so a dot inside a schema
 * or table name is never a split; failing that, SQL syntax (`"tenant.acme".orders`) from a checks file.
 */
async function resolveTable(c, name) {
    const { rows } = await c.query(`SELECT n.nspname AS schema, c.relname AS table
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND (n.nspname || '.' || c.relname = $1 OR (n.nspname = 'public' AND c.relname = $1))
     ORDER BY n.nspname || '.' || c.relname = $1 DESC
     LIMIT 1`, [name]);
    if (rows[0] || !name.includes('"'))
        return rows[0];
    try {
        return (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTableIdentifier */ .xt)(name);
    }
    catch {
        return undefined;
    }
}
/** Own rows of one table, or undefined when no such table (ordinary or partitioned) exists. */
async function countOwnRows(c, t) {
    const { rows: found } = await c.query(`SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')`, [t.schema, t.table]);
    if (found.length === 0)
        return undefined;
    const { rows } = await c.query(`SELECT count(*) AS n FROM ONLY ${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.table)}`);
    return Number(rows[0].n);
}
/** Direct children of every parent table (partitions and inheritance children), by key. */
async function inheritanceChildren(c) {
    const { rows } = await c.query(`SELECT pn.nspname AS parent_schema, p.relname AS parent_table, cn.nspname AS child_schema, ch.relname AS child_table
     FROM pg_catalog.pg_inherits i
     JOIN pg_catalog.pg_class p ON p.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
     JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid JOIN pg_catalog.pg_namespace cn ON cn.oid = ch.relnamespace
     WHERE p.relkind IN ('r', 'p') AND ch.relkind IN ('r', 'p')`);
    const children = new Map();
    for (const r of rows) {
        const parent = tableKey({ schema: r.parent_schema, table: r.parent_table });
        const list = children.get(parent) ?? [];
        list.push(tableKey({ schema: r.child_schema, table: r.child_table }));
        children.set(parent, list);
    }
    return children;
}
/**
 * Own rows and, for parents, tree totals. `children` maps a parent's key to its direct children's;
 * a descendant missing from `own` adds nothing (it was not counted, e.g. an extension's table).
 */
function withTreeTotals(own, children) {
    const tree = (key, seen) => {
        if (seen.has(key))
            return 0;
        seen.add(key);
        return (own.get(key) ?? 0) + (children.get(key) ?? []).reduce((sum, k) => sum + tree(k, seen), 0);
    };
    const out = new Map();
    for (const [key, rows] of own) {
        out.set(key, children.get(key)?.length ? { rows, tree: tree(key, new Set()) } : { rows });
    }
    return out;
}
/** Own rows and tree totals of `tables`, in the client's snapshot. */
async function countTables(c, tables, onTable) {
    const own = new Map();
    for (const t of tables) {
        const key = tableKey(t);
        onTable?.(key);
        own.set(key, (await countOwnRows(c, t)) ?? 0);
    }
    return Object.fromEntries(withTreeTotals(own, await inheritanceChildren(c)));
}
/** The total of a set of counts: own rows only, so a partition's rows are never added twice. */
function totalRows(counts) {
    let sum = 0;
    for (const c of counts)
        sum += c.rows;
    return sum;
}


/***/ }),

/***/ 7156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ startReport),
/* harmony export */   lb: () => (/* binding */ notChecked),
/* harmony export */   z6: () => (/* binding */ check)
/* harmony export */ });
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4537);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);


/** Starts the report of a `kind` run over `source` (already redacted, as stores display it). */
function startReport(kind, source, clock, options = {}) {
    const startedAt = clock();
    const checks = [];
    let fields = {};
    const phases = {};
    return {
        startedAt,
        checks,
        phases,
        add: (...added) => void checks.push(...added),
        skip: (ids, why) => void checks.push(...ids.map((id) => check(id, 'skipped', why))),
        replace: (old, by) => void checks.splice(checks.indexOf(old), 1, by),
        blocker: () => checks.find((c) => c.status === 'critical'),
        set: (more) => void (fields = { ...fields, ...more }),
        phase: (name, seconds) => void (phases[name] = seconds),
        finish: (more = {}) => {
            const all = { ...fields, ...more };
            return {
                status: (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .worstStatus */ .A4)(checks.map((c) => c.status)),
                kind,
                source,
                ...(options.database ? { database: options.database } : {}),
                checks: checks.map(redactCheck),
                started_at: startedAt.toISOString(),
                finished_at: clock().toISOString(),
                ...all,
                ...(all.refused ? { refused: (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(all.refused) } : {}),
                ...(Object.keys(phases).length ? { phases: { ...phases } } : {}),
            };
        },
    };
}
function check(id, status, summary, extra = {}) {
    return { id, status, summary, ...extra };
}
/** The content check when the data blocks could not be read, and why. */
function notChecked(reason) {
    return check('content', 'skipped', `not checked: ${reason}`);
}
/** Summaries and displayed values can quote errors, URLs and commands: never a secret in a report. */
function redactCheck(c) {
    return {
        ...c,
        summary: (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(c.summary),
        ...(c.display?.value ? { display: { ...c.display, value: (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(c.display.value) } } : {}),
    };
}


/***/ })

};
