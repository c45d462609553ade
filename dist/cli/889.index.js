export const id = 889;
export const ids = [889];
export const modules = {

/***/ 9618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ ByteSource),
/* harmony export */   Oo: () => (/* binding */ once),
/* harmony export */   v5: () => (/* binding */ EndOfInput)
/* harmony export */ });
/** The input ended before a read could be satisfied. */
class EndOfInput extends Error {
    needed;
    constructor(needed) {
        super('unexpected end of input');
        this.needed = needed;
        this.name = 'EndOfInput';
    }
}
/**
 * Pull reader over an async stream of chunks. Reads that fit in what is already buffered are
 * synchronous (`has`/`…Sync`), because pg_dump's -Z0 data is one tiny chunk per row and an await
 * per row would dominate the run time.
 */
class ByteSource {
    onChunk;
    chunks = [];
    head = 0;
    avail = 0;
    ended = false;
    it;
    /** Absolute offset of the next unread byte. */
    position = 0;
    /** Bytes pulled from the input so far. */
    received = 0;
    constructor(input, onChunk) {
        this.onChunk = onChunk;
        this.it = input[Symbol.asyncIterator]();
    }
    get buffered() {
        return this.avail;
    }
    has(n) {
        return this.avail >= n;
    }
    /** Pull one more chunk; false at end of input. */
    async pull() {
        if (this.ended)
            return false;
        for (;;) {
            const r = await this.it.next();
            if (r.done) {
                this.ended = true;
                return false;
            }
            const b = Buffer.isBuffer(r.value)
                ? r.value
                : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
            if (b.length === 0)
                continue;
            this.onChunk?.(b);
            this.received += b.length;
            this.chunks.push(b);
            this.avail += b.length;
            return true;
        }
    }
    /** Ensure n bytes are buffered; false if the input ends first. */
    async fill(n) {
        while (this.avail < n) {
            if (!(await this.pull()))
                return false;
        }
        return true;
    }
    async atEnd() {
        return !(await this.fill(1));
    }
    /** Copy of the next n buffered bytes, without consuming them. */
    peekSync(n) {
        const out = Buffer.allocUnsafe(Math.min(n, this.avail));
        let copied = 0;
        let head = this.head;
        for (const c of this.chunks) {
            if (copied >= out.length)
                break;
            copied += c.copy(out, copied, head, Math.min(c.length, head + out.length - copied));
            head = 0;
        }
        return out;
    }
    byteSync() {
        const c = this.chunks[0];
        const v = c[this.head++];
        this.consumed(1, c);
        return v;
    }
    /** n bytes as one Buffer; a view into the input when it lies within one chunk. */
    takeSync(n) {
        const c = this.chunks[0];
        if (c.length - this.head >= n) {
            const out = c.subarray(this.head, this.head + n);
            this.head += n;
            this.consumed(n, c);
            return out;
        }
        const out = Buffer.allocUnsafe(n);
        let copied = 0;
        while (copied < n) {
            const cur = this.chunks[0];
            const take = Math.min(n - copied, cur.length - this.head);
            cur.copy(out, copied, this.head, this.head + take);
            this.head += take;
            copied += take;
            this.consumed(take, cur);
        }
        return out;
    }
    /** The chunk the next unread byte is in, and that byte's index in it; for parsers that walk it in place. */
    get headChunk() {
        return this.chunks[0];
    }
    get headOffset() {
        return this.head;
    }
    /** Consume n bytes that lie within headChunk. */
    skipSync(n) {
        if (n === 0)
            return;
        const c = this.chunks[0];
        this.head += n;
        this.consumed(n, c);
    }
    /** Up to n bytes of what is buffered, without copying; used to stream large payloads through. */
    takeSome(n) {
        const c = this.chunks[0];
        const take = Math.min(n, c.length - this.head);
        const out = c.subarray(this.head, this.head + take);
        this.head += take;
        this.consumed(take, c);
        return out;
    }
    consumed(n, c) {
        this.avail -= n;
        this.position += n;
        if (this.head >= c.length) {
            this.chunks.shift();
            this.head = 0;
        }
    }
    async byte() {
        if (!this.has(1) && !(await this.fill(1)))
            throw new EndOfInput(1);
        return this.byteSync();
    }
    async take(n) {
        if (!this.has(n) && !(await this.fill(n)))
            throw new EndOfInput(n);
        return this.takeSync(n);
    }
    /** Read everything left, calling back per chunk (so the input is still drained for hashing). */
    async drain(each) {
        let n = 0;
        for (;;) {
            while (this.avail > 0) {
                const b = this.takeSome(this.avail);
                n += b.length;
                each?.(b);
            }
            if (!(await this.pull()))
                return n;
        }
    }
}
/** An async iterable over one buffer, so in-memory members (tar toc.dat) reuse the streaming parsers. */
async function* once(buf) {
    yield buf;
}


/***/ }),

/***/ 2514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zM: () => (/* binding */ missingCodec),
  Hc: () => (/* binding */ peekHeader),
  bL: () => (/* binding */ readArchive)
});

// UNUSED EXPORTS: copyColumnCount, detectFormat

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/archive/byte-source.ts
var byte_source = __webpack_require__(9618);
;// CONCATENATED MODULE: ./src/archive/collect.ts
const fmt = (n) => n.toLocaleString('en-US');
/** Accumulates what the readers find; shared by the custom, tar and plain readers. */
class Collector {
    maxProblems;
    header;
    toc = [];
    problems = [];
    skipped = [];
    tables = new Map();
    blobs = 0;
    dropped = 0;
    pending = [];
    constructor(maxProblems = 100) {
        this.maxProblems = maxProblems;
    }
    problem(p) {
        if (this.problems.length < this.maxProblems)
            this.problems.push(p);
        else
            this.dropped++;
    }
    /** Register a table so it is reported (with 0 rows) even if its data never arrives. */
    table(key, name, order) {
        if (!this.tables.has(key))
            this.tables.set(key, { name, rows: 0, order });
    }
    addRows(key, rows) {
        const t = this.tables.get(key);
        if (t)
            t.rows += rows;
    }
    /** Results of blocks still being decoded (possibly in a worker); awaited by report(). */
    later(p) {
        this.pending.push(p.catch((e) => {
            this.problem({
                kind: 'corrupt',
                message: `internal error while checking data: ${e instanceof Error ? e.message : String(e)}`,
            });
        }));
    }
    /** Turn a finished block into counts and problems. `cut`: the archive ended inside this block. */
    block(entryName, tableKey, r, cut, what = 'data') {
        if (tableKey)
            this.addRows(tableKey, r.rows);
        const label = `${what} for ${entryName}`;
        if (r.skipped) {
            if (!this.skipped.includes(r.skipped))
                this.skipped.push(r.skipped);
            return;
        }
        if (r.error !== undefined) {
            this.problem({
                entry: entryName,
                kind: 'corrupt',
                message: `${label}: compressed block is corrupt (${/^(zstd|lz4): /.test(r.error) ? r.error : `zlib: ${r.error}`})`,
            });
            return;
        }
        if (cut) {
            const rows = tableKey ? `ends after ${fmt(r.rows)} rows` : `ends after ${fmt(r.bytesOut)} bytes`;
            this.problem({ entry: entryName, kind: 'truncated', message: `${label} ${rows}: archive truncated` });
            return;
        }
        if (!tableKey)
            return;
        if (r.incomplete) {
            this.problem({
                entry: entryName,
                kind: 'corrupt',
                message: `${label}: last row (after ${fmt(r.rows)} rows) has no line end`,
            });
        }
        if (r.badRows > 0) {
            const more = r.badRows > 1 ? ` (${fmt(r.badRows)} rows in all)` : '';
            this.problem({
                entry: entryName,
                kind: 'corrupt',
                message: `${label}: row ${fmt(r.firstBadRow)} has ${fmt(r.firstBadFields)} fields, the COPY statement names a different number${more}`,
            });
        }
        if (r.invalidUtf8AfterRow !== undefined) {
            this.problem({
                entry: entryName,
                kind: 'corrupt',
                message: `${label}: bytes after row ${fmt(r.invalidUtf8AfterRow)} are not valid UTF-8, the database's encoding`,
            });
        }
        if (r.trailing) {
            this.problem({ entry: entryName, kind: 'corrupt', message: `${label}: bytes after the end-of-data marker` });
        }
    }
    async report(bytes) {
        await Promise.all(this.pending);
        if (this.dropped > 0)
            this.problems.push({ kind: 'corrupt', message: `… and ${fmt(this.dropped)} more problems` });
        const tables = [...this.tables.values()]
            .sort((a, b) => a.order - b.order)
            .map(({ name, rows }) => ({ name, rows }));
        return {
            header: this.header ?? { format: 'custom', gzipped: false, compression: 'none' },
            toc: this.toc,
            tables,
            blobs: this.blobs,
            problems: this.problems,
            skipped: this.skipped,
            bytes,
        };
    }
}

;// CONCATENATED MODULE: ./src/archive/copy-counter.ts
// Counting rows of COPY text format. A raw newline always ends a row (COPY escapes newlines inside
// values as \n) and a raw tab always separates fields, so neither needs a real parser.
//
// This class is also shipped to worker threads as source text (see block-processor.ts): it must stay
// self-contained — no imports, no references to module-level bindings.
class CopyCounter {
    expectedFields;
    stopAtTerminator;
    rows = 0;
    badRows = 0;
    firstBadRow = 0;
    firstBadFields = 0;
    terminated = false;
    trailing = false;
    fields = 1;
    partialLen = 0;
    head0 = -1;
    head1 = -1;
    /** countLines carries a newline into the next word's first byte, which assumes little-endian lanes. */
    littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    /** -2: every row must have as many fields as the first (the column list is not known yet). */
    learnFields;
    /**
     * @param expectedFields fields per row, -1 to skip the check, or -2 to hold every row to the
     *   first row's count (the caller compares that with the column list once it knows it)
     * @param stopAtTerminator return right after the `\.` line (plain SQL, where SQL follows the data)
     */
    constructor(expectedFields, stopAtTerminator) {
        this.expectedFields = expectedFields;
        this.stopAtTerminator = stopAtTerminator;
        this.learnFields = expectedFields === -2;
    }
    /** Count b[start, end). Returns the index just past the `\.` line when stopAtTerminator and it was seen, else -1. */
    push(b, start, end) {
        let exp = this.expectedFields;
        if (exp === -1)
            return this.pushRows(b, start, end);
        let fields = this.fields;
        let lineStart = start;
        for (let i = start; i < end; i++) {
            const c = b[i];
            if (c === 9) {
                fields++;
            }
            else if (c === 10) {
                const line = this.endLine(b, lineStart, i);
                if (line === 1 /* a row */) {
                    if (exp === -2)
                        exp = this.expectedFields = fields;
                    if (fields !== exp) {
                        if (this.badRows === 0) {
                            this.firstBadRow = this.rows;
                            this.firstBadFields = fields;
                        }
                        this.badRows++;
                    }
                }
                else if (line === 2 /* the terminator */ && this.stopAtTerminator) {
                    this.fields = 1;
                    return i + 1;
                }
                fields = 1;
                lineStart = i + 1;
            }
        }
        this.keepPartial(b, lineStart, end);
        this.fields = fields;
        return -1;
    }
    /**
     * push() without the field check: only newlines matter. Whole lines go through countLines (four
     * bytes at a time); the line carried over from the previous buffer, the partial line at the end,
     * and any run of lines holding a `\\.` candidate take the careful path, scanRows.
     */
    pushRows(b, start, end) {
        if (this.terminated)
            return this.scanRows(b, start, end);
        let from = start;
        if (this.partialLen > 0) {
            const nl = b.indexOf(10, start);
            if (nl < 0 || nl >= end) {
                this.keepPartial(b, start, end);
                return -1;
            }
            const resumed = this.scanRows(b, start, nl + 1);
            if (resumed >= 0)
                return resumed;
            if (this.terminated)
                return this.scanRows(b, nl + 1, end);
            from = nl + 1;
        }
        const last = b.lastIndexOf(10, end - 1);
        if (last >= from) {
            const lines = this.countLines(b, from, last + 1);
            if (lines >= 0) {
                this.rows += lines;
                from = last + 1;
            }
        }
        return this.scanRows(b, from, end);
    }
    /** Rows one by one, with indexOf; the reference behaviour countLines must match. */
    scanRows(b, start, end) {
        let lineStart = start;
        for (;;) {
            const i = b.indexOf(10, lineStart);
            if (i < 0 || i >= end)
                break;
            if (this.endLine(b, lineStart, i) === 2 && this.stopAtTerminator)
                return i + 1;
            lineStart = i + 1;
        }
        this.keepPartial(b, lineStart, end);
        return -1;
    }
    /**
     * Newlines in b[s, e), where s starts a line and b[e - 1] ends one, or -1 when some line there
     * starts with a backslash (only such a line can be the \\. terminator, so scanRows must look).
     * Four bytes per step (SWAR: a byte equal to 10 becomes its lane's high bit): counting rows one
     * indexOf at a time cost as much as inflating the data.
     */
    countLines(b, s, e) {
        if (b[s] === 92)
            return -1;
        // Bytes up to the first 4-aligned offset one by one, whole words four at a time, then the rest.
        let mid = s + ((4 - ((b.byteOffset + s) & 3)) & 3);
        if (mid > e || !this.littleEndian)
            mid = e;
        const words = (e - mid) >>> 2;
        let n = this.countBytes(b, s, mid);
        if (n < 0)
            return -1;
        if (words > 0) {
            const u = new Uint32Array(b.buffer, b.byteOffset + mid, words);
            let carry = mid > s && b[mid - 1] === 10 ? 0x80 : 0;
            let k = 0;
            while (k < words) {
                // Lane sums stay below 256 for 255 words, then fold into n.
                const stop = Math.min(words, k + 255);
                let acc = 0;
                for (; k < stop; k++) {
                    const w = u[k];
                    const x = w ^ 0x0a0a0a0a;
                    const nl = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
                    const starts = (nl << 8) | carry;
                    if (starts !== 0) {
                        const y = w ^ 0x5c5c5c5c;
                        if ((starts & ~(((y & 0x7f7f7f7f) + 0x7f7f7f7f) | y | 0x7f7f7f7f)) !== 0)
                            return -1;
                    }
                    acc = (acc + (nl >>> 7)) | 0;
                    carry = nl >>> 24;
                }
                n += (acc & 0xff) + ((acc >>> 8) & 0xff) + ((acc >>> 16) & 0xff) + (acc >>> 24);
            }
        }
        const tail = this.countBytes(b, mid + words * 4, e);
        return tail < 0 ? -1 : n + tail;
    }
    /** countLines for a few bytes; the byte before `from` may be looked at (a false alarm only costs speed). */
    countBytes(b, from, to) {
        let n = 0;
        for (let p = from; p < to; p++) {
            const c = b[p];
            if (c === 10)
                n++;
            else if (c === 92 && p > 0 && b[p - 1] === 10)
                return -1;
        }
        return n;
    }
    /**
     * The line b[lineStart, i), after what was carried over from earlier buffers, ended at the newline
     * b[i]: count it as a row, the `\.` terminator, or what follows the terminator (blank, or trailing).
     */
    endLine(b, lineStart, i) {
        const len = this.partialLen + (i - lineStart);
        let kind = 0;
        if (this.terminated) {
            if (len !== 0)
                this.trailing = true;
        }
        else if (len === 2 && this.isTerminator(b, lineStart)) {
            this.terminated = true;
            kind = 2;
        }
        else {
            this.rows++;
            kind = 1;
        }
        this.partialLen = 0;
        this.head0 = this.head1 = -1;
        return kind;
    }
    /** Keep the first two bytes of a row split across buffers, for the `\.` test. */
    keepPartial(b, lineStart, end) {
        if (lineStart >= end)
            return;
        const n = end - lineStart;
        for (let k = 0; k < n && this.partialLen + k < 2; k++) {
            if (this.partialLen + k === 0)
                this.head0 = b[lineStart + k];
            else
                this.head1 = b[lineStart + k];
        }
        this.partialLen += n;
    }
    isTerminator(b, lineStart) {
        let c0;
        let c1;
        if (this.partialLen === 0) {
            c0 = b[lineStart];
            c1 = b[lineStart + 1];
        }
        else if (this.partialLen === 1) {
            c0 = this.head0;
            c1 = b[lineStart];
        }
        else {
            c0 = this.head0;
            c1 = this.head1;
        }
        return c0 === 92 && c1 === 46;
    }
    result() {
        return {
            rows: this.rows,
            badRows: this.badRows,
            firstBadRow: this.firstBadRow,
            firstBadFields: this.firstBadFields,
            terminated: this.terminated,
            trailing: this.trailing,
            incomplete: this.partialLen > 0 && !this.terminated,
            ...(this.learnFields ? { rowFields: this.expectedFields } : {}),
        };
    }
}
/**
 * Columns named by a COPY statement (`COPY public."a(b" (x, "y,z") FROM stdin;`), or -1 when it has
 * no column list or cannot be parsed (then rows are not checked).
 */
