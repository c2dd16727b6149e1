// A throwaway PostgreSQL cluster that speaks TLS only, in a temp folder on a free port: its own CA and
// server certificate (made here in JavaScript), initdb and pg_ctl from the installed server. For the
// tests of sslmode, CA files and a server that restarts in the middle of a command.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';

export interface TlsCluster {
  port: number;
  /** The CA that signed the server's certificate. */
  caFile: string;
  /** A CA that signed nothing of this server's. */
  otherCaFile: string;
  /** postgres://postgres@127.0.0.1:<port>/postgres, without TLS settings. */
  url: string;
  restart(): void;
  stop(): void;
}

/** The installed server's bin folder, or why there is none. */
export function serverBinaries(): { bin: string } | { missing: string } {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return { missing: `no PostgreSQL server installed (${root} is missing)` };
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  const version = versions[0];
  return version ? { bin: join(root, version, 'bin') } : { missing: `no initdb under ${root}/*/bin` };
}

/** initdb refuses to run as root: then the cluster runs as the postgres OS user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('running as root and there is no postgres OS user to run a cluster as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

function certificate(
  subject: string,
  keys: ReturnType<typeof keyPair>,
  issuer: { name: string; keys: ReturnType<typeof keyPair> } | undefined,
  serial: string,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 7 * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: subject }]);
  cert.setIssuer([{ name: 'commonName', value: issuer?.name ?? subject }]);
  cert.setExtensions(
    issuer
      ? [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
          { name: 'extKeyUsage', serverAuth: true },
          // Only the address: a connection to "localhost" does not match it (verify-full refuses).
          { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
        ]
      : [
          { name: 'basicConstraints', cA: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true },
        ],
  );
  cert.sign((issuer?.keys ?? keys).privateKey, forge.md.sha256.create());
  return cert;
}

export async function startTlsCluster(bin: string): Promise<TlsCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'kursdesk-tls-'));
  const data = join(dir, 'data');
  const user = serverUser();
  // Each program is named where it is started, so the scan of test/ can see what runs (program-scan.ts).
  const spawnOptions = {
    ...(user ?? {}),
    cwd: dir,
    encoding: 'utf8' as const,
    env: { PATH: process.env.PATH ?? '', LC_ALL: 'C' },
  };
  const check = (program: string, result: { status: number | null; stderr: string; stdout: string }) => {
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  };
  const run = (program: 'initdb' | 'pg_ctl', args: string[]) =>
    program === 'initdb'
      ? check(program, spawnSync(join(bin, 'initdb'), args, spawnOptions))
      : check(program, spawnSync(join(bin, 'pg_ctl'), args, spawnOptions));
  const caKeys = keyPair();
  const ca = certificate('kursdesk test CA', caKeys, undefined, '01');
  const serverKeys = keyPair();
  const server = certificate('127.0.0.1', serverKeys, { name: 'kursdesk test CA', keys: caKeys }, '02');
  const otherKeys = keyPair();
  const other = certificate('some other CA', otherKeys, undefined, '03');
  const caFile = join(dir, 'ca.crt');
  const otherCaFile = join(dir, 'other-ca.crt');
  writeFileSync(caFile, forge.pki.certificateToPem(ca));
  writeFileSync(otherCaFile, forge.pki.certificateToPem(other));
  writeFileSync(join(dir, 'server.crt'), forge.pki.certificateToPem(server));
  writeFileSync(join(dir, 'server.key'), forge.pki.privateKeyToPem(serverKeys.privateKey), { mode: 0o600 });
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chownSync(join(dir, 'server.key'), user.uid, user.gid);
    chownSync(join(dir, 'server.crt'), user.uid, user.gid);
  }
  chmodSync(dir, 0o755);
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
  // TLS only over TCP: a plain connection finds no pg_hba line and is refused.
  writeFileSync(join(data, 'pg_hba.conf'), 'local all all trust\nhostssl all all 127.0.0.1/32 trust\n');
  if (user) chownSync(join(data, 'pg_hba.conf'), user.uid, user.gid);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c ssl=on',
    `-c ssl_cert_file=${join(dir, 'server.crt')}`,
    `-c ssl_key_file=${join(dir, 'server.key')}`,
    '-c fsync=off',
  ].join(' ');
  const logFile = join(dir, 'server.log');
  run('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', 'start']);
  return {
    port,
    caFile,
    otherCaFile,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => run('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-m', 'fast', '-w', 'restart']),
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
