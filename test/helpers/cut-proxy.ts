// A TCP proxy in front of a PostgreSQL server (plain connections, as the test servers take them) that
// loses the connection at a chosen statement: when a client sends its Nth statement (a simple query or
// a Parse, counted over every connection through the proxy), the proxy closes both sides instead of
// passing it on. The client sees its socket close in the middle of the statement, as after a server
// restart or a network failure; the server sees its client go and rolls the transaction back. Works the
// same in front of PGlite's socket server, which has no pg_terminate_backend.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface CutProxy {
  /** The URL through the proxy: `url` with its host and port replaced. */
  url(url: string): string;
  /** Loses the connection at the nth statement from now (1 = the next one); undefined: never. */
  cutAt(n: number | undefined): void;
  /** The statement the connection was lost at since the last cutAt, when it was reached. */
  readonly cut: string | undefined;
  /** Statements passed on (or cut) since the last cutAt: how many a run sends, to cut at its last. */
  readonly seen: number;
  close(): Promise<void>;
}

/** Startup, SSLRequest and GSSENCRequest come without a type byte; every later message has one. */
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export async function startCutProxy(serverUrl: string): Promise<CutProxy> {
  const server = new URL(serverUrl);
  const target = { host: server.hostname, port: Number(server.port || 5432) };
  let cutAt: number | undefined;
  let seen = 0;
  let cut: string | undefined;
  const sockets = new Set<Socket>();

  const proxy: Server = createServer((client) => {
    const upstream = connect(target);
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
    upstream.pipe(client);

    let pending: Buffer = Buffer.alloc(0);
    let startup = true;
    client.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      let at = 0;
      for (;;) {
        const header = startup ? 4 : 5;
        if (pending.length - at < header) break;
        const length = pending.readInt32BE(startup ? at : at + 1);
        const size = startup ? length : length + 1;
        if (pending.length - at < size) break;
        if (startup) {
          const code = pending.readInt32BE(at + 4);
          startup = code === SSL_REQUEST || code === GSSENC_REQUEST;
        } else {
          const type = String.fromCharCode(pending[at] as number);
          if (type === 'Q' || type === 'P') {
            seen++;
            if (cutAt !== undefined && seen === cutAt) {
              const body = pending.subarray(at + 5, at + size);
              // Parse: the statement's name, then its text; Query: the text.
              const text = type === 'P' ? body.subarray(body.indexOf(0) + 1) : body;
              cut = text.subarray(0, Math.max(0, text.indexOf(0))).toString('utf8');
              if (at > 0) upstream.write(pending.subarray(0, at));
              drop();
              pending = Buffer.alloc(0);
              return;
            }
          }
        }
        at += size;
      }
      if (at > 0) upstream.write(pending.subarray(0, at));
      pending = pending.subarray(at);
    });
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve());
  });
  const address = proxy.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.href;
    },
    cutAt(n) {
      cutAt = n;
      seen = 0;
      cut = undefined;
    },
    get cut() {
      return cut;
    },
    get seen() {
      return seen;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