function copyColumnCount(copyStmt) {
    if (!copyStmt)
        return -1;
    const s = copyStmt;
    let i = 0;
    const skipWs = () => {
        while (i < s.length && /\s/.test(s[i]))
            i++;
    };
    skipWs();
    if (!/^COPY\b/i.test(s.slice(i)))
        return -1;
    i += 4;
    skipWs();
    // Qualified, possibly quoted, table name.
    for (;;) {
        if (s[i] === '"') {
            i++;
            for (;;) {
                if (i >= s.length)
                    return -1;
                if (s[i] === '"') {
                    if (s[i + 1] === '"')
                        i += 2;
                    else {
                        i++;
                        break;
                    }
                }
                else
                    i++;
            }
        }
        else {
            while (i < s.length && !/[\s.(]/.test(s[i]))
                i++;
        }
        if (s[i] === '.') {
            i++;
            continue;
        }
        break;
    }
    skipWs();
    if (s[i] !== '(')
        return -1;
    i++;
    let count = 0;
    let inIdent = false;
    for (; i < s.length; i++) {
        const c = s[i];
        if (c === '"') {
            inIdent = true;
            i++;
            while (i < s.length && !(s[i] === '"' && s[i + 1] !== '"'))
                i += s[i] === '"' ? 2 : 1;
        }
        else if (c === ',') {
            count++;
            inIdent = false;
        }
        else if (c === ')') {
            return inIdent || count > 0 ? count + 1 : 0;
        }
        else if (!/\s/.test(c)) {
            inIdent = true;
        }
    }
    return -1;
}
/**
 * Rows of a table's data written as INSERT statements (pg_dump --inserts, --column-inserts,
 * --rows-per-insert): one row per parenthesised group after VALUES, outside string literals and
 * quoted identifiers, where a value may hold newlines, quotes and parentheses of its own.
 * Self-contained like CopyCounter (shipped to workers as source text); same push/result shape.
 */
class InsertCounter {
    expectedFields;
    stopAtTerminator;
    rows = 0;
    /** 0 code, 1 '…' literal, 2 E'…' literal, 3 "…" identifier, 4 -- comment. */
    state = 0;
    /** Just saw a quote that may close a literal or identifier, or be the first of a doubled one. */
    pendingQuote = false;
    escaped = false;
    depth = 0;
    afterValues = false;
    /** The word VALUES may just have ended: it did if the next character cannot go on with it. */
    valuesEnds = false;
    /** Statement text seen since the last `;` (non-blank), so a cut statement is noticed. */
    open = false;
    /** The last seven code characters, upper-cased, to find the word VALUES. */
    tail = '';
    prev = 32;
    constructor(expectedFields, stopAtTerminator) {
        this.expectedFields = expectedFields;
        this.stopAtTerminator = stopAtTerminator;
    }
    push(b, start, end) {
        for (let i = start; i < end; i++) {
            const c = b[i];
            if (this.pendingQuote) {
                this.pendingQuote = false;
                const quote = this.state === 3 ? 34 : 39;
                if (c === quote) {
                    this.prev = c;
                    continue; // a doubled quote: still inside
                }
                this.state = 0;
            }
            if (this.state === 1 || this.state === 2) {
                if (this.escaped)
                    this.escaped = false;
                else if (this.state === 2 && c === 92)
                    this.escaped = true;
                else if (c === 39)
                    this.pendingQuote = true;
                this.prev = c;
                continue;
            }
            if (this.state === 3) {
                if (c === 34)
                    this.pendingQuote = true;
                this.prev = c;
                continue;
            }
            if (this.state === 4) {
                if (c === 10)
                    this.state = 0;
                this.prev = c;
                continue;
            }
            if (this.valuesEnds) {
                this.valuesEnds = false;
                if (!this.isIdent(c))
                    this.afterValues = true;
            }
            if (c === 39) {
                const eString = (this.prev === 69 || this.prev === 101) && !this.isIdent(this.tail.charCodeAt(this.tail.length - 2));
                this.state = eString ? 2 : 1;
                this.open = true;
            }
            else if (c === 34) {
                this.state = 3;
                this.open = true;
            }
            else if (c === 45 && this.prev === 45) {
                this.state = 4;
            }
            else if (c === 40) {
                if (this.depth === 0 && this.afterValues)
                    this.rows++;
                this.depth++;
            }
            else if (c === 41) {
                if (this.depth > 0)
                    this.depth--;
            }
            else if (c === 59 && this.depth === 0) {
                this.afterValues = false;
                this.open = false;
            }
            else if (c > 32) {
                this.open = true;
            }
            if (this.state === 0) {
                this.tail = (this.tail + String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c)).slice(-7);
                if (this.depth === 0 && /^[^A-Z0-9_$]?VALUES$/.test(this.tail.length === 7 ? this.tail : ` ${this.tail}`)) {
                    this.valuesEnds = true;
                }
            }
            this.prev = c;
        }
        return -1;
    }
    isIdent(x) {
        return (x >= 48 && x <= 57) || ((x | 32) >= 97 && (x | 32) <= 122) || x === 95 || x === 36 || x >= 128;
    }
    result() {
        return {
            rows: this.rows,
            badRows: 0,
            firstBadRow: 0,
            firstBadFields: 0,
            terminated: !this.open,
            trailing: false,
            incomplete: this.open || this.state !== 0 || this.depth !== 0,
        };
    }
}

// EXTERNAL MODULE: ./src/archive/toc.ts
var archive_toc = __webpack_require__(3052);
;// CONCATENATED MODULE: ./src/archive/custom.ts
// Data blocks of the custom format (pg_backup_custom.c): after the TOC, a sequence of
//   block type byte (BLK_DATA = 1, BLK_BLOBS = 3), dump id (int),
//   BLK_DATA:  chunks of (length int, bytes) ending with a 0 length — one compressed stream;
//   BLK_BLOBS: (oid int, chunks…, 0) per large object, ending with oid 0.
// Read in file order, without seeking, so a pipe or an S3 body works as well as a file.




const BLK_DATA = 1;
const BLK_BLOBS = 3;
/** Reads a custom-format archive whose 5-byte magic has already been consumed. */
async function readCustom(src, gzipped, ctx) {
    const { collector } = ctx;
    const io = new archive_toc/* ArchiveIO */.di(src);
    const head = await (0,archive_toc/* readHead */.zy)(io, 'custom', gzipped);
    collector.header = head.header;
    const toc = await (0,archive_toc/* readToc */.PP)(io, head.vmin, 'custom');
    collector.toc = toc;
    (0,archive_toc/* checkSpecialEntries */.C5)(toc);
    const compression = head.header.compression;
    await ctx.sinks.prepare(compression);
    const utf8 = ctx.checkFields && (0,archive_toc/* databaseEncoding */.jb)(toc) === 'UTF8';
    const byId = new Map();
    const expected = new Set();
    toc.forEach((e, i) => {
        byId.set(e.dumpId, e);
        if (e.desc === 'TABLE DATA')
            collector.table(String(e.dumpId), (0,archive_toc/* entryName */.MB)(e), i);
        if (e.dataState !== 'none')
            expected.add(e.dumpId);
    });
    const seen = new Set();
    const missing = () => {
        const left = toc.filter((e) => expected.has(e.dumpId) && !seen.has(e.dumpId));
        for (const e of left.slice(0, 10)) {
            collector.problem({
                entry: (0,archive_toc/* entryName */.MB)(e),
                kind: 'truncated',
                message: `data for ${(0,archive_toc/* entryName */.MB)(e)} is missing: archive truncated`,
            });
        }
        if (left.length > 10) {
            collector.problem({
                kind: 'truncated',
                message: `data for ${fmt(left.length - 10)} more entries is missing: archive truncated`,
            });
        }
    };
    for (;;) {
        if (await src.atEnd())
            break;
        const blockPos = src.position;
        let blkType;
        let id;
        try {
            blkType = await src.byte();
            id = await io.int();
        }
        catch (e) {
            if (e instanceof byte_source/* EndOfInput */.v5) {
                collector.problem({
                    kind: 'truncated',
                    message: `archive ends inside a data block header at offset ${fmt(blockPos)}: archive truncated`,
                });
                missing();
                return;
            }
            throw e;
        }
        const entry = byId.get(id);
        if ((blkType !== BLK_DATA && blkType !== BLK_BLOBS) || !entry || !expected.has(id)) {
            const what = blkType !== BLK_DATA && blkType !== BLK_BLOBS
                ? `unrecognized data block type ${blkType}`
                : `data block for unknown dump ID ${id}`;
            collector.problem({ kind: 'corrupt', message: `${what} at offset ${fmt(blockPos)}: archive corrupt` });
            missing();
            return;
        }
        const name = (0,archive_toc/* entryName */.MB)(entry);
        if (seen.has(id)) {
            collector.problem({
                entry: name,
                kind: 'corrupt',
                message: `second data block for ${name} at offset ${fmt(blockPos)}: archive corrupt`,
            });
            return;
        }
        seen.add(id);
        if (entry.dataState === 'set' && entry.dataOffset !== blockPos) {
            // pg_restore seeks to the recorded offset, so a shifted block is unreadable for it.
            collector.problem({
                entry: name,
                kind: 'corrupt',
                message: `data for ${name} starts at offset ${fmt(blockPos)} but the TOC records ${fmt(entry.dataOffset ?? 0)}: archive corrupt`,
            });
        }
        if ((blkType === BLK_BLOBS) !== (entry.desc === 'BLOBS')) {
            collector.problem({
                entry: name,
                kind: 'corrupt',
                message: `data block type ${blkType} does not match TOC entry ${entry.desc} ${name}`,
            });
            missing();
            return;
        }
        const ok = blkType === BLK_DATA
            ? await readTableData(src, io, entry, compression, ctx, utf8)
            : await readBlobs(src, io, entry, compression, ctx);
        if (!ok) {
            missing();
            return;
        }
    }
    missing();
}
/** Streams one chunked stream into a sink; false if the input ended first. */
async function pumpChunks(src, io, sink) {
    const hdr = 1 + io.intSize;
    const inPlace = sink.writeRange;
    for (;;) {
        // At -Z 0 every row is its own chunk: walk whole chunks inside the current input buffer
        // without a Buffer or an await per row, and leave the rest (and the end marker) to the loop below.
        const buf = inPlace ? src.headChunk : undefined;
        if (inPlace && buf) {
            const from = src.headOffset;
            let at = from;
            while (buf.length - at > hdr) {
                const len = io.intAt(buf, at);
                if (len <= 0 || buf.length - at - hdr < len)
                    break;
                inPlace(buf, at + hdr, at + hdr + len);
                at += hdr + len;
            }
            src.skipSync(at - from);
        }
        let len;
        if (src.has(hdr))
            len = io.intSync();
        else {
            try {
                len = await io.int();
            }
            catch (e) {
                if (e instanceof byte_source/* EndOfInput */.v5)
                    return false;
                throw e;
            }
        }
        if (len === 0)
            return true;
        if (len < 0)
            throw new archive_toc/* CorruptArchive */.cP(`negative chunk length ${len} at offset ${fmt(src.position)}`);
        if (src.has(len)) {
            const w = sink.write(src.takeSync(len));
            if (w)
                await w;
            continue;
        }
        let left = len;
        while (left > 0) {
            if (src.buffered === 0 && !(await src.pull()))
                return false;
            const part = src.takeSome(left);
            left -= part.length;
            const w = sink.write(part);
            if (w)
                await w;
        }
    }
}
async function readTableData(src, io, entry, compression, ctx, utf8) {
    const name = (0,archive_toc/* entryName */.MB)(entry);
    const isTable = entry.desc === 'TABLE DATA';
    const job = {
        kind: isTable ? (entry.copyStmt?.trim() ? 'copy' : 'inserts') : 'blob',
        compression,
        expectedFields: isTable && ctx.checkFields ? copyColumnCount(entry.copyStmt) : -1,
        utf8: isTable && utf8,
    };
    const sink = ctx.sinks.open(job);
    let complete;
    try {
        complete = await pumpChunks(src, io, sink);
    }
    catch (e) {
        await sink.finish(true).catch(() => undefined);
        throw e;
    }
    const key = isTable ? String(entry.dumpId) : null;
    ctx.collector.later(sink.finish(!complete).then((r) => ctx.collector.block(name, key, r, !complete)));
    return complete;
}
async function readBlobs(src, io, entry, compression, ctx) {
    for (;;) {
        let oid;
        try {
            oid = await io.int();
        }
        catch (e) {
            if (e instanceof byte_source/* EndOfInput */.v5) {
                ctx.collector.problem({
                    entry: 'large objects',
                    kind: 'truncated',
                    message: 'large object data ends early: archive truncated',
                });
                return false;
            }
            throw e;
        }
        if (oid === 0)
            return true;
        if (oid < 0)
            throw new archive_toc/* CorruptArchive */.cP(`invalid large object OID ${oid} at offset ${fmt(src.position)}`);
        const sink = ctx.sinks.open({ kind: 'blob', compression, expectedFields: -1 });
        const complete = await pumpChunks(src, io, sink);
        const label = `large object ${oid}`;
        ctx.collector.later(sink.finish(!complete).then((r) => {
            if (complete && !r.error)
                ctx.collector.blobs++;
            ctx.collector.block(label, null, r, !complete, 'data');
        }));
        if (!complete)
            return false;
    }
}

// EXTERNAL MODULE: ./src/restore/plain-script.ts
var plain_script = __webpack_require__(9492);
// EXTERNAL MODULE: ./src/restore/plain-sql-lexer.ts
var plain_sql_lexer = __webpack_require__(3304);
;// CONCATENATED MODULE: ./src/archive/plain.ts




/** Only a line's head is kept: the header and trailer patterns need no more. */
const MAX_LINE = 1024 * 1024;
/** pg_dump's and pg_dumpall's opening comment: without it nothing says what a whole script looks like. */
const SCRIPT_HEADER = /^--\s*PostgreSQL database (?:cluster )?dump\s*$/;
/**
 * What may follow the closing comment: blank lines, comments, and psql's `\unrestrict` (pg_dump
 * 17.6+). Anything else means the "complete" line closed an earlier script, not this file.
 */
