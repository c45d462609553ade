;; The hot loop of CopyCounter (copy-counter.ts) for big pieces of COPY text: rows, fields per row
;; and "any byte >= 0x80", 64 bytes per step with SIMD compares and bit masks. The JS loop does four
;; bytes per step and was the reading thread's largest cost on a big table (1.1 GB/s here; this: ~3).
;; Compiled by scripts/wasm.mjs into line-scan-wasm.ts; `npm run lint` checks the two agree.
;;
;; Memory: results at 0..27 (see $out), the piece at 64.. followed by at least 64 zero bytes, so the
;; last step reads padding, which is neither newline, tab nor >= 0x80.
;;
;; scan(len, fields, exp, atStart) -> where it stopped: len, or the start of a line that is, or may be,
;; the `\.` terminator (the caller reads that line and all after it byte by byte). `fields`: fields
;; so far in the line that continues at 0; `exp`: fields a row must have, 0 for no check; `atStart`:
;; 1 when byte 0 starts a line (then that line is tested for the terminator too).
(module
  ;; 5 pages: 64 bytes of results, a 256 KiB piece and its padding.
  (memory (export "memory") 5)
  ;; 1 when the line starting at $s must go back to the caller: it is, or may be, the `\.` terminator.
  (func $term (param $s i32) (param $len i32) (result i32)
    (if (i32.ne (i32.load8_u offset=64 (local.get $s)) (i32.const 92)) (then (return (i32.const 0))))
    (if (i32.ge_u (i32.add (local.get $s) (i32.const 2)) (local.get $len)) (then (return (i32.const 1))))
    (i32.and
      (i32.eq (i32.load8_u offset=65 (local.get $s)) (i32.const 46))
      (i32.eq (i32.load8_u offset=66 (local.get $s)) (i32.const 10))))
  (func $out (param $rows i32) (param $bad i32) (param $firstBad i32) (param $firstBadFields i32)
             (param $fields i32) (param $last i32) (param $or v128)
    (i32.store offset=0 (i32.const 0) (local.get $rows))
    (i32.store offset=4 (i32.const 0) (local.get $bad))
    (i32.store offset=8 (i32.const 0) (local.get $firstBad))
    (i32.store offset=12 (i32.const 0) (local.get $firstBadFields))
    (i32.store offset=16 (i32.const 0) (local.get $fields))
    (i32.store offset=20 (i32.const 0) (local.get $last))
    (i32.store offset=24 (i32.const 0) (i8x16.bitmask (local.get $or))))
  (func $mask (param $p i32) (param $c v128) (result i64)
    (i64.or
      (i64.or
        (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (v128.load offset=64 (local.get $p)) (local.get $c))))
        (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (v128.load offset=80 (local.get $p)) (local.get $c)))) (i64.const 16)))
      (i64.or
        (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (v128.load offset=96 (local.get $p)) (local.get $c)))) (i64.const 32))
        (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (v128.load offset=112 (local.get $p)) (local.get $c)))) (i64.const 48)))))
  (func (export "scan") (param $len i32) (param $fields i32) (param $exp i32) (param $atStart i32) (result i32)
    (local $p i32) (local $nl i64) (local $tab i64) (local $or v128) (local $below i64)
    (local $rows i32) (local $bad i32) (local $firstBad i32) (local $firstBadFields i32) (local $last i32) (local $s i32)
    (local.set $last (i32.const -1))
    (if (i32.and (local.get $atStart) (call $term (i32.const 0) (local.get $len)))
      (then
        (call $out (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (local.get $fields) (i32.const -1) (local.get $or))
        (return (i32.const 0))))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $p) (local.get $len)))
        (local.set $or (v128.or (local.get $or)
          (v128.or
            (v128.or (v128.load offset=64 (local.get $p)) (v128.load offset=80 (local.get $p)))
            (v128.or (v128.load offset=96 (local.get $p)) (v128.load offset=112 (local.get $p))))))
        (local.set $nl (call $mask (local.get $p) (i8x16.splat (i32.const 10))))
        (local.set $tab (call $mask (local.get $p) (i8x16.splat (i32.const 9))))
        (block $lines
          (loop $line
            (br_if $lines (i64.eqz (local.get $nl)))
            (local.set $below (i64.sub (i64.shl (i64.const 1) (i64.ctz (local.get $nl))) (i64.const 1)))
            (local.set $fields (i32.add (local.get $fields)
              (i32.wrap_i64 (i64.popcnt (i64.and (local.get $tab) (local.get $below))))))
            (local.set $tab (i64.and (local.get $tab) (i64.xor (local.get $below) (i64.const -1))))
            (local.set $rows (i32.add (local.get $rows) (i32.const 1)))
            (if (i32.and (i32.ne (local.get $exp) (i32.const 0)) (i32.ne (local.get $fields) (local.get $exp)))
              (then
                (if (i32.eqz (local.get $bad))
                  (then (local.set $firstBad (local.get $rows)) (local.set $firstBadFields (local.get $fields))))
                (local.set $bad (i32.add (local.get $bad) (i32.const 1)))))
            (local.set $fields (i32.const 1))
            (local.set $s (i32.add (i32.add (local.get $p) (i32.wrap_i64 (i64.ctz (local.get $nl)))) (i32.const 1)))
            (local.set $last (local.get $s))
            (if (i32.lt_u (local.get $s) (local.get $len))
              (then (if (call $term (local.get $s) (local.get $len))
                (then
                  (call $out (local.get $rows) (local.get $bad) (local.get $firstBad) (local.get $firstBadFields)
                    (local.get $fields) (local.get $last) (local.get $or))
                  (return (local.get $s))))))
            (local.set $nl (i64.and (local.get $nl) (i64.sub (local.get $nl) (i64.const 1))))
            (br $line)))
        (local.set $fields (i32.add (local.get $fields) (i32.wrap_i64 (i64.popcnt (local.get $tab)))))
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $blocks)))
    (call $out (local.get $rows) (local.get $bad) (local.get $firstBad) (local.get $firstBadFields)
      (local.get $fields) (local.get $last) (local.get $or))
    (local.get $len)))
