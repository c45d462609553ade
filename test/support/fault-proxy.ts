import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does to one request; `undefined` passes it through untouched. */
export type Fault =
  /** Sends the headers and this share (0–1) of the body, then resets the connection. */
  | { reset: number }
  /** Answers with this HTTP status and an S3 error body. */
  | { status: number };

export interface SeenRequest {
  method: string;
  path: string;
  /** The query string without its `?` (`uploads`, `uploadId=…`). */
  query: string;
  range?: string;
}

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`, to use as the S3 endpoint. */
  url: string;
  /** Every request that reached the proxy, in order. */
  seen: SeenRequest[];
  /** Decides each request's fault; replace it between tests. */
  fault: (req: SeenRequest, index: number) => Fault | undefined;
  close(): Promise<void>;
}

/**
 * An S3 endpoint that misbehaves on purpose, in front of s3rver: connection resets part-way
 * through a body, and error statuses. Everything else is forwarded byte for byte.
 */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const proxy: FaultProxy = {
    url: '',
    seen: [],
    fault: () => undefined,
    // Keep-alive sockets of clients that were killed mid-request would hold server.close() open forever.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server = http.createServer((req, res) => {
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(new URL(req.url ?? '/', 'http://proxy').pathname),
      query: new URL(req.url ?? '/', 'http://proxy').search.slice(1),
      ...(req.headers.range ? { range: String(req.headers.range) } : {}),
    };
    const fault = proxy.fault(seen, proxy.seen.length);
    proxy.seen.push(seen);
    if (fault && 'status' in fault) {
      req.resume();
      res.writeHead(fault.status, { 'content-type': 'application/xml' });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>ServiceUnavailable</Code><Message>injected ${fault.status}</Message></Error>`,
      );
      return;
    }
    const forward = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        if (!fault) {
          up.pipe(res);
          return;
        }
        const length = Number(up.headers['content-length'] ?? 0);
        const cut = Math.floor(length * fault.reset);
        let sent = 0;
        if (cut === 0) {
          up.destroy();
          setImmediate(() => res.socket?.resetAndDestroy());
          return;
        }
        up.on('data', (chunk: Buffer) => {
          if (sent >= cut) return;
          const part = chunk.subarray(0, cut - sent);
          sent += part.length;
          res.write(part);
          if (sent >= cut) {
            up.destroy();
            // Let the bytes written so far reach the client, then drop the connection.
            setImmediate(() => res.socket?.resetAndDestroy());
          }
        });
      },
    );
    forward.on('error', () => res.destroy());
    // A client that hangs up mid-body (a ranged read done with its part) hangs up upstream too, or
    // s3rver keeps the response open and never stops.
    res.on('close', () => {
      if (!res.writableFinished) forward.destroy();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

/** A multipart upload whose part `partNumber` fails with a 500 and whose AbortMultipartUpload is denied (403). */
export function partFailsAndAbortDenied(partNumber: number): FaultProxy['fault'] {
  return (req) => {
    if (req.method === 'PUT' && new URLSearchParams(req.query).get('partNumber') === String(partNumber)) {
      return { status: 500 };
    }
    if (req.method === 'DELETE' && /uploadId=/.test(req.query)) return { status: 403 };
    return undefined;
  };
}