const TRAILER = /^(?:\s*|--.*|\\unrestrict\s.*)$/;
const QUALIFIED_NAME = String.raw `((?:"(?:[^"]|"")*"|[^\s."(]+)(?:\.(?:"(?:[^"]|"")*"|[^\s."(]+))*)`;
const COPY_TARGET = new RegExp(String.raw `^COPY\s+` + QUALIFIED_NAME);
const INSERT_TARGET = new RegExp(String.raw `^INSERT\s+INTO\s+` + QUALIFIED_NAME, 'i');
/** pg_dump's comment before each table's data: the only trace of a table whose INSERT data is empty. */
const TABLE_DATA_COMMENT = /^-- Data for Name: (.*); Type: TABLE DATA; Schema: (.*); Owner: .*$/;
/** `COPY public."Weird name" …` → `public.Weird name`. */
function parseCopyTarget(line) {
    return parseTarget(COPY_TARGET, line);
}
function parseTarget(re, sql) {
    const m = re.exec(sql);
    if (!m)
        return null;
    const parts = m[1].match(/"(?:[^"]|"")*"|[^."]+/g) ?? [];
    return parts.map((p) => (p.startsWith('"') ? p.slice(1, -1).replace(/""/g, '"') : p)).join('.');
}
async function readPlain(src, gzipped, ctx) {
    const { collector } = ctx;
    const header = { format: 'plain', gzipped, compression: 'none' };
    collector.header = header;
    let copy = null;
    let complete = false;
    let cluster = false;
    let db = null;
    let order = 0;
    let carry = '';
    const names = new Map();
    // INSERT data (--inserts, --column-inserts, --rows-per-insert): the run of INSERTs into one table.
    let inserts = null;
    // A "Data for Name" comment not yet followed by its data: with INSERT data an empty table has nothing else.
    let announced = null;
    // Comment lines outside COPY data: the header, the versions and the closing "dump complete".
    const onLine = (text) => {
        if (complete && !TRAILER.test(text))
            complete = false;
        if (SCRIPT_HEADER.test(text)) {
            header.scriptHeader = true;
            if (text.includes('cluster'))
                cluster = true;
        }
        else if (/^-- Dumped from database version /.test(text)) {
            header.serverVersion ??= text.replace(/^-- Dumped from database version /, '').trim();
        }
        else if (/^-- Dumped by pg_dump(?:all)? version /.test(text)) {
            header.dumpVersion ??= text.replace(/^-- Dumped by pg_dump(?:all)? version /, '').trim();
        }
        else if (/^-- PostgreSQL database (cluster )?dump complete\s*$/.test(text)) {
            // pg_dumpall closes every database with "dump complete"; only the cluster line ends the file.
            if (!cluster || text.includes('cluster'))
                complete = true;
        }
    };
    const onText = (raw) => {
        const lines = (carry + raw).split('\n');
        carry = lines.pop();
        // Only a line's head is kept: the patterns above only look at the start.
        if (carry.length > MAX_LINE)
            carry = carry.slice(0, MAX_LINE);
        for (const line of lines)
            onLine((0,plain_sql_lexer/* decodeRaw */.Dq)(line.slice(0, MAX_LINE)).replace(/\r$/, ''));
    };
    const register = (target) => {
        let name = db ? `${db}/${target}` : target;
        const n = (names.get(name) ?? 0) + 1;
        names.set(name, n);
        if (n > 1)
            name = `${name} (#${n})`;
        const key = `plain:${order}`;
        collector.table(key, name, order++);
        return { name, key };
    };
    // An announced table whose data turned out to be no statement at all: 0 rows.
    function flushAnnounced() {
        if (announced !== null)
            register(announced);
        announced = null;
    }
    const closeInserts = () => {
        if (!inserts)
            return;
        collector.block(inserts.name, inserts.key, { ...inserts.counter.result(), bytesIn: 0, bytesOut: 0 }, false);
        inserts = null;
    };
    // Only comments before a statement's first token: a string value may hold a line that looks the same.
    const announce = (raw) => {
        for (const line of raw.split('\n')) {
            if (!/^\s*(?:--.*)?$/.test(line))
                break;
            const m = TABLE_DATA_COMMENT.exec((0,plain_sql_lexer/* decodeRaw */.Dq)(line).replace(/\r$/, ''));
            if (m) {
                flushAnnounced();
                announced = `${m[2]}.${m[1]}`;
            }
        }
    };
    const onStatement = (statement) => {
        announce(statement.raw);
        const target = parseTarget(INSERT_TARGET, statement.sql);
        if (target === null) {
            closeInserts();
            if (statement.copyFromStdin)
                announced = null;
            else
                flushAnnounced();
            return;
        }
        if (inserts?.target !== target || announced !== null) {
            closeInserts();
            announced = null;
            inserts = { target, ...register(target), counter: new InsertCounter(-1, false) };
        }
        const bytes = Buffer.from(statement.raw, 'latin1');
        inserts.counter.push(bytes, 0, bytes.length);
        complete = false;
    };
    const startCopy = (statement) => {
        const target = parseCopyTarget(statement.sql) ?? `unknown table ${order + 1}`;
        const { name, key } = register(target);
        copy = { name, key, counter: new CopyCounter(ctx.checkFields ? copyColumnCount(statement.sql) : -1, true) };
        complete = false;
    };
    const onItem = (item) => {
        if (item.kind === 'copy-data' || item.kind === 'copy-end') {
            if (!copy)
                return;
            const c = copy;
            const bytes = item.kind === 'copy-data' ? item.bytes : Buffer.from(item.raw, 'latin1');
            c.counter.push(bytes, 0, bytes.length);
            if (item.kind === 'copy-end' && item.terminated) {
                collector.block(c.name, c.key, { ...c.counter.result(), bytesIn: 0, bytesOut: 0 }, false);
                copy = null;
            }
            return;
        }
        onText(item.raw);
        if (item.kind === 'statement')
            onStatement(item);
        else if (item.kind === 'gap')
            announce(item.raw);
        if (item.kind === 'statement' && item.copyFromStdin)
            startCopy(item);
        else if (item.kind === 'meta' && (item.command === 'connect' || item.command === 'c')) {
            closeInserts();
            flushAnnounced();
            db = (0,plain_script/* connectTarget */.u)(item.args).database ?? db;
        }
    };
    // What psql executes, not what lines look like: a COPY line inside a string is not a COPY.
    const lexer = new plain_sql_lexer/* PlainSqlLexer */.$Z({ lineNumbers: false });
    for (;;) {
        if (src.buffered === 0 && !(await src.pull()))
            break;
        for (const item of lexer.push(src.takeSome(src.buffered)))
            onItem(item);
    }
    for (const item of lexer.end())
        onItem(item);
    if (carry)
        onLine((0,plain_sql_lexer/* decodeRaw */.Dq)(carry));
    closeInserts();
    flushAnnounced();
    if (copy) {
        const c = copy;
        const r = c.counter.result();
        collector.addRows(c.key, r.rows);
        collector.problem({
            entry: c.name,
            kind: 'truncated',
            message: `data for ${c.name} ends after ${fmt(r.rows)} rows: archive truncated`,
        });
        return;
    }
    if (!complete) {
        collector.problem({
            kind: 'truncated',
            message: `plain SQL dump does not end with "-- PostgreSQL database ${cluster ? 'cluster ' : ''}dump complete": archive truncated`,
        });
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/archive/block-processor.ts
class BlockProcessor {
    deps;
    job;
    counter;
    z = null;
    /** UTF-8 check: the incomplete character at the end of the last piece, and where it first failed. */
    utf8Tail = null;
    invalidUtf8AfterRow;
    error;
    skipped;
    pending = [];
    pendingBytes = 0;
    bytesIn = 0;
    bytesOut = 0;
    ended = null;
    unsettled = new Set();
    /** Compressed input goes to zlib in batches this big: one libuv job per 4 KiB chunk costs more than the inflate. */
    batch = 256 * 1024;
    /** Each output buffer is one round trip to the thread pool; zlib's 16 KiB default makes that the bottleneck. */
    outChunk = 256 * 1024;
    constructor(deps, job) {
        this.deps = deps;
        this.job = job;
        this.counter =
            job.kind === 'copy'
                ? new deps.CopyCounter(job.expectedFields, false)
                : job.kind === 'inserts'
                    ? new deps.InsertCounter(-1, false)
                    : null;
        const zl = deps.zlib;
        if (job.compression === 'gzip') {
            const o = { chunkSize: this.outChunk };
            this.z = job.gzipHeader ? deps.zlib.createGunzip(o) : deps.zlib.createInflate(o);
        }
        else if (job.compression === 'zstd') {
            // Node ≥ 22.15 / 23.8 ships zstd in zlib; older runtimes use the JS decoder.
            if (typeof zl.createZstdDecompress === 'function') {
                this.z = zl.createZstdDecompress({ chunkSize: this.outChunk });
            }
            else if (deps.codecs?.zstd)
                this.z = deps.codecs.zstd();
            else
                this.skipped = 'zstd data, no decoder';
        }
        else if (job.compression === 'lz4') {
            if (deps.codecs?.lz4)
                this.z = deps.codecs.lz4();
            else
                this.skipped = 'lz4 data, no decoder';
        }
        if (this.z) {
            // Count after zlib's callback returns: by then it has queued the next inflate step on the
            // thread pool, so inflating and counting overlap instead of taking turns.
            this.z.on('data', (out) => queueMicrotask(() => this.consume(out)));
            this.z.on('error', (e) => {
                if (this.error === undefined)
                    this.error = e.message;
            });
            const settleAll = () => {
                for (const f of [...this.unsettled])
                    f();
            };
            this.z.on('error', settleAll);
            this.z.on('close', settleAll);
            this.ended = new Promise((resolve) => {
                this.z.once('end', resolve);
                this.z.once('error', () => resolve());
                this.z.once('close', resolve);
            });
        }
    }
    consume(out) {
        this.bytesOut += out.length;
        if (this.job.utf8)
            this.checkUtf8(out, 0, out.length);
        if (this.counter)
            this.counter.push(out, 0, out.length);
    }
    /** b[start, end) continues valid UTF-8; a character split across pieces is completed from the next. */
    checkUtf8(b, start, end) {
        const isUtf8 = this.deps.isUtf8;
        if (!isUtf8 || this.invalidUtf8AfterRow !== undefined || start >= end)
            return;
        let from = start;
        const bad = () => {
            this.invalidUtf8AfterRow = this.counter ? this.counter.rows : 0;
        };
        if (this.utf8Tail) {
            const lead = this.utf8Tail[0];
            const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
            const take = Math.min(need - this.utf8Tail.length, end - from);
            const joined = new Uint8Array(this.utf8Tail.length + take);
            joined.set(this.utf8Tail);
            joined.set(b.subarray(from, from + take), this.utf8Tail.length);
            from += take;
            if (joined.length < need) {
                this.utf8Tail = joined;
                return;
            }
            this.utf8Tail = null;
            if (!isUtf8(joined))
                return bad();
        }
        // The last character may go on in the next piece: keep its bytes back.
        let cut = end;
        for (let k = end - 1; k >= from && k >= end - 3; k--) {
            const c = b[k];
            if (c < 0x80)
                break;
            if (c >= 0xc0) {
                const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                if (k + need > end)
                    cut = k;
                break;
            }
        }
        if (!isUtf8(b.subarray(from, cut)))
            return bad();
        if (cut < end)
            this.utf8Tail = b.slice(cut, end);
    }
    /** Uncompressed blocks are counted in place, one range per pg_dump chunk (a row, at -Z 0). */
    get writeRange() {
        if (this.z || this.skipped)
            return undefined;
        return (buf, start, end) => {
            this.bytesIn += end - start;
            this.bytesOut += end - start;
            if (this.job.utf8)
                this.checkUtf8(buf, start, end);
            if (this.counter)
                this.counter.push(buf, start, end);
        };
    }
    /** Feed compressed bytes. A returned promise means: wait before writing more (backpressure). */
    write(chunk) {
        this.bytesIn += chunk.length;
        if (this.skipped || this.error !== undefined)
            return undefined;
        if (!this.z) {
            this.consume(chunk);
            return undefined;
        }
        // A batch never outgrows its buffer: what would overflow it starts the next one.
        const before = this.pendingBytes + chunk.length > this.batch ? this.flush() : undefined;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        const after = this.pendingBytes >= this.batch ? this.flush() : undefined;
        return before ?? after;
    }
    flush() {
        if (this.pendingBytes === 0 || !this.z || this.error !== undefined)
            return undefined;
        const spare = this.deps.spare;
        let owned;
        let buf;
        if (this.pending.length === 1)
            buf = this.pending[0];
        else {
            owned = spare.pop() ?? Buffer.allocUnsafeSlow(this.batch);
            let at = 0;
            for (const part of this.pending) {
                owned.set(part, at);
                at += part.length;
            }
            buf = owned.subarray(0, at);
        }
        this.pending = [];
        this.pendingBytes = 0;
        const budget = this.deps.budget;
        budget.bytes += buf.length;
        let settled = false;
        // zlib's callback means it has consumed the input: only then may the buffer hold the next batch.
        const consumed = (error) => {
            if (owned && !error && spare.length < 32)
                spare.push(owned);
            settle();
        };
        // Settled by zlib's callback, or by close/error: a destroyed stream must not keep budget forever.
        const settle = () => {
            if (settled)
                return;
            settled = true;
            this.unsettled.delete(settle);
            budget.bytes -= buf.length;
            if (budget.bytes <= budget.max / 2 && budget.waiters.length > 0) {
                const w = budget.waiters;
                budget.waiters = [];
                for (const f of w)
                    f();
            }
        };
        this.unsettled.add(settle);
        this.z.write(buf, consumed);
        if (budget.bytes <= budget.max)
            return undefined;
        return new Promise((resolve) => budget.waiters.push(resolve));
    }
    /**
     * Flush and close the codec. `truncated`: the input stopped early, so the codec's complaint about a
     * missing end is expected and dropped; the rows decoded up to the cut are still counted.
     */
    async finish(truncated = false) {
        if (this.z) {
            if (this.error === undefined) {
                await this.flush();
                this.z.end();
            }
            else {
                this.z.destroy();
            }
            await this.ended;
        }
        const counted = this.counter
            ? this.counter.result()
            : {
                rows: 0,
                badRows: 0,
                firstBadRow: 0,
                firstBadFields: 0,
                terminated: false,
                trailing: false,
                incomplete: false,
            };
        const error = truncated && this.error === 'unexpected end of file' ? undefined : this.error;
        // A character left incomplete at the very end is damage too, unless the input was cut there.
        if (this.utf8Tail && !truncated && this.invalidUtf8AfterRow === undefined) {
            this.invalidUtf8AfterRow = counted.rows;
        }
        return {
            ...counted,
            bytesIn: this.bytesIn,
            bytesOut: this.bytesOut,
            error,
            skipped: this.skipped,
            invalidUtf8AfterRow: this.invalidUtf8AfterRow,
        };
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(8339);
;// CONCATENATED MODULE: ./src/archive/codecs.ts
// Decoders for the codecs Node's zlib lacks: zstd before Node 22.15 (fzstd, pure JS) and lz4 on every
// Node (lz4-asm: the reference liblz4 frame decoder compiled to asm.js, so it rejects what pg_restore
// rejects). Both are plain JavaScript, so ncc bundles them without native or .wasm files. They are
// wrapped as Transform streams that behave like zlib's (write/end/destroy, 'data'/'error'/'end'),
// which is all BlockProcessor expects of a codec.



/** The message BlockProcessor treats as "the input stopped early", as zlib words it. */
const END_OF_INPUT = 'unexpected end of file';
/** Who decodes each codec here, for reports. */
function codecLabel(compression) {
    if (compression === 'zstd')
        return hasNativeZstd() ? "Node's zlib" : 'fzstd';
    return 'liblz4 (lz4-asm)';
}
function hasNativeZstd() {
    return typeof external_node_zlib_.createZstdDecompress === 'function';
}
const message = (e, codec) => {
    const text = e instanceof Error ? e.message : String(e);
    return /unexpected EOF/i.test(text) ? END_OF_INPUT : `${codec}: ${text}`;
};
/** fzstd hands out views of its window buffer, which it overwrites later: each piece is copied. */
class ZstdDecoder extends external_node_stream_.Transform {
    d = new esm/* Decompress */.YM((chunk) => {
        if (chunk.length)
            this.push(Buffer.from(chunk));
    });
    _transform(chunk, _enc, callback) {
        try {
            // fzstd keeps unconsumed input by reference, and the caller reuses its buffers: a copy.
            this.d.push(new Uint8Array(chunk));
            callback();
        }
        catch (e) {
            callback(new Error(message(e, 'zstd')));
        }
    }
    _flush(callback) {
        try {
            this.d.push(new Uint8Array(0), true);
            callback();
        }
        catch (e) {
            callback(new Error(message(e, 'zstd')));
        }
    }
}
/**
 * liblz4 reports a frame cut short only through a return value the asm.js glue does not pass on, so
 * the end mark (four zero bytes, then the content checksum when the frame descriptor asks for one) is
 * checked here: without it the frame was cut short.
 */
class Lz4Decoder extends external_node_stream_.Transform {
    inner;
    head = [];
    tail = Buffer.alloc(0);
    constructor(lz4) {
        super();
        this.inner = lz4.lz4js.createDecompressStream();
        this.inner.on('data', (b) => this.push(Buffer.from(b)));
    }
    _transform(chunk, _enc, callback) {
        for (let i = 0; i < chunk.length && this.head.length < 5; i++)
            this.head.push(chunk[i]);
        this.tail = Buffer.concat([this.tail, chunk.subarray(Math.max(0, chunk.length - 8))]).subarray(-8);
        const own = Buffer.from(chunk);
        this.pass(() => this.inner.write(own), callback);
    }
    _flush(callback) {
        this.pass(() => this.inner.end(), (error) => {
            if (error)
                return callback(error);
            const checksum = this.head.length === 5 && (this.head[4] & 0x04) !== 0;
            const mark = checksum ? this.tail.subarray(0, 4) : this.tail.subarray(4);
            if (this.tail.length < 8 || mark.readUInt32LE(0) !== 0)
                return callback(new Error(END_OF_INPUT));
            callback();
        });
    }
    /** The inner stream decodes synchronously inside write/end; its error, if any, fires by then. */
    pass(step, callback) {
        let failure;
        const onError = (e) => {
            failure ??= new Error(`lz4: ${e.message}`);
        };
        this.inner.on('error', onError);
        try {
            step();
        }
        catch (e) {
            onError(e instanceof Error ? e : new Error(String(e)));
        }
        setImmediate(() => {
            this.inner.off('error', onError);
            callback(failure);
        });
    }
}
let lz4Module;
/**
 * Loads lz4-asm once. Its Emscripten glue registers process-wide uncaughtException and
 * unhandledRejection listeners; they are taken off again so Lifeboat's own error handling decides.
 */
function loadLz4() {
    lz4Module ??= (async () => {
        const events = ['uncaughtException', 'unhandledRejection'];
        const listeners = (e) => process.listeners(e);
        const before = events.map((e) => new Set(listeners(e)));
        // The glue forms file paths from the CommonJS __dirname, which a bundled ES module lacks; the
        // asm.js build reads no file, so any directory will do while it loads.
        const scope = globalThis;
        const lent = !('__dirname' in scope);
        if (lent)
            scope.__dirname = '/';
        try {
            const { default: init } = await __webpack_require__.e(/* import() */ 892).then(__webpack_require__.t.bind(__webpack_require__, 8892, 23));
            return (await init());
        }
        catch {
            // Reported where it matters: the lz4 blocks are "not proven: lz4 data, no decoder".
            return undefined;
        }
        finally {
            if (lent)
                delete scope.__dirname;
            events.forEach((e, i) => {
                for (const l of listeners(e))
                    if (!before[i].has(l))
                        process.off(e, l);
            });
        }
    })();
    return lz4Module;
}
/** The decoders a read of this compression needs, loaded before the first block arrives. */
async function codecsFor(compression) {
    const codecs = {};
    if (compression === 'zstd' && !hasNativeZstd())
        codecs.zstd = () => new ZstdDecoder();
    if (compression === 'lz4') {
        const lz4 = await loadLz4();
        if (lz4)
            codecs.lz4 = () => new Lz4Decoder(lz4);
    }
    return codecs;
}

;// CONCATENATED MODULE: ./src/archive/sinks.ts
// Where data blocks are decoded and counted: in the reading thread, or spread over worker threads.






/** Compressed bytes queued for codecs at once; bounds memory while several blocks inflate in parallel. */
const INFLIGHT_BUDGET = 8 * 1024 * 1024;
function localSinks() {
    const deps = {
        zlib: external_node_zlib_,
        CopyCounter: CopyCounter,
        InsertCounter: InsertCounter,
        isUtf8: external_node_buffer_.isUtf8,
        codecs: {},
        budget: { bytes: 0, max: INFLIGHT_BUDGET, waiters: [] },
        spare: [],
    };
    return {
        prepare: async (compression) => {
            deps.codecs = { ...deps.codecs, ...(await codecsFor(compression)) };
        },
        open: (job) => new BlockProcessor(deps, job),
        close: async () => { },
    };
}
/** Bytes posted to workers but not yet processed; bounds memory however fast the input arrives. */
const MAX_IN_FLIGHT = 16 * 1024 * 1024;
/** Input is copied into batches of this size, whose ArrayBuffers are transferred, not cloned. */
const POST_BATCH = 256 * 1024;
function workerSource() {
    return `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
// esbuild (tsx, vitest) may wrap classes with a keepNames helper that lives outside their source text.
const __name = (target) => target;
const CopyCounter = (${CopyCounter.toString()});
const InsertCounter = (${InsertCounter.toString()});
const BlockProcessor = (${BlockProcessor.toString()});
// No JS codecs here (they are not shipped as source text): zstd without Node's zlib and lz4 are skipped.
const deps = { zlib, CopyCounter, InsertCounter, isUtf8: require('node:buffer').isUtf8, budget: { bytes: 0, max: ${INFLIGHT_BUDGET / 4}, waiters: [] }, spare: [] };
const jobs = new Map();
parentPort.on('message', (m) => {
  if (m.t === 'open') {
    jobs.set(m.id, { p: new BlockProcessor(deps, m.job), q: Promise.resolve() });
    return;
  }
  const j = jobs.get(m.id);
  // Chain every step of a block so a write waiting for zlib's drain keeps its place in line.
  if (m.t === 'data') {
    j.q = j.q.then(() => j.p.write(Buffer.from(m.buf))).then(() => parentPort.postMessage({ t: 'ack', id: m.id, n: m.buf.byteLength }));
  } else if (m.t === 'end') {
    j.q = j.q.then(() => j.p.finish(m.truncated)).then((r) => {
      jobs.delete(m.id);
      parentPort.postMessage({ t: 'done', id: m.id, r });
    }, (e) => {
      jobs.delete(m.id);
      parentPort.postMessage({ t: 'done', id: m.id, r: null, e: String(e && e.message || e) });
    });
  }
});
`;
}
/**
 * Each block goes whole to one worker (a zlib stream cannot be split), chosen as the least busy.
 * The reader keeps going while workers decode, so consecutive blocks overlap.
 */
function workerSinks(count) {
    let workers = null;
    let nextId = 1;
    let inFlight = 0;
    let waiters = [];
    const done = new Map();
    let failure = null;
    const release = () => {
        if (inFlight <= MAX_IN_FLIGHT / 2 || failure) {
            const w = waiters;
            waiters = [];
            for (const f of w)
                f();
        }
    };
    const start = () => {
        if (workers)
            return workers;
        const src = workerSource();
        workers = Array.from({ length: count }, () => {
            const state = { worker: new external_node_worker_threads_.Worker(src, { eval: true }), inFlight: 0, openJobs: 0 };
            state.worker.on('message', (m) => {
                if (m.t === 'ack') {
                    state.inFlight -= m.n;
                    inFlight -= m.n;
                    release();
                }
                else {
                    state.openJobs--;
                    const d = done.get(m.id);
                    done.delete(m.id);
                    if (m.r)
                        d?.resolve(m.r);
                    else
                        d?.reject(new Error(m.e ?? 'worker failed'));
                }
            });
            state.worker.on('error', (e) => {
                failure = e;
                for (const d of done.values())
                    d.reject(e);
                done.clear();
                release();
            });
            return state;
        });
        return workers;
    };
    return {
        prepare: async () => { },
        open(job) {
            const pool = start();
            const state = pool.reduce((a, b) => b.openJobs * MAX_IN_FLIGHT + b.inFlight < a.openJobs * MAX_IN_FLIGHT + a.inFlight ? b : a);
            state.openJobs++;
            const id = nextId++;
            state.worker.postMessage({ t: 'open', id, job });
            let batch = null;
            let used = 0;
            const post = () => {
                if (!batch || used === 0)
                    return;
                // A full batch owns its ArrayBuffer and is moved; a partial one is cut to size (a copy, once per block).
                const ab = (used === batch.length && batch.byteOffset === 0
                    ? batch.buffer
                    : batch.buffer.slice(batch.byteOffset, batch.byteOffset + used));
                batch = null;
                state.inFlight += used;
                inFlight += used;
                used = 0;
                state.worker.postMessage({ t: 'data', id, buf: new Uint8Array(ab) }, [ab]);
            };
            return {
                write(chunk) {
                    if (failure)
                        return undefined;
                    let off = 0;
                    while (off < chunk.length) {
                        if (!batch)
                            batch = Buffer.allocUnsafeSlow(POST_BATCH);
                        const n = Math.min(chunk.length - off, POST_BATCH - used);
                        chunk.copy(batch, used, off, off + n);
                        used += n;
                        off += n;
                        if (used === POST_BATCH)
                            post();
                    }
                    if (inFlight > MAX_IN_FLIGHT)
                        return new Promise((resolve) => waiters.push(resolve));
                    return undefined;
                },
                finish(truncated = false) {
                    post();
                    if (failure)
                        return Promise.reject(failure);
                    return new Promise((resolve, reject) => {
                        done.set(id, { resolve, reject });
                        state.worker.postMessage({ t: 'end', id, truncated });
                    });
                },
            };
        },
        async close() {
            if (!workers)
                return;
            await Promise.all(workers.map((w) => w.worker.terminate()));
            workers = null;
        },
    };
}

;// CONCATENATED MODULE: ./src/archive/tar.ts
// pg_dump's tar format (pg_backup_tar.c): ustar members `toc.dat` (the custom header and TOC, each
// entry naming its data member), `NNNN.dat[.gz]` (plain COPY text), `blobs.toc` / `blobs_NNNN.toc`
// (lines "oid blob_oid.dat") with `blob_oid.dat[.gz]`, and `restore.sql`, which is not needed here.




const BLOCK = 512;
/** toc.dat is read into memory to reuse the TOC parser; a real one is kilobytes to a few megabytes. */
const MAX_TOC = 256 * 1024 * 1024;
function cstr(b, start, len) {
    const end = b.indexOf(0, start);
    return b.toString('latin1', start, end === -1 || end > start + len ? start + len : end);
}
function tarSize(b) {
    // GNU base-256 for members over 8 GiB: high bit of the first byte set.
    if (b[124] & 0x80) {
        let v = 0;
        for (let i = 125; i < 136; i++)
            v = v * 256 + b[i];
        return v;
    }
    const s = cstr(b, 124, 12).trim();
    if (!/^[0-7]*$/.test(s))
        return -1;
    return s === '' ? 0 : Number.parseInt(s, 8);
}
function checksumOk(b) {
    const stored = cstr(b, 148, 8).trim();
    if (!/^[0-7]+$/.test(stored))
        return false;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : b[i];
    return sum === Number.parseInt(stored, 8);
}
/** What a tarred directory-format dump holds besides toc.dat (data may be gzip, lz4 or zstd files). */
const DIRECTORY_MEMBER = /^(\d+\.dat|blob_\d+\.dat|blobs(_\d+)?\.toc)(\.gz|\.lz4|\.zst)?$/;
function settleEarly(p, r, toc, byFile, ctx) {
    const entry = byFile.get(p.plainName);
    if (!entry || entry.desc !== 'TABLE DATA') {
        ctx.collector.problem({
            kind: 'corrupt',
            message: `tar member ${p.member} belongs to no table in the table of contents: archive corrupt`,
        });
        return;
    }
    let result = r;
    if ((0,archive_toc/* databaseEncoding */.jb)(toc) !== 'UTF8')
        result = { ...result, invalidUtf8AfterRow: undefined };
    const columns = ctx.checkFields ? copyColumnCount(entry.copyStmt) : -1;
    const fields = r.rowFields ?? -1;
    if (columns >= 0 && fields >= 0 && fields !== columns && r.badRows === 0) {
        // Every row agreed with the first, and the first disagrees with the column list.
        result = { ...result, badRows: r.rows, firstBadRow: 0, firstBadFields: fields };
    }
    ctx.collector.block((0,archive_toc/* entryName */.MB)(entry), String(entry.dumpId), result, p.cut);
}
/** Reads a tar archive; the first 512-byte header has not been consumed. */
async function readTar(src, gzipped, ctx) {
    const { collector } = ctx;
    let toc = null;
    const byFile = new Map();
    const seen = new Set();
    const blobFiles = new Set();
    const blobsSeen = new Set();
    let sawEnd = false;
    const pending = [];
    for (;;) {
        const at = src.position;
        if (await src.atEnd())
            break;
        let h;
        try {
            h = await src.take(BLOCK);
        }
        catch (e) {
            if (e instanceof byte_source/* EndOfInput */.v5) {
                collector.problem({
                    kind: 'truncated',
                    message: `tar archive ends inside a member header at offset ${fmt(at)}: archive truncated`,
                });
                break;
            }
            throw e;
        }
        if (h.every((x) => x === 0)) {
            sawEnd = true;
            break;
        }
        if (!checksumOk(h))
            throw new archive_toc/* CorruptArchive */.cP(`tar member header at offset ${fmt(at)} has a bad checksum`);
        const prefix = h.toString('latin1', 257, 262) === 'ustar' ? cstr(h, 345, 155) : '';
        const name = (prefix ? `${prefix}/` : '') + cstr(h, 0, 100);
        const size = tarSize(h);
        if (size < 0)
            throw new archive_toc/* CorruptArchive */.cP(`tar member ${name} has an invalid size field`);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        const base = name.replace(/^.*\//, '');
        // pg_dump -Fd tarred (kartoza's .dir.tar.gz, `tar -c dump/`): a directory entry, data members
        // in name order and toc.dat among them, often after the data. Those members are checked as they
        // pass and matched to their TOC entries once toc.dat has been read.
        if (!toc && h[156] === 0x35 /* '5': a directory */ && size === 0)
            continue;
        if (!toc && base !== 'toc.dat' && !DIRECTORY_MEMBER.test(base)) {
            throw new archive_toc/* UnsupportedArchive */.Wx(`tar archive does not start with toc.dat (found ${name})`);
        }
        if (!toc && base === 'toc.dat') {
            if (size > MAX_TOC)
                throw new archive_toc/* CorruptArchive */.cP(`toc.dat of ${fmt(size)} bytes`);
            let body;
            try {
                body = await src.take(size);
                await src.take(padded - size);
            }
            catch (e) {
                if (e instanceof byte_source/* EndOfInput */.v5) {
                    collector.problem({ kind: 'truncated', message: 'tar archive ends inside toc.dat: archive truncated' });
                    return;
                }
                throw e;
            }
            const inner = new byte_source/* ByteSource */.Ik((0,byte_source/* once */.Oo)(body));
            const magic = await inner.take(5).catch(() => Buffer.alloc(0));
            if (magic.toString('latin1') !== 'PGDMP')
                throw new archive_toc/* CorruptArchive */.cP('toc.dat does not start with PGDMP');
            const io = new archive_toc/* ArchiveIO */.di(inner);
            try {
                const head = await (0,archive_toc/* readHead */.zy)(io, 'tar', gzipped);
                collector.header = head.header;
                toc = await (0,archive_toc/* readToc */.PP)(io, head.vmin, 'tar');
            }
            catch (e) {
                if (e instanceof byte_source/* EndOfInput */.v5)
                    throw new archive_toc/* CorruptArchive */.cP('toc.dat ends early');
                throw e;
            }
            collector.toc = toc;
            (0,archive_toc/* checkSpecialEntries */.C5)(toc);
            toc.forEach((e, i) => {
                if (e.desc === 'TABLE DATA')
                    collector.table(String(e.dumpId), (0,archive_toc/* entryName */.MB)(e), i);
                if (e.filename && e.desc !== 'BLOBS')
                    byFile.set(e.filename, e);
            });
            continue;
        }
        const suffix = /\.(gz|lz4|zst)$/.exec(base)?.[1];
        const plainName = suffix ? base.slice(0, -(suffix.length + 1)) : base;
        const compression = suffix === 'gz' ? 'gzip' : suffix === 'lz4' ? 'lz4' : suffix === 'zst' ? 'zstd' : 'none';
        const entry = toc ? byFile.get(plainName) : undefined;
        const early = !toc && /^\d+\.dat$/.test(plainName);
        const isBlob = /^blob_\d+\.dat$/.test(plainName);
        const isBlobToc = /^blobs(_\d+)?\.toc$/.test(base);
        if (entry || early || isBlob || isBlobToc) {
            const label = entry ? (0,archive_toc/* entryName */.MB)(entry) : isBlob ? `large object ${plainName.slice(5, -4)}` : base;
            const isTable = entry?.desc === 'TABLE DATA' || early;
            let listing = isBlobToc ? [] : null;
            if (!isBlobToc && (compression === 'lz4' || compression === 'zstd'))
                await ctx.sinks.prepare(compression);
            // Without a checksum of its own, a member is proven by field counts (and UTF-8, in a UTF8 database).
            const unchecked = ctx.checkFields && compression !== 'gzip';
            const sink = isBlobToc
                ? null
                : ctx.sinks.open({
                    kind: isTable ? (early || entry?.copyStmt?.trim() ? 'copy' : 'inserts') : 'blob',
                    compression,
                    gzipHeader: true,
                    expectedFields: isTable && unchecked ? (early ? -2 : copyColumnCount(entry?.copyStmt)) : -1,
                    utf8: isTable && unchecked && (early || (0,archive_toc/* databaseEncoding */.jb)(toc ?? []) === 'UTF8'),
                });
            let left = size;
            let cut = false;
            while (left > 0) {
                if (src.buffered === 0 && !(await src.pull())) {
                    cut = true;
                    break;
                }
                const part = src.takeSome(left);
                left -= part.length;
                if (listing) {
                    listing.push(Buffer.from(part));
                    if (size > MAX_TOC)
                        listing = null;
                }
                else if (sink) {
                    const w = sink.write(part);
                    if (w)
                        await w;
                }
            }
            if (entry || early)
                seen.add(plainName);
            if (isBlob)
                blobsSeen.add(plainName);
            if (isBlobToc && listing && !cut) {
                for (const line of Buffer.concat(listing).toString('latin1').split('\n')) {
                    const m = /^\d+ (\S+)$/.exec(line.trim());
                    if (m)
                        blobFiles.add(m[1].replace(/\.gz$/, ''));
                }
            }
            if (sink && early) {
                pending.push({ plainName, member: name, cut, result: sink.finish(cut) });
            }
            else if (sink) {
                const key = isTable && entry ? String(entry.dumpId) : null;
                collector.later(sink.finish(cut).then((r) => {
                    if (isBlob && !cut && !r.error)
                        collector.blobs++;
                    collector.block(label, key, r, cut);
                }));
            }
            else if (cut) {
                collector.problem({ kind: 'truncated', message: `${label} ends early: archive truncated` });
            }
            if (cut)
                break;
        }
        else {
            // restore.sql and anything else: skipped unread, but still part of the hash via the source.
            let left = size;
            while (left > 0) {
                if (src.buffered === 0 && !(await src.pull()))
                    break;
                left -= src.takeSome(left).length;
            }
            if (left > 0) {
                collector.problem({ kind: 'truncated', message: `tar member ${name} ends early: archive truncated` });
                break;
            }
        }
        const pad = padded - size;
        if (pad > 0) {
            if (!(await src.fill(pad))) {
                collector.problem({
                    kind: 'truncated',
                    message: `tar archive ends inside padding after ${name}: archive truncated`,
                });
                break;
            }
            src.takeSync(pad);
        }
    }
    if (!toc) {
        collector.problem({
            kind: 'truncated',
            message: 'tar archive has no toc.dat: archive truncated or not a pg_dump tar archive',
        });
        return;
    }
    for (const p of pending)
        collector.later(p.result.then((r) => settleEarly(p, r, toc, byFile, ctx)));
    const missing = [...byFile.entries()].filter(([f]) => !seen.has(f)).map(([, e]) => (0,archive_toc/* entryName */.MB)(e));
    const missingBlobs = [...blobFiles].filter((f) => !blobsSeen.has(f));
    const hasBlobEntry = toc.some((e) => e.desc === 'BLOBS');
    for (const m of missing.slice(0, 10))
        collector.problem({ entry: m, kind: 'truncated', message: `data for ${m} is missing: archive truncated` });
    if (missing.length > 10)
        collector.problem({
            kind: 'truncated',
            message: `data for ${fmt(missing.length - 10)} more entries is missing: archive truncated`,
        });
    if (missingBlobs.length > 0) {
        collector.problem({
            entry: 'large objects',
            kind: 'truncated',
            message: `${fmt(missingBlobs.length)} large objects listed in the archive are missing: archive truncated`,
        });
    }
    if (hasBlobEntry && blobFiles.size === 0 && blobsSeen.size === 0) {
        collector.problem({
            entry: 'large objects',
            kind: 'truncated',
            message: 'the large object list is missing: archive truncated',
        });
    }
    if (!sawEnd && missing.length === 0 && collector.problems.length === 0) {
        collector.problem({ kind: 'truncated', message: 'tar archive has no end-of-archive marker: archive truncated' });
    }
}

;// CONCATENATED MODULE: ./src/archive/index.ts
// Native reader for pg_dump archives: custom (-Fc), tar (-Ft) and plain SQL, each maybe gzipped as a
// whole. One streaming pass: the caller's onChunk (a hash) sees every byte once, memory stays flat.









function detectFormat(head) {
    if (head.length >= 5 && head.toString('latin1', 0, 5) === 'PGDMP')
        return 'custom';
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return 'tar';
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head.toString('latin1', 0, 4) === 'PK\x03\x04')
        return 'zip';
    const text = head
        .toString('latin1', 0, Math.min(head.length, 64))
        .replace(/^\uFEFF/, '')
        .trimStart();
    if (/^(--|SET\s|\\restrict\s|CREATE\s|BEGIN|SELECT\s)/i.test(text))
        return 'plain';
    return 'unknown';
}
async function peek(src, n) {
    await src.fill(n);
    return src.peekSync(n);
}
/**
 * Decompresses a gzip-wrapped input lazily, chunk by chunk. If the gzip stream is damaged the raw
 * input is still read to the end, so a hash computed by onChunk covers the whole file.
 */
function gunzipped(raw, state) {
    return {
        async *[Symbol.asyncIterator]() {
            const z = external_node_zlib_.createGunzip();
            let out = [];
            z.on('data', (b) => out.push(b));
            z.on('error', (e) => {
                state.error ??= e.message;
            });
            const step = (b) => new Promise((resolve) => {
                if (state.error)
                    return resolve();
                const done = () => {
                    z.off('error', done);
                    resolve();
                };
                z.once('error', done);
                if (b)
                    z.write(b, () => done());
                else
                    z.end(() => done());
            });
            for (;;) {
                if (raw.buffered === 0 && !(await raw.pull()))
                    break;
                const chunk = raw.takeSome(raw.buffered);
                if (state.error)
                    continue;
                await step(chunk);
                if (out.length) {
                    const o = out;
                    out = [];
                    for (const b of o)
                        yield b;
                }
            }
            if (!state.error)
                await step(null);
            for (const b of out)
                yield b;
        },
    };
}
/**
 * Inflating already runs on libuv's thread pool, several blocks at once, overlapped with counting on
 * this thread. On 2 cores, worker threads measured ~10% slower and +80 MB RSS, so they are opt-in.
 */
function defaultWorkers() {
    return 0;
}
/**
 * The header of an unwrapped custom or tar archive from its first bytes (tar: ≥ 1 KiB), so a caller
 * can decide before the data streams by whether this reader will be able to check it.
 */
async function peekHeader(head) {
    const kind = detectFormat(head);
    if (kind !== 'custom' && kind !== 'tar')
        return undefined;
    const src = new byte_source/* ByteSource */.Ik((0,byte_source/* once */.Oo)(kind === 'custom' ? head : head.subarray(512)));
    try {
        if ((await src.take(5)).toString('latin1') !== 'PGDMP')
            return undefined;
        return (await (0,archive_toc/* readHead */.zy)(new archive_toc/* ArchiveIO */.di(src), kind, false)).header;
    }
    catch {
        return undefined;
    }
}
/**
 * Why data blocks of this compression cannot be decompressed here, or undefined. Every codec pg_dump
 * writes has a decoder now (zlib, zstd from zlib or fzstd, lz4 from lz4-asm); kept so that a reader
 * without one (worker threads: no JS codecs) still gets pg_restore's opinion.
 */
function missingCodec(compression) {
    void compression;
    return undefined;
}
/**
 * Read a whole pg_dump archive from a stream and report its TOC, per-table row counts and every
 * problem found. Never throws for bad input: damage is reported in `problems`.
 */
async function readArchive(input, opts = {}) {
    const collector = new Collector(opts.maxProblems ?? 100);
    const workers = opts.workers ?? defaultWorkers();
    const sinks = workers > 0 ? workerSinks(workers) : localSinks();
    const raw = new byte_source/* ByteSource */.Ik(input, opts.onChunk);
    const ctx = { collector, sinks, checkFields: opts.checkFields ?? true };
    let src = raw;
    const gz = {};
    let gzipped = false;
    try {
        let head = await peek(src, 512);
        let kind = detectFormat(head);
        if (kind === 'gzip') {
            gzipped = true;
            src = new byte_source/* ByteSource */.Ik(gunzipped(raw, gz));
            head = await peek(src, 512);
            kind = detectFormat(head);
            if (kind === 'gzip')
                kind = 'unknown';
        }
        if (head.length === 0) {
            collector.problem({ kind: 'truncated', message: gzipped ? 'gzip stream holds no data' : 'the file is empty' });
        }
        else if (kind === 'custom') {
            await src.take(5);
            await readCustom(src, gzipped, ctx);
        }
        else if (kind === 'tar') {
            await readTar(src, gzipped, ctx);
        }
        else if (kind === 'plain') {
            await readPlain(src, gzipped, ctx);
        }
        else if (kind === 'zip') {
            collector.problem({ kind: 'unsupported', message: 'zip archives are not read natively yet' });
        }
        else {
            collector.problem({ kind: 'unsupported', message: 'not a PostgreSQL dump (no PGDMP, tar or SQL signature)' });
        }
        if (kind === 'custom' || kind === 'tar') {
            // pg_dump writes nothing after the last block (tar: only zero padding); anything else is damage.
            let junk = 0;
            await src.drain((b) => {
                if (kind === 'custom')
                    junk += b.length;
                else
                    for (const x of b)
                        if (x !== 0)
                            junk++;
            });
            if (junk > 0 && collector.problems.length === 0) {
                collector.problem({
                    kind: 'corrupt',
                    message: `${junk.toLocaleString('en-US')} unexpected bytes after the end of the archive`,
                });
            }
        }
    }
    catch (e) {
        if (e instanceof archive_toc/* UnsupportedArchive */.Wx)
            collector.problem({ kind: 'unsupported', message: e.message });
        else if (e instanceof archive_toc/* CorruptArchive */.cP)
            collector.problem({ kind: 'corrupt', message: `${e.message}: archive corrupt` });
        else if (e instanceof byte_source/* EndOfInput */.v5)
            collector.problem({
                kind: 'truncated',
                message: `archive ends inside its header or table of contents (offset ${src.position.toLocaleString('en-US')}): archive truncated`,
            });
        else
            collector.problem({
                kind: 'corrupt',
                message: `could not read archive: ${e instanceof Error ? e.message : String(e)}`,
            });
    }
    try {
        // Whatever happened, read to the end so a hash fed by onChunk covers every byte.
        await src.drain();
        if (src !== raw)
            await raw.drain();
    }
    catch (e) {
        collector.problem({
            kind: 'corrupt',
            message: `could not read input: ${e instanceof Error ? e.message : String(e)}`,
        });
    }
    if (gz.error)
        collector.problem({ kind: 'corrupt', message: `gzip wrapper is damaged (${gz.error})` });
    try {
        return await collector.report(raw.received);
    }
    finally {
        await sinks.close();
    }
}


/***/ }),

/***/ 3052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ checkSpecialEntries),
/* harmony export */   MB: () => (/* binding */ entryName),
/* harmony export */   PP: () => (/* binding */ readToc),
/* harmony export */   Wx: () => (/* binding */ UnsupportedArchive),
/* harmony export */   cP: () => (/* binding */ CorruptArchive),
/* harmony export */   di: () => (/* binding */ ArchiveIO),
/* harmony export */   jb: () => (/* binding */ databaseEncoding),
/* harmony export */   yq: () => (/* binding */ tableChildren),
/* harmony export */   zy: () => (/* binding */ readHead)
/* harmony export */ });
/* unused harmony exports ARCH_CUSTOM, ARCH_TAR */
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9618);
// Header and table of contents of pg_dump's custom and tar formats, as pg_backup_archiver.c
// (ReadHead, ReadToc, ReadInt, ReadStr, ReadOffset) and the formats' _ReadExtraToc define them.

