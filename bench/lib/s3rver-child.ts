// s3rver in its own process: in the bench process it would share one event loop with whatever is
// being timed there, and its CPU could not be told apart from the client's.
import { readFile } from 'node:fs/promises';
import { startS3rver, type RunningS3rver } from '../../test/support/s3rver.js';

export type S3rverRequest =
  | { id: number; op: 'bucket'; bucket: string }
  | { id: number; op: 'seedFile'; bucket: string; key: string; file: string }
  | { id: number; op: 'seedText'; bucket: string; key: string; text: string }
  | { id: number; op: 'seedMany'; bucket: string; objects: SeedObject[] }
  | { id: number; op: 'stop' };

/** `text`, or `bytes` filler bytes. */
export interface SeedObject {
  key: string;
  text?: string;
  bytes?: number;
  lastModified: string;
}

let server: RunningS3rver | undefined;

async function handle(msg: S3rverRequest): Promise<unknown> {
  const s = server!;
  switch (msg.op) {
    case 'bucket':
      return s.bucket(msg.bucket);
    case 'seedFile':
      return s.seed(msg.bucket, msg.key, await readFile(msg.file));
    case 'seedText':
      return s.seed(msg.bucket, msg.key, msg.text);
    case 'seedMany': {
      // A few writes in flight: one at a time leaves the disk idle between them, thousands at once run out of file handles.
      let next = 0;
      const worker = async () => {
        while (next < msg.objects.length) {
          const o = msg.objects[next++];
          await s.seed(msg.bucket, o.key, o.text ?? Buffer.alloc(o.bytes ?? 0, 0x2d), new Date(o.lastModified));
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      return msg.objects.length;
    }
    case 'stop':
      await s.stop();
      server = undefined;
      return undefined;
  }
}

server = await startS3rver();
process.send!({ ready: true, endpoint: server.endpoint, env: server.env });
process.on('message', (msg: S3rverRequest) => {
  handle(msg).then(
    (result) => {
      process.send!({ id: msg.id, result });
      if (msg.op === 'stop') process.disconnect();
    },
    (error: unknown) => process.send!({ id: msg.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => {
  void server?.stop().finally(() => process.exit(0));
});
