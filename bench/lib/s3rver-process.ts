import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { S3rverRequest } from './s3rver-child.js';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export class S3rverProcess {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly endpoint: string,
    readonly env: Record<string, string>,
  ) {
    child.on('message', (msg: { id: number; result?: unknown; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(`s3rver: ${msg.error}`));
      else p.resolve(msg.result);
    });
    child.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error('s3rver process exited'));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  static start(): Promise<S3rverProcess> {
    const child = fork(path.join(import.meta.dirname, 's3rver-child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`s3rver process exited with ${code} before it was ready`)));
      child.once('message', (msg: { ready: boolean; endpoint: string; env: Record<string, string> }) => {
        child.removeAllListeners('exit');
        resolve(new S3rverProcess(child, msg.endpoint, msg.env));
      });
    });
  }

  request(req: WithoutId<S3rverRequest>): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ ...req, id });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || !this.child.connected) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.request({ op: 'stop' }).catch(() => undefined);
    await exited;
  }
}