/** Damaged structure: the archive cannot be read past this point. */
class CorruptArchive extends Error {
    constructor(message) {
        super(message);
        this.name = 'CorruptArchive';
    }
}
/** A version or feature this reader does not know; never guessed at. */
class UnsupportedArchive extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsupportedArchive';
    }
}
const ARCH_CUSTOM = 1;
const ARCH_TAR = 3;
const MIN_MINOR = 12;
const MAX_MINOR = 16;
/** No real TOC string (a view or function body) comes near this; a larger length is corruption. */
const MAX_STRING = 64 * 1024 * 1024;
const MAX_TOC_ENTRIES = 50_000_000;
class ArchiveIO {
    src;
    intSize;
    offSize;
    constructor(src, intSize = 4, offSize = 8) {
        this.src = src;
        this.intSize = intSize;
        this.offSize = offSize;
    }
    /** ReadInt: a sign byte, then intSize bytes little-endian magnitude. */
    async int() {
        const need = 1 + this.intSize;
        if (!this.src.has(need) && !(await this.src.fill(need)))
            throw new _byte_source_js__WEBPACK_IMPORTED_MODULE_0__/* .EndOfInput */ .v5(need);
        return this.intSync();
    }
    /** ReadInt on bytes already in hand: buf[at] is the sign byte. */
    intAt(buf, at) {
        let v = 0;
        let mul = 1;
        for (let i = 1; i <= this.intSize; i++) {
            v += buf[at + i] * mul;
            mul *= 256;
        }
        return buf[at] ? -v : v;
    }
    intSync() {
        const sign = this.src.byteSync();
        let v = 0;
        let mul = 1;
        for (let i = 0; i < this.intSize; i++) {
            v += this.src.byteSync() * mul;
            mul *= 256;
        }
        return sign ? -v : v;
    }
    async str() {
        const len = await this.int();
        if (len < 0)
            return null;
        if (len === 0)
            return '';
        if (len > MAX_STRING)
            throw new CorruptArchive(`TOC string of ${len} bytes at offset ${this.src.position}`);
        return (await this.src.take(len)).toString('utf8');
    }
    /** ReadOffset: a K_OFFSET_* flag byte, then offSize bytes little-endian. */
    async offset() {
        const flag = await this.src.byte();
        const raw = await this.src.take(this.offSize);
        let v = 0;
        let mul = 1;
        for (let i = 0; i < raw.length; i++) {
            v += raw[i] * mul;
            mul *= 256;
        }
        if (flag === 1)
            return { state: 'not-set', offset: v };
        if (flag === 2)
            return { state: 'set', offset: v };
        if (flag === 3)
            return { state: 'none', offset: v };
        throw new CorruptArchive(`unexpected data offset flag ${flag}`);
    }
}
const COMPRESSION_ALGORITHMS = { 0: 'none', 1: 'gzip', 2: 'lz4', 3: 'zstd' };
/** ReadHead, after the caller has consumed and checked the 5-byte "PGDMP" magic. */
async function readHead(io, format, gzipped) {
    const src = io.src;
    const vmaj = await src.byte();
    const vmin = await src.byte();
    // ReadHead reads a revision byte for every version after 1.0.
    await src.byte();
    if (vmaj !== 1 || vmin < MIN_MINOR || vmin > MAX_MINOR) {
        throw new UnsupportedArchive(`unsupported archive version ${vmaj}.${vmin}`);
    }
    const intSize = await src.byte();
    if (intSize < 1 || intSize > 8)
        throw new CorruptArchive(`implausible integer size ${intSize} in header`);
    const offSize = await src.byte();
    if (offSize < 1 || offSize > 8)
        throw new CorruptArchive(`implausible offset size ${offSize} in header`);
    io.intSize = intSize;
    io.offSize = offSize;
    const formatByte = await src.byte();
    const expected = format === 'custom' ? ARCH_CUSTOM : ARCH_TAR;
    if (formatByte !== expected) {
        throw new CorruptArchive(`expected format (${expected}) differs from format found in file (${formatByte})`);
    }
    let compression;
    let compressionLevel;
    if (vmin >= 15) {
        const alg = await src.byte();
        const c = COMPRESSION_ALGORITHMS[alg];
        if (!c)
            throw new CorruptArchive(`unknown compression algorithm ${alg} in header`);
        compression = c;
    }
    else {
        compressionLevel = await io.int();
        compression = compressionLevel === 0 ? 'none' : 'gzip';
    }
    const tm = [];
    for (let i = 0; i < 7; i++)
        tm.push(await io.int());
    const [sec, min, hour, mday, mon, year] = tm;
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const created = `${pad(year + 1900, 4)}-${pad(mon + 1)}-${pad(mday)} ${pad(hour)}:${pad(min)}:${pad(sec)}`;
    const dbname = (await io.str()) ?? undefined;
    const serverVersion = (await io.str()) ?? undefined;
    const dumpVersion = (await io.str()) ?? undefined;
    return {
        header: {
            version: `${vmaj}.${vmin}`,
            format,
            gzipped,
            compression,
            compressionLevel,
            dbname,
            serverVersion,
            dumpVersion,
            created,
            intSize,
            offSize,
        },
        vmin,
        intSize,
        offSize,
        formatByte,
    };
}
const SECTIONS = { 1: 'none', 2: 'pre-data', 3: 'data', 4: 'post-data' };
/** ReadToc plus the format's _ReadExtraToc (custom: data offset; tar: data member name). */
async function readToc(io, vmin, format) {
    const count = await io.int();
    if (count < 0 || count > MAX_TOC_ENTRIES)
        throw new CorruptArchive(`implausible TOC entry count ${count}`);
    const entries = [];
    for (let i = 0; i < count; i++) {
        const dumpId = await io.int();
        if (dumpId <= 0)
            throw new CorruptArchive(`entry ID ${dumpId} out of range -- perhaps a corrupt TOC`);
        const hadDumper = (await io.int()) !== 0;
        const tableoid = (await io.str()) ?? '';
        const oid = (await io.str()) ?? '';
        const tag = (await io.str()) ?? '';
        const desc = (await io.str()) ?? '';
        const sectionNo = await io.int();
        const defn = await io.str();
        const dropStmt = await io.str();
        const copyStmt = await io.str();
        const namespace = await io.str();
        const tablespace = await io.str();
        const tableam = vmin >= 14 ? await io.str() : null;
        let relkind = null;
        if (vmin >= 16) {
            const rk = await io.int();
            relkind = rk > 0 && rk < 128 ? String.fromCharCode(rk) : null;
        }
        const owner = await io.str();
        await io.str(); // withOids: always "false" since PG12, and irrelevant to reading data
        const dependencies = [];
        for (;;) {
            const d = await io.str();
            if (d === null)
                break;
            if (dependencies.length > 1_000_000)
                throw new CorruptArchive('implausible dependency list in TOC');
            dependencies.push(Number.parseInt(d, 10));
        }
        const entry = {
            dumpId,
            hadDumper,
            tableoid,
            oid,
            tag,
            desc,
            section: SECTIONS[sectionNo] ?? 'unknown',
            defn,
            dropStmt,
            copyStmt,
            namespace,
            tablespace,
            tableam,
            relkind,
            owner,
            dependencies,
            dataState: 'none',
        };
        if (format === 'custom') {
            const o = await io.offset();
            entry.dataState = o.state;
            if (o.state === 'set')
                entry.dataOffset = o.offset;
        }
        else {
            const f = await io.str();
            if (f) {
                entry.filename = f;
                entry.dataState = 'not-set';
            }
        }
        entries.push(entry);
    }
    return entries;
}
/** "schema.table" for a data entry, as the report names it. */
function entryName(e) {
    if (e.desc === 'BLOBS')
        return 'large objects';
    return e.namespace ? `${e.namespace}.${e.tag}` : e.tag;
}
// pg_encoding_to_char names: what pg_dump writes in the ENCODING entry.
const ENCODINGS = new Set(('SQL_ASCII EUC_JP EUC_CN EUC_KR EUC_TW EUC_JIS_2004 UTF8 MULE_INTERNAL LATIN1 LATIN2 LATIN3 LATIN4 LATIN5 ' +
    'LATIN6 LATIN7 LATIN8 LATIN9 LATIN10 WIN1256 WIN1258 WIN866 WIN874 KOI8R WIN1251 WIN1252 ISO_8859_5 ' +
    'ISO_8859_6 ISO_8859_7 ISO_8859_8 WIN1250 WIN1253 WIN1254 WIN1255 WIN1257 KOI8U SJIS BIG5 GBK UHC GB18030 ' +
    'JOHAB SHIFT_JIS_2004 UNICODE WIN ALT TCVN ABC VSCII')
    .split(' ')
    .map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')));
/**
 * pg_restore refuses an archive whose ENCODING or STDSTRINGS entry it cannot interpret
 * (processEncodingEntry, processStdStringsEntry), so the reader must too.
 */
function checkSpecialEntries(toc) {
    for (const e of toc) {
        if (e.desc === 'ENCODING') {
            const m = /'([^']*)'/.exec(e.defn ?? '');
            if (!m || !ENCODINGS.has(m[1].toLowerCase().replace(/[^a-z0-9]/g, ''))) {
                throw new CorruptArchive(`invalid ENCODING item: ${JSON.stringify((e.defn ?? '').slice(0, 80))}`);
            }
        }
        else if (e.desc === 'STDSTRINGS') {
            const d = e.defn ?? '';
            const q = d.indexOf("'");
            if (q < 0 || !(d.startsWith("'on'", q) || d.startsWith("'off'", q))) {
                throw new CorruptArchive(`invalid STDSTRINGS item: ${JSON.stringify(d.slice(0, 80))}`);
            }
        }
    }
}
/** The dump's client encoding from its ENCODING entry ("UTF8", …), or undefined without one. */
function databaseEncoding(toc) {
    const e = toc.find((x) => x.desc === 'ENCODING');
    const m = e && /'([^']*)'/.exec(e.defn ?? '');
    return m ? m[1].toUpperCase().replace(/[^A-Z0-9]/g, '') : undefined;
}
/**
 * Direct children of each parent table (partitions and inheritance children) by entryName: pg_dump
 * makes a child's TABLE entry depend on its parents' TABLE entries, and no table on any other table.
 */
