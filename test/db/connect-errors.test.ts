// What a failed PostgreSQL connection says: a server that never answers (a wrong host or port, a
// firewall dropping packets) is "no answer", not "the server restarted", as pg reports both as the
// connection being terminated.
import { describe, expect, it } from 'vitest';
import { postgresConnectError } from '../../src/db/connect.js';

const AT = 'postgres://kari@10.255.255.1:5432/desk';

describe('postgresConnectError', () => {
  it.each([
    ['pg.Client', new Error('Connection terminated due to connection timeout', { cause: new Error('x') })],
    ['pg.Pool', new Error('timeout exceeded when trying to connect')],
  ])('a connect timeout (%s) says nobody answered, and what to check', (_from, error) => {
    const message = postgresConnectError(error, AT).message;
    expect(message).toBe(
      `cannot reach PostgreSQL at ${AT}: no answer within 10 s — check the host and port, and that no firewall is in the way`,
    );
  });

  it('a connection cut while connecting still says so', () => {
    const error = Object.assign(new Error('Connection terminated unexpectedly'), {});
    expect(postgresConnectError(error, AT).message).toMatch(/^lost the connection to PostgreSQL at /);
  });
});
