import { Writable } from 'node:stream';

/** A consumer of the byte stream that may go away early (a process that exits, a stream that errors). */
export interface Sink {
  readonly name: string;
  readonly input: Writable;
  /** Resolves when the consumer can take no more bytes (exited, closed, errored). */
  readonly gone: Promise<void>;
}

/**
 * Writes every chunk to all live sinks and waits until each has accepted it: the slowest consumer
 * sets the pace (backpressure), and a consumer that dies (pg_restore --list after the TOC, a
 * pg_restore that found corruption) is dropped instead of stalling the others.
 */
export class FanOut extends Writable {
  private readonly live: Set<Sink>;

  constructor(sinks: Sink[]) {
    super();
    this.live = new Set(sinks);
    for (const sink of sinks) {
      // EPIPE when a consumer exits before the end is expected; its own result says what happened.
      sink.input.on('error', () => this.live.delete(sink));
      void sink.gone.then(() => this.live.delete(sink));
    }
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    const waits: Promise<void>[] = [];
    for (const sink of this.live) {
      if (sink.input.destroyed || sink.input.writableEnded) {
        this.live.delete(sink);
        continue;
      }
      if (!sink.input.write(chunk)) waits.push(drainOrGone(sink));
    }
    if (waits.length === 0) done();
    else void Promise.all(waits).then(() => done());
  }

  override _final(done: (error?: Error | null) => void): void {
    for (const sink of this.live) {
      if (!sink.input.destroyed && !sink.input.writableEnded) sink.input.end();
    }
    done();
  }
}

export function drainOrGone(sink: Sink): Promise<void> {
  return new Promise((resolve) => {
    // Some stream implementations (decryption stages) are destroyed without emitting 'close':
    // a destroyed or ended input can take no more bytes, whatever events it does or does not send.
    const poll = setInterval(() => {
      if (sink.input.destroyed || sink.input.writableFinished) finish();
    }, 100);
    const finish = () => {
      clearInterval(poll);
      sink.input.off('drain', finish);
      sink.input.off('close', finish);
      resolve();
    };
    sink.input.once('drain', finish);
    sink.input.once('close', finish);
    void sink.gone.then(finish);
  });
}