function tableChildren(toc) {
    const tables = new Map(toc.filter((e) => e.desc === 'TABLE').map((e) => [e.dumpId, e]));
    const children = new Map();
    for (const child of tables.values()) {
        for (const id of child.dependencies) {
            const parent = tables.get(id);
            if (!parent || parent === child)
                continue;
            const list = children.get(entryName(parent)) ?? [];
            list.push(entryName(child));
            children.set(entryName(parent), list);
        }
    }
    return children;
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
/* harmony import */ var _restore_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3304);
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
    const tokens = (0,_restore_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .qw)(text);
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

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ planPlainScript),
/* harmony export */   Ge: () => (/* binding */ describeRewrite),
/* harmony export */   Up: () => (/* binding */ rewrittenScript),
/* harmony export */   u: () => (/* binding */ connectTarget)
/* harmony export */ });
/* unused harmony export decide */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9467);
/* harmony import */ var _plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3304);
/* harmony import */ var _referenced_roles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7303);
// What a plain SQL script would do to a server, and the same script rewritten so that it does only
// that to its target. Every item the lexer yields gets one decision (keep, rewrite, remove or
// refuse), made by one function, so the plan that is checked before anything runs and the stream
// psql executes can never disagree.
//
// Into a URL target (a database someone keeps) everything lands in that database: `\connect`s go,
// DROP/CREATE DATABASE and ALTER DATABASE … RENAME/OWNER go, and database-level settings, comments
// and grants are applied to the target instead. Statements that act on the whole server (roles,
// tablespaces) and scripts holding several databases are refused. Into the drill's own ephemeral
// cluster the script runs whole; only what would leave that cluster is refused.




const META_ALLOWED = new Set(['connect', 'c', 'restrict', 'unrestrict']);
const TEMPLATES = new Set(['template0', 'template1']);
function newlinesOf(raw) {
    return raw.replace(/[^\n]/g, '');
}
function keep(item) {
    return { output: item.raw };
}
function remove(item, what) {
    return { output: newlinesOf(item.raw), removed: what };
}
/** The statement with tokens [from, to) replaced, padded to the original's line count. */
function replaced(s, sql) {
    const pad = newlinesOf(s.raw).length - newlinesOf(sql).length;
    return `${'\n'.repeat(Math.max(0, pad))}${Buffer.from(sql, 'utf8').toString('latin1')}`;
}
function nameOf(t) {
    if (t?.kind === 'quoted')
        return t.text;
    if (t?.kind === 'word')
        return t.lower;
    return undefined;
}
/** Short form for reports: "DROP DATABASE shop", "CREATE DATABASE shop". */
function headOf(sql, words) {
    return sql.replace(/\s+/g, ' ').split(' ').slice(0, words).join(' ').replace(/;$/, '');
}
/**
 * `\connect` arguments as psql reads them: `shop`, `"odd name"`, `-reuse-previous=on "dbname='shop'"`,
 * a conninfo string or URI. Returns the database and whether anything but the database changes.
 */
