// One in-process PostgreSQL (PGlite) served on loopback, for one vitest worker. global-setup.ts starts
// one per worker, so the test files of a worker share it, each in a schema of its own, instead of each
// starting PGlite (seconds of WebAssembly start-up) for itself. Prints its URL once it listens, and
// ends when its stdin closes, that is when vitest ends, however it ends.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const pglite = await PGlite.create({ extensions: { pg_trgm } });
// A file's connections come and go (a command, a test's own connection, a bundled racer); a file that
// fails mid-transaction has its transaction rolled back when its sockets close.
const server = new PGLiteSocketServer({ db: pglite, port: 0, host: '127.0.0.1', maxConnections: 32 });
await server.start();
process.stdout.write(`postgres://postgres@${server.getServerConn()}/postgres\n`);
process.stdin.on('end', async () => {
  await server.stop();
  await pglite.close();
  process.exit(0);
});
process.stdin.resume();