function connectTarget(args) {
    const words = [];
    const re = /"((?:[^"]|"")*)"|'((?:[^'\\]|\\.)*)'|(\S+)/g;
    for (const m of args.matchAll(re)) {
        words.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]);
    }
    const positional = words.filter((w) => !/^-reuse-previous(=\S*)?$/.test(w));
    const [first, , host, port] = positional;
    let database = first === '-' ? undefined : first;
    let otherServer = (host !== undefined && host !== '-') || (port !== undefined && port !== '-');
    if (first && /^postgres(ql)?:\/\//.test(first)) {
        const u = new URL(first);
        database = decodeURIComponent(u.pathname.slice(1)) || undefined;
        otherServer ||= u.hostname !== '' || u.port !== '' || u.searchParams.has('host') || u.searchParams.has('port');
    }
    else if (first?.includes('=')) {
        database = undefined;
        for (const m of first.matchAll(/(\w+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S+))/g)) {
            const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
            if (m[1] === 'dbname')
                database = value;
            else if (['host', 'hostaddr', 'port', 'service'].includes(m[1]))
                otherServer = true;
        }
    }
    return { database, otherServer };
}
function decideMeta(m, target) {
    if (!META_ALLOWED.has(m.command)) {
        return { output: m.raw, refusal: `line ${m.line}: psql meta-command \\${m.command} is not one pg_dump writes` };
    }
    if (m.command !== 'connect' && m.command !== 'c')
        return keep(m);
    const { database, otherServer } = connectTarget(m.args);
    if (otherServer) {
        return { output: m.raw, refusal: `line ${m.line}: \\${m.command} ${m.args} would connect to another server` };
    }
    const databases = database ? [database] : [];
    if (target.kind === 'ephemeral')
        return { ...keep(m), databases };
    return { ...remove(m, `\\connect ${database ?? m.args}`), databases };
}
/** ALTER DATABASE forms that belong to the database being restored, not to its name or owner. */
const APPLIES_TO_TARGET = new Set(['set', 'reset']);
function decideStatement(s, target) {
    if (s.innerMetas.length) {
        const m = s.innerMetas[0];
        return { output: s.raw, refusal: `line ${m.line}: psql meta-command \\${m.command} inside a statement` };
    }
    if (s.copyTrailing !== undefined) {
        return { output: s.raw, refusal: `line ${s.line}: text after COPY … FROM stdin; on the same line` };
    }
    const tokens = (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenize */ .qw)(s.sql);
    const [t0, t1, t2, t3] = tokens;
    const verb = t0?.kind === 'word' ? t0.lower : '';
    const global = ((verb === 'create' || verb === 'alter' || verb === 'drop') &&
        ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'role') ||
            (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'tablespace') ||
            ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'group') && !(0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t2, 'mapping')) ||
            ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'user') && !(0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t2, 'mapping')))) ||
        (verb === 'alter' && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'system')) ||
        (verb === 'update' && /pg_catalog\s*\.\s*pg_database|^update\s+pg_database/i.test(s.sql));
    if (verb === 'drop' && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'database')) {
        const ifExists = (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t2, 'if') && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t3, 'exists');
        const name = nameOf(tokens[ifExists ? 4 : 2]);
        const databases = name ? [name] : [];
        if (target.kind === 'url')
            return { ...remove(s, headOf(s.sql, ifExists ? 5 : 3)), databases };
        if (ifExists)
            return { ...keep(s), databases };
        // A fresh drill cluster lacks what pg_dump --clean drops: dropping only if there is keeps ON_ERROR_STOP useful.
        return { output: replaced(s, `DROP DATABASE IF EXISTS ${s.sql.replace(/^DROP\s+DATABASE\s+/i, '')}`), databases };
    }
    if (verb === 'create' && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'database')) {
        const name = nameOf(t2);
        const databases = name ? [name] : [];
        if (target.kind === 'url')
            return { ...remove(s, headOf(s.sql, 3)), databases, created: name };
        // The drill created its (empty) database before it knew the script would create it.
        const output = name === target.database ? replaced(s, `DROP DATABASE IF EXISTS ${(0,_postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteIdentifier */ .Cm)(name)}; ${s.sql}`) : s.raw;
        return { output, databases, created: name };
    }
    if (verb === 'alter' && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'database')) {
        const name = nameOf(t2);
        const databases = name ? [name] : [];
        if (target.kind === 'ephemeral')
            return { ...keep(s), databases };
        const action = t3?.kind === 'word' ? t3.lower : '';
        if (APPLIES_TO_TARGET.has(action))
            return { ...retargetName(s, tokens, 2, target.database), databases };
        return { ...remove(s, headOf(s.sql, 5)), databases };
    }
    // COMMENT ON DATABASE x, SECURITY LABEL … ON DATABASE x, GRANT/REVOKE … ON DATABASE x.
    const onDb = tokens.findIndex((t, i) => (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t, 'database') && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[i - 1], 'on'));
    if (onDb > 0 && ['comment', 'security', 'grant', 'revoke'].includes(verb)) {
        const name = nameOf(tokens[onDb + 1]);
        const databases = name ? [name] : [];
        if (target.kind === 'ephemeral')
            return { ...keep(s), databases };
        if (tokens[onDb + 2]?.kind === 'op' && tokens[onDb + 2].text === ',') {
            return { ...remove(s, headOf(s.sql, 6)), databases };
        }
        return { ...retargetName(s, tokens, onDb + 1, target.database), databases };
    }
    const ifExists = withIfExists(s.sql, tokens);
    if (ifExists !== undefined)
        return { output: replaced(s, ifExists) };
    if (global) {
        if (target.kind === 'url') {
            return {
                output: s.raw,
                cluster: true,
                refusal: `line ${s.line}: ${headOf(s.sql, 3)} changes the whole server, not one database`,
            };
        }
        const role = (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'role') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'user') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t1, 'group');
        // The drill connects as the cluster's superuser: the script must not change its password or rights.
        if (role && verb === 'alter' && nameOf(t2) === target.superuser) {
            return { ...remove(s, headOf(s.sql, 3)), cluster: true };
        }
        if (role && (verb === 'create' || verb === 'drop')) {
            const ifExists = verb === 'drop' && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t2, 'if') && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t3, 'exists');
            const name = nameOf(tokens[ifExists ? 4 : 2]);
            // The cluster's own superuser exists already and cannot be dropped while connected.
            if (name === target.superuser && tokens.length <= (ifExists ? 6 : 4)) {
                return { ...remove(s, headOf(s.sql, 3)), cluster: true };
            }
            if (verb === 'drop' && !ifExists) {
                return {
                    output: replaced(s, s.sql.replace(/^DROP\s+(ROLE|USER|GROUP)\s+/i, 'DROP $1 IF EXISTS ')),
                    cluster: true,
                };
            }
        }
        return { ...keep(s), cluster: true };
    }
    return keep(s);
}
/** Object kinds in `DROP <kind> name`: where pg_dump --if-exists puts its IF EXISTS. */
const DROP_KINDS = new Set(('table schema function index sequence view materialized type domain extension trigger policy rule aggregate ' +
    'procedure routine collation conversion foreign server data wrapper event publication subscription statistics ' +
    'text search configuration dictionary parser template operator class family cast transform language procedural ' +
    'access method user mapping').split(' '));
/**
 * pg_dump --clean scripts without --if-exists drop what a fresh target does not have, and psql stops
 * at the first error: the statement as pg_dump --if-exists writes it, or undefined when it needs none.
 */
function withIfExists(sql, tokens) {
    const insert = (at) => {
        let out = sql;
        for (const pos of [...at].sort((a, b) => b - a))
            out = `${out.slice(0, pos)}IF EXISTS ${out.slice(pos)}`;
        return out;
    };
    if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[0], 'drop')) {
        let i = 1;
        while (tokens[i]?.kind === 'word' && DROP_KINDS.has(tokens[i].lower))
            i++;
        if (i === 1 || !tokens[i] || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[i], 'if') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[i - 1], 'database'))
            return undefined;
        return insert([tokens[i].start]);
    }
    if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[0], 'alter') &&
        ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[1], 'table') || ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[1], 'foreign') && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[2], 'table')))) {
        const drop = tokens.findIndex((t) => (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(t, 'drop'));
        if (drop < 0)
            return undefined;
        const at = [];
        const afterTable = (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[1], 'table') ? 2 : 3;
        if (!(0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[afterTable], 'if'))
            at.push(tokens[afterTable].start);
        if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[drop + 1], 'constraint') && !(0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isWord */ .Jg)(tokens[drop + 2], 'if'))
            at.push(tokens[drop + 2].start);
        return at.length ? insert(at) : undefined;
    }
    const lo = /^SELECT pg_catalog\.lo_unlink\('(\d+)'\);$/.exec(sql);
    if (lo)
        return `SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '${lo[1]}';`;
    return undefined;
}
/** The statement with the database name at tokens[at] replaced by the target's. */
function retargetName(s, tokens, at, database) {
    const name = tokens[at];
    const sql = `${s.sql.slice(0, name.start)}${(0,_postgres_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteIdentifier */ .Cm)(database)}${s.sql.slice(name.end)}`;
    return { output: replaced(s, sql), applied: headOf(s.sql, 5) };
}
/** One decision per item: what is written to psql, and what the plan records. */
function decide(item, target) {
    if (item.kind === 'meta')
        return decideMeta(item, target);
    if (item.kind === 'statement')
        return decideStatement(item, target);
    return keep(item);
}
/** Reads the whole script once: what it touches, what the rewrite changes, what it needs. */
async function planPlainScript(file, target) {
    const plan = {
        cluster: false,
        databases: [],
        created: [],
        removed: [],
        applied: [],
        refusals: [],
        roles: [],
    };
    const roles = new _referenced_roles_js__WEBPACK_IMPORTED_MODULE_3__/* .RoleCollector */ .Sy();
    const databases = new Set();
    let header = true;
    for await (const item of (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .lexPlainSql */ .mf)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file))) {
        if (header && (item.kind === 'statement' || item.kind === 'gap')) {
            if (/^--\s*PostgreSQL database cluster dump\s*$/m.test((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeRaw */ .Dq)(item.raw)))
                plan.cluster = true;
            header = item.kind === 'gap';
        }
        const d = decide(item, target);
        if (d.cluster)
            plan.cluster = true;
        if (d.removed)
            plan.removed.push(d.removed);
        if (d.applied)
            plan.applied.push(d.applied);
        if (d.refusal && plan.refusals.length < 5)
            plan.refusals.push(d.refusal);
        if (d.created && !plan.created.includes(d.created))
            plan.created.push(d.created);
        for (const db of d.databases ?? [])
            if (!TEMPLATES.has(db))
                databases.add(db);
        if (item.kind === 'statement')
            roles.add(item.sql);
    }
    plan.databases = [...databases];
    plan.roles = roles.missing();
    if (target.kind === 'url' && (plan.cluster || plan.databases.length > 1)) {
        const n = plan.databases.length;
        plan.refusals.unshift(`the script holds ${n} database${n === 1 ? '' : 's'}${n ? ` (${[...plan.databases].sort().join(', ')})` : ''}` +
            `${plan.cluster ? ' and server-wide objects (roles, tablespaces)' : ''}: ` +
            'a cluster backup restores into an ephemeral drill only');
    }
    return plan;
}
/** The script as psql should run it into `target`: every item through `decide`, COPY data untouched. */
async function* rewrittenScript(file, target) {
    let pending = '';
    for await (const item of (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .lexPlainSql */ .mf)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file))) {
        pending += decide(item, target).output;
        if (pending.length >= 64 * 1024) {
            yield Buffer.from(pending, 'latin1');
            pending = '';
        }
    }
    if (pending)
        yield Buffer.from(pending, 'latin1');
}
/** "removed: DROP DATABASE shop, CREATE DATABASE shop, \connect shop — restored into scratch". */
function describeRewrite(plan, database) {
    const counts = new Map();
    for (const r of plan.removed)
        counts.set(r, (counts.get(r) ?? 0) + 1);
    const removed = [...counts].map(([r, n]) => (n > 1 ? `${r} (×${n})` : r));
    const parts = [];
    if (removed.length)
        parts.push(`removed: ${removed.join(', ')}`);
    if (plan.applied.length)
        parts.push(`applied to ${database}: ${plan.applied.join(', ')}`);
    if (!parts.length)
        return undefined;
    return `${parts.join('; ')} — restored into ${database}`;
}


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ PlainSqlLexer),
/* harmony export */   Dq: () => (/* binding */ decodeRaw),
/* harmony export */   Jg: () => (/* binding */ isWord),
/* harmony export */   mf: () => (/* binding */ lexPlainSql),
/* harmony export */   qw: () => (/* binding */ tokenize)
/* harmony export */ });
/* unused harmony export CopyData */
// Splits a plain SQL script (pg_dump -Fp, pg_dumpall) into what psql would execute: top-level
// statements, psql meta-commands and COPY … FROM stdin data, with psql's own lexical rules
// (psqlscan.l), so that nothing inside a string, quoted identifier, comment or COPY block is ever
// taken for a statement. Input arrives in chunks split anywhere; memory holds one statement at a
// time (COPY data passes through in slices of the input), never the script.
//
// Text is handled as "binary strings" (latin1: one char per byte) so chunk boundaries may split a
// multibyte character and every item's `raw` is the script's exact bytes. SQL's syntax characters
// are ASCII, and no server encoding puts an ASCII byte inside a multibyte character.
/** Rows of a COPY … FROM stdin block, a slice of the input at a time. */
class CopyData {
    bytes;
    kind = 'copy-data';
    constructor(bytes) {
        this.bytes = bytes;
    }
    /** The bytes as a latin1 string, like every other item's `raw`. */
    get raw() {
        return this.bytes.toString('latin1');
    }
}
const BACKSLASH = 0x5c;
function isIdentStart(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}
function isIdentCont(c) {
    return isIdentStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x24;
}
function isDollarTagCont(c) {
    return isIdentCont(c) && c !== 0x24;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
}
/** Latin1 "binary string" → UTF-8 text. */
function decodeRaw(raw) {
    return Buffer.from(raw, 'latin1').toString('utf8');
}
/**
 * The incremental lexer: `push` chunks, then `end`; each returns the items completed so far. Items
 * concatenated by `raw` (skipping nothing) give back the input exactly.
 */
class PlainSqlLexer {
    buf = '';
    pos = 0;
    mode = 'normal';
    started = false;
    /** Where the statement's first token is in buf, and its line. */
    startLine = 1;
    /** Line number at buf[0]. */
    bufLine = 1;
    /** Spans of buf ([start, end)) that are comments or inner meta-commands: not part of `sql`. */
    skips = [];
    metaStart = 0;
    innerMetas = [];
    parenDepth = 0;
    beginDepth = 0;
    identifiers = [];
    identifierCount = 0;
    commentStart = 0;
    commentDepth = 0;
    dollarTag = '';
    standardStrings;
    copy;
    afterCopyStatement = false;
    lastCopyTrailing;
    out = [];
    ended = false;
    copyLines;
    /**
     * `lineNumbers: false` skips counting the lines of COPY data (a third of the lexer's time on a
     * data-heavy dump): items after the first COPY block then carry line numbers that are too low.
     */
    constructor(opts = {}) {
        this.standardStrings = opts.standardConformingStrings ?? true;
        this.copyLines = opts.lineNumbers ?? true;
    }
    /** A chunk of the script: bytes, or a latin1 "binary string". */
    push(chunk) {
        if (this.ended)
            throw new Error('PlainSqlLexer: push after end');
        this.feed(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk, false);
        return this.take();
    }
    end() {
        if (!this.ended) {
            this.ended = true;
            this.feed(Buffer.alloc(0), true);
        }
        return this.take();
    }
    take() {
        const out = this.out;
        this.out = [];
        return out;
    }
    feed(bytes, final) {
        let rest = bytes;
        for (;;) {
            // COPY data stays in bytes: most of a dump passes through without being decoded.
            if (this.copy) {
                rest = this.feedCopy(rest, final);
                if (this.copy)
                    return;
                continue;
            }
            this.buf += rest.toString('latin1');
            const leftover = this.scan(final);
            if (leftover === undefined)
                return;
            // A COPY statement ended: what follows its line is data, handled without buffering.
            rest = Buffer.from(leftover, 'latin1');
        }
    }
    /** Lexes buf from pos; returns the unscanned remainder when a COPY block begins. */
    scan(final) {
        while (this.pos < this.buf.length) {
            // Re-read each turn: a statement or meta-command that ends shortens buf.
            const b = this.buf;
            const c = b.charCodeAt(this.pos);
            switch (this.mode) {
                case 'normal': {
                    if (isSpace(c)) {
                        this.pos++;
                        continue;
                    }
                    if (c === 0x2d /* - */ || c === 0x2f /* / */) {
                        if (this.pos + 1 >= b.length && !final)
                            return undefined;
                        const d = b.charCodeAt(this.pos + 1);
                        if (c === 0x2d && d === 0x2d) {
                            this.commentStart = this.pos;
                            this.mode = 'line-comment';
                            this.pos += 2;
                            continue;
                        }
                        if (c === 0x2f && d === 0x2a) {
                            this.commentStart = this.pos;
                            this.commentDepth = 1;
                            this.mode = 'block-comment';
                            this.pos += 2;
                            continue;
                        }
                    }
                    if (c === BACKSLASH) {
                        this.metaStart = this.pos;
                        this.mode = 'meta';
                        this.pos++;
                        continue;
                    }
                    this.markStarted();
                    if (c === 0x27 /* ' */) {
                        this.mode = this.standardStrings ? 'squote' : 'equote';
                        this.pos++;
                    }
                    else if (c === 0x22 /* " */) {
                        this.mode = 'dquote';
                        this.pos++;
                    }
                    else if (c === 0x24 /* $ */) {
                        // $tag$ opens a dollar quote; $1 is a parameter.
                        let end = this.pos + 1;
                        if (end < b.length && isIdentStart(b.charCodeAt(end))) {
                            end++;
                            while (end < b.length && isDollarTagCont(b.charCodeAt(end)))
                                end++;
                        }
                        if (end >= b.length && !final)
                            return undefined;
                        if (b.charCodeAt(end) === 0x24) {
                            this.dollarTag = b.slice(this.pos, end + 1);
                            this.mode = 'dollar';
                            this.pos = end + 1;
                        }
                        else {
                            this.pos++;
                        }
                    }
                    else if (isIdentStart(c)) {
                        let end = this.pos + 1;
                        while (end < b.length && isIdentCont(b.charCodeAt(end)))
                            end++;
                        if (end >= b.length && !final)
                            return undefined;
                        const word = b.slice(this.pos, end);
                        this.pos = end;
                        if ((word === 'E' || word === 'e') && b.charCodeAt(end) === 0x27) {
                            this.mode = 'equote';
                            this.pos++;
                        }
                        else {
                            this.onIdentifier(foldCase(word));
                        }
                    }
                    else if (isDigit(c)) {
                        let end = this.pos + 1;
                        while (end < b.length && (isIdentCont(b.charCodeAt(end)) || b.charCodeAt(end) === 0x2e))
                            end++;
                        if (end >= b.length && !final)
                            return undefined;
                        this.pos = end;
                    }
                    else if (c === 0x28 /* ( */) {
                        this.parenDepth++;
                        this.pos++;
                    }
                    else if (c === 0x29 /* ) */) {
                        if (this.parenDepth > 0)
                            this.parenDepth--;
                        this.pos++;
                    }
                    else if (c === 0x3b /* ; */) {
                        this.pos++;
                        if (this.parenDepth === 0 && this.beginDepth === 0) {
                            const leftover = this.endStatement(true, final);
                            if (leftover === null)
                                return undefined;
                            if (leftover !== undefined)
                                return leftover;
                        }
                    }
                    else {
                        this.pos++;
                    }
                    continue;
                }
                case 'squote':
                case 'dquote': {
                    const quote = this.mode === 'squote' ? "'" : '"';
                    const i = b.indexOf(quote, this.pos);
                    if (i === -1) {
                        this.pos = b.length;
                        continue;
                    }
                    if (i + 1 >= b.length && !final) {
                        this.pos = i;
                        return undefined;
                    }
                    if (b[i + 1] === quote) {
                        this.pos = i + 2;
                    }
                    else {
                        this.pos = i + 1;
                        this.mode = 'normal';
                    }
                    continue;
                }
                case 'equote': {
                    if (c === BACKSLASH) {
                        if (this.pos + 1 >= b.length && !final)
                            return undefined;
                        this.pos += 2;
                    }
                    else if (c === 0x27) {
                        if (this.pos + 1 >= b.length && !final)
                            return undefined;
                        if (b.charCodeAt(this.pos + 1) === 0x27)
                            this.pos += 2;
                        else {
                            this.pos++;
                            this.mode = 'normal';
                        }
                    }
                    else {
                        this.pos++;
                    }
                    continue;
                }
                case 'dollar': {
                    const i = b.indexOf(this.dollarTag, this.pos);
                    if (i === -1) {
                        // The closing tag may straddle this chunk and the next.
                        this.pos = Math.max(this.pos, b.length - this.dollarTag.length + 1);
                        if (final)
                            this.pos = b.length;
                        if (!final)
                            return undefined;
                        continue;
                    }
                    this.pos = i + this.dollarTag.length;
                    this.mode = 'normal';
                    continue;
                }
                case 'line-comment': {
                    const i = b.indexOf('\n', this.pos);
                    if (i === -1) {
                        this.pos = b.length;
                        if (!final)
                            return undefined;
                        this.skips.push([this.commentStart, b.length]);
                        this.mode = 'normal';
                        continue;
                    }
                    this.pos = i + 1;
                    this.skips.push([this.commentStart, i]);
                    this.mode = 'normal';
                    continue;
                }
                case 'block-comment': {
                    if (c === 0x2a /* * */ || c === 0x2f /* / */) {
                        if (this.pos + 1 >= b.length && !final)
                            return undefined;
                        const d = b.charCodeAt(this.pos + 1);
                        if (c === 0x2a && d === 0x2f) {
                            this.pos += 2;
                            if (--this.commentDepth === 0) {
                                this.skips.push([this.commentStart, this.pos]);
                                this.mode = 'normal';
                            }
                            continue;
                        }
                        if (c === 0x2f && d === 0x2a) {
                            this.pos += 2;
                            this.commentDepth++;
                            continue;
                        }
                    }
                    this.pos++;
                    continue;
                }
                case 'meta': {
                    const i = b.indexOf('\n', this.pos);
                    if (i === -1 && !final) {
                        this.pos = b.length;
                        return undefined;
                    }
                    const end = i === -1 ? b.length : i + 1;
                    this.pos = end;
                    this.mode = 'normal';
                    this.onMeta(end);
                    continue;
                }
            }
        }
        if (final)
            this.finish();
        return undefined;
    }
    markStarted() {
        if (this.started)
            return;
        this.started = true;
        this.startLine = this.bufLine + countNewlines(this.buf, 0, this.pos);
    }
    /** psqlscan.l: `;` inside CREATE FUNCTION/PROCEDURE … BEGIN ATOMIC … END does not end the statement. */
    onIdentifier(word) {
        if (this.identifierCount === 0)
            this.identifiers = [];
        if (['create', 'function', 'procedure', 'or', 'replace'].includes(word) && this.identifierCount < 4) {
            this.identifiers[this.identifierCount] = word[0];
        }
        this.identifierCount++;
        const id = this.identifiers;
        const inRoutine = id[0] === 'c' &&
            (id[1] === 'f' || id[1] === 'p' || (id[1] === 'o' && id[2] === 'r' && (id[3] === 'f' || id[3] === 'p')));
        if (inRoutine && this.parenDepth === 0) {
            if (word === 'begin')
                this.beginDepth++;
            else if (word === 'case' && this.beginDepth >= 1)
                this.beginDepth++;
            else if (word === 'end' && this.beginDepth > 0)
                this.beginDepth--;
        }
    }
    onMeta(end) {
        const b = this.buf;
        const raw = b.slice(this.metaStart, end);
        const text = decodeRaw(raw.slice(1)).replace(/\r?\n$/, '');
        // `\.` and `\\` are commands of their own; others run to the first blank.
        const m = /^(\.|\\|[^\s\\]*)\s*([\s\S]*)$/.exec(text);
        const line = this.bufLine + countNewlines(b, 0, this.metaStart);
        const meta = { kind: 'meta', raw, command: m[1], args: m[2].trim(), line };
        if (this.started) {
            this.innerMetas.push(meta);
            this.skips.push([this.metaStart, end]);
            return;
        }
        // The comments and blanks before it are emitted with it; the meta-command's line is its own item.
        if (this.metaStart > 0)
            this.emitLeading(this.metaStart);
        meta.raw = this.buf.slice(0, end - this.metaStart);
        this.consume(end - this.metaStart);
        this.out.push(meta);
    }
    /** Blanks and comments before a meta-command at statement level. */
    emitLeading(upTo) {
        this.out.push({ kind: 'gap', raw: this.buf.slice(0, upTo) });
        this.consume(upTo);
    }
    /** Drops `n` chars from the front of buf (already emitted). */
    consume(n) {
        this.bufLine += countNewlines(this.buf, 0, n);
        this.buf = this.buf.slice(n);
        this.pos -= n;
        this.skips = [];
    }
    /**
     * The statement ends at pos. Returns: the remainder to read as COPY data (string), null when the
     * rest of the COPY line has not arrived yet, or undefined to go on lexing.
     */
    endStatement(terminated, final) {
        let end = this.pos;
        const sql = this.sqlText(end);
        const copyFromStdin = terminated && isCopyFromStdin(sql);
        let trailing;
        if (copyFromStdin) {
            const nl = this.buf.indexOf('\n', end);
            if (nl === -1 && !final) {
                // Wait for the line's end; rescanning from the `;` is harmless.
                this.pos = end - 1;
                return null;
            }
            const lineEnd = nl === -1 ? this.buf.length : nl + 1;
            const rest = this.buf.slice(end, lineEnd);
            if (rest.trim() !== '')
                trailing = decodeRaw(rest).trim();
            end = lineEnd;
        }
        const statement = {
            kind: 'statement',
            raw: this.buf.slice(0, end),
            sql,
            line: this.startLine,
            terminated,
            copyFromStdin,
            innerMetas: this.innerMetas,
            ...(trailing !== undefined ? { copyTrailing: trailing } : {}),
        };
        this.out.push(statement);
        this.trackSettings(sql);
        const leftover = this.buf.slice(end);
        this.bufLine += countNewlines(this.buf, 0, end);
        this.buf = '';
        this.pos = 0;
        this.resetStatement();
        if (copyFromStdin) {
            this.copy = { hold: EMPTY, lineStart: true };
            return leftover;
        }
        this.buf = leftover;
        return undefined;
    }
    resetStatement() {
        this.started = false;
        this.skips = [];
        this.innerMetas = [];
        this.parenDepth = 0;
        this.beginDepth = 0;
        this.identifierCount = 0;
        this.identifiers = [];
    }
    sqlText(end) {
        let out = '';
        let at = 0;
        for (const [s, e] of this.skips) {
            if (s >= end)
                break;
            out += `${this.buf.slice(at, s)} `;
            at = Math.min(e, end);
        }
        out += this.buf.slice(at, end);
        return decodeRaw(out).trim();
    }
    /** With standard_conforming_strings off, backslashes escape in '…' too (pre-9.1 dumps set it). */
    trackSettings(sql) {
        const m = /^SET\s+(?:SESSION\s+)?standard_conforming_strings\s*(?:=|TO)\s*'?(on|off|true|false)'?/i.exec(sql) ??
            /^SELECT\s+pg_catalog\.set_config\('standard_conforming_strings',\s*'(on|off)'/i.exec(sql);
        if (m)
            this.standardStrings = /^(on|true)$/i.test(m[1]);
    }
    finish() {
        if (this.mode === 'line-comment')
            this.skips.push([this.commentStart, this.buf.length]);
        if (this.mode === 'block-comment')
            this.skips.push([this.commentStart, this.buf.length]);
        this.mode = 'normal';
        if (this.started) {
            this.pos = this.buf.length;
            this.endStatement(false, true);
        }
        if (this.buf.length > 0)
            this.out.push({ kind: 'gap', raw: this.buf });
        this.buf = '';
        this.pos = 0;
    }
    /**
     * COPY data: lines up to one that is exactly `\.`. Only lines starting with a backslash are looked
     * at, and only an undecidable tail (`\` or `\.` at the end of the input) is held back; everything
     * else passes straight through. Returns what follows the block.
     */
    feedCopy(bytes, final) {
        const copy = this.copy;
        const input = copy.hold.length ? Buffer.concat([copy.hold, bytes]) : bytes;
        copy.hold = EMPTY;
        const len = input.length;
        const nextLine = (from) => {
            const i = input.indexOf('\n\\', from);
            return i === -1 ? -1 : i + 1;
        };
        let p = copy.lineStart && input[0] === BACKSLASH ? 0 : nextLine(0);
        while (p !== -1) {
            let end = -1;
            let undecided = false;
            if (p + 1 >= len)
                undecided = true;
            else if (input[p + 1] === 0x2e /* . */) {
                const q = p + 2;
                if (q >= len)
                    undecided = true;
                else if (input[q] === 0x0a)
                    end = q + 1;
                else if (input[q] === 0x0d) {
                    if (q + 1 >= len)
                        undecided = true;
                    else if (input[q + 1] === 0x0a)
                        end = q + 2;
                }
            }
            if (undecided && final)
                end = len;
            if (end !== -1) {
                if (p > 0)
                    this.out.push(new CopyData(input.subarray(0, p)));
                this.out.push({ kind: 'copy-end', raw: input.toString('latin1', p, end), terminated: true });
                if (this.copyLines)
                    this.bufLine += countNewlineBytes(input, 0, end);
                this.copy = undefined;
                return input.subarray(end);
            }
            if (undecided) {
                if (p > 0)
                    this.out.push(new CopyData(input.subarray(0, p)));
                if (this.copyLines)
                    this.bufLine += countNewlineBytes(input, 0, p);
                // Copied: a view would pin the whole chunk until the next one arrives.
                copy.hold = Buffer.from(input.subarray(p));
                copy.lineStart = true;
                return EMPTY;
            }
            p = nextLine(p);
        }
        if (len > 0)
            this.out.push(new CopyData(input));
        if (this.copyLines)
            this.bufLine += countNewlineBytes(input, 0, len);
        if (len > 0)
            copy.lineStart = input[len - 1] === 0x0a;
        if (final) {
            this.out.push({ kind: 'copy-end', raw: '', terminated: false });
            this.copy = undefined;
        }
        return EMPTY;
    }
}
const EMPTY = Buffer.alloc(0);
function countNewlineBytes(b, from, to) {
    let n = 0;
    for (let i = b.indexOf(0x0a, from); i !== -1 && i < to; i = b.indexOf(0x0a, i + 1))
        n++;
    return n;
}
function countNewlines(s, from, to) {
    let n = 0;
    for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/** `COPY … FROM stdin` (pg_dump's form; psql's `FROM STDIN` in any case). */
function isCopyFromStdin(sql) {
    const tokens = tokenize(sql);
    if (!isWord(tokens[0], 'copy'))
        return false;
    const from = tokens.findIndex((t) => isWord(t, 'from'));
    return from > 0 && isWord(tokens[from + 1], 'stdin');
}
/**
 * The tokens of one statement's `sql` (comments already removed): words (keywords and unquoted
 * identifiers, `lower` folded as PostgreSQL folds them), quoted identifiers (unescaped), strings
 * (their value), numbers and operators/punctuation one char at a time.
 */
function tokenize(sql, standardStrings = true) {
    const out = [];
    let i = 0;
    const n = sql.length;
    while (i < n) {
        const start = i;
        const before = out.length;
        const ch = sql[i];
        const c = sql.charCodeAt(i);
        if (isSpace(c)) {
            i++;
        }
        else if (ch === '-' && sql[i + 1] === '-') {
            const e = sql.indexOf('\n', i);
            i = e === -1 ? n : e + 1;
        }
        else if (ch === '/' && sql[i + 1] === '*') {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (sql[i] === '*' && sql[i + 1] === '/') {
                    depth--;
                    i += 2;
                }
                else if (sql[i] === '/' && sql[i + 1] === '*') {
                    depth++;
                    i += 2;
                }
                else
                    i++;
            }
        }
        else if (ch === '"') {
            const q = readQuoted(sql, i + 1, '"', false);
            out.push({ kind: 'quoted', text: q.text, ...(q.closed ? {} : { unclosed: true }) });
            i = q.end;
        }
        else if (ch === "'" ||
            ((ch === 'E' || ch === 'e') && sql[i + 1] === "'" && !isIdentCont(sql.charCodeAt(i - 1)))) {
            const q = readQuoted(sql, i + (ch === "'" ? 1 : 2), "'", ch !== "'" || !standardStrings);
            out.push({ kind: 'string', text: q.text, ...(q.closed ? {} : { unclosed: true }) });
            i = q.end;
        }
        else if (ch === '$') {
            const m = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 200));
            if (m) {
                const close = sql.indexOf(m[0], i + m[0].length);
                const end = close === -1 ? n : close;
                out.push({ kind: 'string', text: sql.slice(i + m[0].length, end) });
                i = close === -1 ? n : close + m[0].length;
            }
            else {
                let e = i + 1;
                while (e < n && isDigit(sql.charCodeAt(e)))
                    e++;
                out.push({ kind: 'param', text: sql.slice(i, e) });
                i = Math.max(e, i + 1);
            }
        }
        else if (isIdentStart(c)) {
            let e = i + 1;
            while (e < n && isIdentCont(sql.charCodeAt(e)))
                e++;
            const text = sql.slice(i, e);
            out.push({ kind: 'word', text, lower: foldCase(text) });
            i = e;
        }
        else if (isDigit(c)) {
            let e = i + 1;
            while (e < n && (isIdentCont(sql.charCodeAt(e)) || sql[e] === '.'))
                e++;
            out.push({ kind: 'number', text: sql.slice(i, e) });
            i = e;
        }
        else {
            out.push({ kind: 'op', text: ch });
            i++;
        }
        if (out.length > before)
            Object.assign(out[before], { start, end: i });
    }
    return out;
}
/** The value of a '…' or "…" from just after the opening quote: doubled quotes, and backslashes when `escapes`. */
function readQuoted(sql, start, quote, escapes) {
    let text = '';
    let i = start;
    while (i < sql.length) {
        if (escapes && sql[i] === '\\') {
            text += sql[i + 1] ?? '';
            i += 2;
        }
        else if (sql[i] === quote) {
            if (sql[i + 1] !== quote)
                return { text, end: i + 1, closed: true };
            text += quote;
            i += 2;
        }
        else
            text += sql[i++];
    }
    return { text, end: i, closed: false };
}
/** PostgreSQL folds unquoted names ASCII-only (downcase_identifier in a multibyte encoding). */
function foldCase(word) {
    return word.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
function isWord(token, lower) {
    return token?.kind === 'word' && token.lower === lower;
}
/** Lexes a whole stream (file, pg_restore's stdout …), item by item. */
async function* lexPlainSql(input, opts = {}) {
    const lexer = new PlainSqlLexer(opts);
    for await (const chunk of input)
        yield* lexer.push(chunk);
    yield* lexer.end();
}


/***/ }),

/***/ 7303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ RoleCollector)
/* harmony export */ });
/* unused harmony exports rolesInStatement, roleCreatedBy */
/* harmony import */ var _plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3304);
// Which role names a script's statements need to exist before they run: owners, grantees, policy
// roles, user mappings, default-privilege roles. Read from real statements (the lexer's, or the
// TOC's SQL) and their tokens, never from text that merely looks like a statement.

/** Names that are keywords in a role position, and roles every server already has. */
const NOT_ROLES = new Set(['public', 'current_user', 'session_user', 'current_role', 'user', 'none']);
function roleName(t) {
    if (!t)
        return undefined;
    if (t.kind === 'quoted')
        return t.text;
    if (t.kind === 'word')
        return t.lower;
    return undefined;
}
/** A comma list of role names from `at`: `a, "B c", GROUP d`. */
function nameList(tokens, at) {
    const out = [];
    let i = at;
    for (;;) {
        if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'group') && roleName(tokens[i + 1]) !== undefined && tokens[i + 1].kind !== 'op')
            i++;
        const name = roleName(tokens[i]);
        if (name === undefined)
            return out;
        out.push(name);
        if (tokens[i + 1]?.kind === 'op' && tokens[i + 1].text === ',')
            i += 2;
        else
            return out;
    }
}
/** Index of the first word `word` outside parentheses, from `from`; -1 when absent. */
function topLevel(tokens, word, from = 0) {
    let depth = 0;
    for (let i = from; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === 'op' && t.text === '(')
            depth++;
        else if (t.kind === 'op' && t.text === ')')
            depth--;
        else if (depth === 0 && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, word))
            return i;
    }
    return -1;
}
/** GRANT/REVOKE from tokens[at]: grantees, GRANTED BY, and for role membership the granted roles. */
function grantRoles(tokens, at) {
    const grant = (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[at], 'grant');
    const keyword = grant ? 'to' : 'from';
    const k = topLevel(tokens, keyword, at + 1);
    if (k < 0)
        return [];
    const out = nameList(tokens, k + 1);
    const on = topLevel(tokens, 'on', at + 1);
    if (on < 0 || on > k) {
        // GRANT role TO role: the granted roles must exist too.
        let first = at + 1;
        if (!grant &&
            ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[first], 'admin') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[first], 'inherit') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[first], 'set'))) {
            first += 3; // ADMIN OPTION FOR
        }
        out.push(...nameList(tokens, first));
    }
    const by = topLevel(tokens, 'granted', k);
    if (by >= 0 && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[by + 1], 'by'))
        out.push(...nameList(tokens, by + 2));
    return out;
}
/** The roles one statement names in a role position. */
function rolesInStatement(sql) {
    const tokens = (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .qw)(sql);
    const first = tokens[0];
    if (first?.kind !== 'word')
        return [];
    const out = [];
    switch (first.lower) {
        case 'alter': {
            if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[1], 'default') && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[2], 'privileges')) {
                if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[3], 'for'))
                    out.push(...nameList(tokens, 5));
                const g = tokens.findIndex((t, i) => i > 2 && ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, 'grant') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, 'revoke')));
                if (g > 0)
                    out.push(...grantRoles(tokens, g));
                break;
            }
            if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[1], 'policy')) {
                const to = topLevel(tokens, 'to', 2);
                if (to >= 0 && !(0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[to - 1], 'rename'))
                    out.push(...nameList(tokens, to + 1));
                break;
            }
            if (((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[1], 'user') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[1], 'server')) && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[2], 'mapping')) {
                const f = topLevel(tokens, 'for', 3);
                if (f >= 0)
                    out.push(...nameList(tokens, f + 1));
                break;
            }
            const owner = tokens.findIndex((t, i) => (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, 'owner') && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i + 1], 'to'));
            if (owner > 0)
                out.push(...nameList(tokens, owner + 2));
            break;
        }
        case 'grant':
        case 'revoke':
            out.push(...grantRoles(tokens, 0));
            break;
        case 'create': {
            let i = 1;
            if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'or') && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i + 1], 'replace'))
                i += 2;
            if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'user') && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i + 1], 'mapping')) {
                const f = topLevel(tokens, 'for', i + 2);
                if (f >= 0)
                    out.push(...nameList(tokens, f + 1));
            }
            else if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'policy')) {
                const to = topLevel(tokens, 'to', i + 1);
                if (to >= 0)
                    out.push(...nameList(tokens, to + 1));
            }
            else if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'schema')) {
                const a = topLevel(tokens, 'authorization', i + 1);
                if (a >= 0)
                    out.push(...nameList(tokens, a + 1));
            }
            break;
        }
        case 'set': {
            let i = 1;
            if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'session') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'local'))
                i++;
            if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'session') && (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i + 1], 'authorization'))
                i += 2;
            else if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'authorization'))
                i++;
            else if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[i], 'role'))
                i++;
            else
                break;
            const t = tokens[i];
            if (t?.kind === 'string')
                out.push(t.text);
            else if (t && !(0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, 'default') && !(0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(t, 'none'))
                out.push(...nameList(tokens, i));
            break;
        }
    }
    return out.filter((r) => !NOT_ROLES.has(r) && !r.startsWith('pg_'));
}
/** Roles a statement creates: `CREATE ROLE|USER|GROUP name` (pg_dumpall); `CREATE USER MAPPING` is not one. */
function roleCreatedBy(sql) {
    const tokens = (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .qw)(sql);
    if (!(0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[0], 'create'))
        return undefined;
    const kind = tokens[1];
    if (!((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(kind, 'role') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(kind, 'user') || (0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(kind, 'group')))
        return undefined;
    if ((0,_plain_sql_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .isWord */ .Jg)(tokens[2], 'mapping'))
        return undefined;
    return roleName(tokens[2]);
}
/** Collects, in first-seen order, the roles statements need and the roles the script creates itself. */
class RoleCollector {
    needed = new Set();
    created = new Set();
    add(sql) {
        const made = roleCreatedBy(sql);
        if (made)
            this.created.add(made);
        for (const r of rolesInStatement(sql))
            this.needed.add(r);
    }
    /** Roles to create before the script runs: referenced, and not created by the script itself. */
    missing() {
        return [...this.needed].filter((r) => !this.created.has(r));
    }
}


/***/ }),

/***/ 1145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   lW: () => (/* binding */ parseDurationSeconds)
/* harmony export */ });
/* unused harmony export requireDuration */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DURATION = /^(?:\d+(?:\.\d+)?[smhdw])+$/;
/** A century: longer than any schedule or retention; beyond it a number is a typo. */
const MAX_SECONDS = 100 * 366 * 86_400;
const DURATION_HINT = 'a duration like 90m, 23h, 14d or 1h30m';
/** Parses `90m`, `23h`, `14d`, `1h30m` into seconds; returns undefined when the text is not one. */
function parseDurationSeconds(text) {
    const t = text.trim().toLowerCase();
    if (!DURATION.test(t))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of t.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
        total += Number(amount) * UNIT_SECONDS[unit];
    }
    // 400 nines are a number, but not a duration anyone means ("no gap over Infinityd").
    return Number.isFinite(total) && total <= MAX_SECONDS ? total : undefined;
}
function requireDuration(input, text) {
    const seconds = parseDurationSeconds(text);
    if (seconds === undefined) {
        throw new InputError(`Invalid ${input} "${text}": expected ${DURATION_HINT}.`);
    }
    return seconds;
}


/***/ }),

/***/ 9671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ requireBinDir),
/* harmony export */   Ov: () => (/* binding */ requireBackupFolder)
/* harmony export */ });
/* unused harmony export requireReportPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);



/**
 * Checks of local paths given as inputs, made while the settings are parsed: before any network
 * or database connection. Only stat/access calls, which return at once even on /proc; nothing is
 * ever opened or read here.
 */
/** Pseudo file systems: writing a report there can block forever or do something else entirely. */
const SPECIAL = ['/proc', '/sys', '/dev'];
function statOf(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch {
        return undefined;
    }
}
function isExecutableFile(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
/** A bin directory must exist and hold every tool named (so another one is never used silently). */
function requireBinDir(dir, tools, input = 'postgres-bin-dir') {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    if (!statOf(resolved)?.isDirectory()) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${dir}": not a directory; expected the directory holding ${tools.join(', ')}`);
    }
    const missing = tools.filter((t) => !isExecutableFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(resolved, t)));
    if (missing.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${dir}": it holds no ${missing.join(', ')}; expected the directory holding ${tools.join(', ')} (e.g. /usr/lib/postgresql/16/bin)`);
    }
    return resolved;
}
function underSpecial(resolved) {
    return SPECIAL.find((root) => resolved === root || resolved.startsWith(`${root}/`));
}
/** The nearest existing ancestor of `resolved` (itself when it exists). */
function existingAncestor(resolved) {
    let at = resolved;
    while (!statOf(at) && node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at) !== at)
        at = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
    return at;
}
/** A directory that is, or can be made, writable: a backup destination, a report's folder. */
function requireWritableDirectory(resolved, shown, input, accepted) {
    const special = underSpecial(resolved);
    if (special)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${shown}": ${special} is not a place for files; ${accepted}`);
    const ancestor = existingAncestor(resolved);
    if (!statOf(ancestor)?.isDirectory()) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${shown}": ${ancestor} is a file, not a directory; ${accepted}`);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(ancestor, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid ${input} "${shown}": ${ancestor} is not writable; ${accepted}`);
    }
}
/** A folder store to back up into: a directory (made if missing) this process can write. */
function requireBackupFolder(folder, shown, input = 'dest') {
    requireWritableDirectory(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(folder), shown, input, 'expected a writable directory, file:///path or s3://bucket/prefix');
}
/** Where the JSON report goes: a file (not a directory) whose folder exists or can be made. */
function requireReportPath(file, base, input = 'report-path') {
    const resolved = path.resolve(base, file);
    const accepted = 'expected a file path in a writable directory, like lifeboat-report.json';
    if (statOf(resolved)?.isDirectory())
        throw new InputError(`Invalid ${input} "${file}": a directory; ${accepted}`);
    requireWritableDirectory(path.dirname(resolved), file, input, accepted);
    return resolved;
}


/***/ }),

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OP: () => (/* binding */ commonOptions),
  kM: () => (/* binding */ decryptionOptions),
  Lx: () => (/* binding */ discoveryOptions),
  Ac: () => (/* binding */ parseOptions),
  dg: () => (/* binding */ registerSecrets),
  Aq: () => (/* binding */ zAgeIdentity),
  jn: () => (/* binding */ zBinDir),
  Rh: () => (/* binding */ zBoolean),
  tk: () => (/* binding */ zDuration),
  kD: () => (/* binding */ zEnum),
  DP: () => (/* binding */ zOptionalDuration),
  _t: () => (/* binding */ zPercent),
  gr: () => (/* binding */ zSize),
  CZ: () => (/* binding */ zTimeZone)
});

// UNUSED EXPORTS: withDefaults

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/settings/age-identity.ts



/** An age X25519 identity as age-keygen writes it: the prefix, then 58 bech32 characters. */
const IDENTITY = /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/;
const ACCEPTED = 'expected AGE-SECRET-KEY-1… lines as age-keygen writes them, or the path of such a file';
/**
 * Checks the age-identity input before anything connects: every AGE-SECRET-KEY line well formed,
 * or a readable regular file holding such lines. Never echoes the value: it is a secret.
 */
function requireAgeIdentity(value, input = 'age-identity') {
    let text = value;
    if (!/AGE-SECRET-KEY-/i.test(value)) {
        const file = external_node_path_default().resolve(value.trim());
        // Only a regular file is read: a FIFO or /proc entry could block the run forever.
        let regular = false;
        try {
            regular = (0,external_node_fs_.statSync)(file).isFile();
        }
        catch {
            // Reported below.
        }
        if (!regular)
            throw new errors/* InputError */.d(`Invalid ${input}: holds no AGE-SECRET-KEY-1… line and names no file; ${ACCEPTED}`);
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            throw new errors/* InputError */.d(`Invalid ${input}: the file it names cannot be read; ${ACCEPTED}`);
        }
    }
    const keys = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^AGE-SECRET-KEY-/i.test(l));
    if (keys.length === 0 || keys.some((k) => !IDENTITY.test(k.toUpperCase()))) {
        throw new errors/* InputError */.d(`Invalid ${input}: an AGE-SECRET-KEY line is malformed; ${ACCEPTED}`);
    }
}

// EXTERNAL MODULE: ./src/settings/local-paths.ts
var local_paths = __webpack_require__(9671);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/settings/boolean.ts
var settings_boolean = __webpack_require__(709);
// EXTERNAL MODULE: ./src/settings/duration.ts
var duration = __webpack_require__(1145);
;// CONCATENATED MODULE: ./src/settings/size.ts
const UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1000,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1000 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1000 ** 3,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1000 ** 4,
    tib: 1024 ** 4,
};
const SIZE_HINT = 'a size like 1024, 1KiB, 10MB or 2GiB';
/** Parses `1KiB`, `10MB`, `512` into bytes; returns undefined when the text is not a size. */
function parseSizeBytes(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
    if (!m)
        return undefined;
    const unit = UNITS[m[2].toLowerCase()];
    if (unit === undefined)
        return undefined;
    const bytes = Math.round(Number(m[1]) * unit);
    return Number.isSafeInteger(bytes) ? bytes : undefined;
}

;// CONCATENATED MODULE: ./src/settings/options.ts








/**
 * Registers every secret among raw options before anything can echo them: values of `secret`
 * options whole, and the password of any URL-valued option (database-url, target).
 */
function registerSecrets(specs, raw) {
    for (const [name, value] of Object.entries(raw)) {
        if (!value)
            continue;
        if (specs[name]?.secret)
            (0,secrets/* addSecret */.Ck)(value);
        if (value.includes('://'))
            (0,secrets/* addUrlSecrets */.EI)(value);
    }
}
/** Applies defaults; empty strings count as "not given" (GitHub passes unset inputs as ""). */
function withDefaults(specs, raw) {
    const out = {};
    for (const [name, spec] of Object.entries(specs)) {
        const given = raw[name];
        const value = given === undefined || given === '' ? spec.default : given;
        out[name] = value === '' ? undefined : value;
    }
    return out;
}
/**
 * Parses raw options with a zod schema whose keys are the option names; the first problem becomes
 * one InputError line naming the option, the value and what is accepted.
 */
function parseOptions(specs, schema, raw) {
    const values = withDefaults(specs, raw);
    for (const [name, spec] of Object.entries(specs)) {
        if (spec.required && (values[name] === undefined || values[name] === '')) {
            throw new errors/* InputError */.d(`Missing ${name}: ${spec.description}`);
        }
    }
    const parsed = schema.safeParse(values);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'input');
    const value = values[name];
    // A secret is never quoted back, even redacted.
    const shown = value === undefined || specs[name]?.secret ? '' : ` "${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`;
    throw new errors/* InputError */.d(`Invalid ${name}${shown}: ${issue.message}`);
}
const zDuration = (opts = {}) => schemas/* string */.YjP().transform((text, ctx) => {
    const seconds = (0,duration/* parseDurationSeconds */.lW)(text);
    if (seconds === undefined || (!opts.allowZero && seconds <= 0)) {
        ctx.addIssue({ code: 'custom', message: `expected ${duration/* DURATION_HINT */.Fp}` });
        return core/* NEVER */.tm;
    }
    return seconds;
});
const zOptionalDuration = () => schemas/* string */.YjP().optional().pipe(zDuration().optional());
const zSize = () => schemas/* string */.YjP().transform((text, ctx) => {
    const bytes = parseSizeBytes(text);
    if (bytes === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected ${SIZE_HINT}` });
        return core/* NEVER */.tm;
    }
    return bytes;
});
const zPercent = () => schemas/* string */.YjP().transform((text, ctx) => {
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
    const v = m ? Number(m[1]) : NaN;
    if (!m || v < 0 || v > 100) {
        ctx.addIssue({ code: 'custom', message: 'expected a percentage from 0% to 100%, like 50%' });
        return core/* NEVER */.tm;
    }
    return v / 100;
});
const zBoolean = () => schemas/* string */.YjP()
    .optional()
    .transform((text, ctx) => {
    if (text === undefined || text.trim() === '')
        return false;
    const value = (0,settings_boolean/* booleanOrUndefined */.yD)(text);
    if (value !== undefined)
        return value;
    ctx.addIssue({ code: 'custom', message: `expected ${settings_boolean/* BOOLEAN_HINT */.Vk}` });
    return core/* NEVER */.tm;
});
/** A secret key input, checked but never echoed. */
const zAgeIdentity = () => schemas/* string */.YjP()
    .optional()
    .superRefine((text, ctx) => {
    if (!text?.trim())
        return;
    try {
        requireAgeIdentity(text);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: (0,errors/* errorMessage */.g)(error).replace(/^Invalid age-identity: /, '') });
    }
});
/**
 * A local directory of PostgreSQL tools: must exist and hold `tools` (or every one of `orTools`:
 * the drill takes a directory of server binaries alone, its client tools then come from elsewhere),
 * or another one is used silently.
 */
const zBinDir = (tools, orTools) => schemas/* string */.YjP()
    .optional()
    .superRefine((text, ctx) => {
    if (!text?.trim())
        return;
    try {
        (0,local_paths/* requireBinDir */.IB)(text.trim(), tools);
    }
    catch (error) {
        if (orTools) {
            try {
                (0,local_paths/* requireBinDir */.IB)(text.trim(), orTools);
                return;
            }
            catch {
                // The first set's message says what is missing.
            }
        }
        ctx.addIssue({
            code: 'custom',
            message: (0,errors/* errorMessage */.g)(error).replace(/^Invalid postgres-bin-dir "[^"]*": /, ''),
        });
    }
});
const zEnum = (values) => schemas/* string */.YjP().transform((text, ctx) => {
    const t = text.trim().toLowerCase();
    if (!values.includes(t)) {
        ctx.addIssue({ code: 'custom', message: `expected one of ${values.join(', ')}` });
        return core/* NEVER */.tm;
    }
    return t;
});
/** How a store's backups are found: the same for verify, drill, restore and extract. */
const discoveryOptions = {
    database: { description: 'Only backups of this database, when a prefix holds several.', default: '' },
    timezone: { description: 'Time zone of timestamps in backup names that carry none (IANA name).', default: 'UTC' },
    's3-force-path-style': {
        description: 'Use path-style S3 addressing (MinIO, some S3-compatible stores).',
        default: 'false',
        boolean: true,
    },
};
const zTimeZone = () => schemas/* string */.YjP().refine((zone) => {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}, { message: 'expected an IANA time zone like UTC or Europe/Berlin' });
/** Keys of encrypted backups: verify and drill decrypt in the stream (the passphrase is never written anywhere). */
const decryptionOptions = {
    'decryption-passphrase': {
        description: 'Passphrase of encrypted backups (gpg --symmetric, openssl enc, age -p), from a secret; decrypted in the stream, never written to disk.',
        default: '',
        secret: true,
        env: ['LIFEBOAT_DECRYPTION_PASSPHRASE'],
    },
    'age-identity': {
        description: 'age identity (AGE-SECRET-KEY-1… lines) of age-encrypted backups, from a secret.',
        default: '',
        secret: true,
        env: ['LIFEBOAT_AGE_IDENTITY'],
    },
};
/** Options every command shares. */
const commonOptions = {
    'fail-on': {
        description: 'Which verdict fails the step / exits non-zero: critical, warning or never.',
        default: 'critical',
        // A terminal or a monitoring agent wants 1 for a warning, as check_* plugins exit.
        cliDefault: 'warning',
    },
    'report-path': {
        description: 'Where to write the JSON report.',
        default: 'lifeboat-report.json',
        only: 'action',
    },
    format: {
        description: 'Output on stdout: text, json (the report, schema lifeboat-report/2) or nagios (one line with perfdata).',
        default: 'text',
        only: 'cli',
    },
    json: { description: 'Same as --format json.', boolean: true, only: 'cli' },
    'github-token': {
        description: 'Token for filing issues and reading workflow runs (needs issues: write, actions: read).',
        default: '${{ github.token }}',
        only: 'action',
        secret: true,
    },
    issue: {
        description: 'Open, update and close a GitHub issue per failing subject.',
        default: 'true',
        only: 'action',
    },
    'issue-labels': { description: 'Extra labels for filed issues (comma-separated).', default: '', only: 'action' },
    'issue-assignees': { description: 'Users assigned to new issues (comma-separated).', default: '', only: 'action' },
};


/***/ })

};
