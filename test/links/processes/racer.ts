// A separate process for the link race tests: opens the database, says "ready", waits for a line on
// stdin so that every racer starts at once, then does one thing and prints one JSON line.
//   racer.ts <db-url> redeem <token>      redeemToken, as the portal would
//   racer.ts <db-url> issue <learner-id>  issueLink, handed to the agent
import { createInterface } from 'node:readline';
import { systemClock } from '../../../src/context/clock.js';
import { openDb } from '../../../src/db/connect.js';
import { parseDbTarget } from '../../../src/db/target.js';
import { linkPolicyFrom } from '../../../src/domain/link-policy.js';
import { issueLink, redeemToken } from '../../../src/workflows/links.js';

const [url, mode, arg] = process.argv.slice(2);
const db = await openDb(parseDbTarget(url!, process.cwd()), { create: false });
const deps = {
  db,
  clock: systemClock,
  actor: () => ({
    agent: `racer-${process.pid}`,
    ticket: undefined,
    now: systemClock.now(),
    requireTicket: false,
  }),
  secret: () => Buffer.from(process.env.KURSDESK_SECRET ?? ''),
};
const lines = createInterface({ input: process.stdin });
const go = new Promise((resolve) => lines.once('line', resolve));
process.stdout.write('ready\n');
await go;
lines.close();
try {
  if (mode === 'redeem') {
    const won = await redeemToken(deps, arg!);
    process.stdout.write(`${JSON.stringify({ ok: true, won: won !== undefined })}\n`);
  } else {
    const issued = await issueLink(
      deps,
      { by: 'id', id: Number(arg) },
      {
        kind: undefined,
        lang: 'nb',
        delivery: 'agent',
        force: true,
        portalBase: 'https://kurs.example.no',
        policy: linkPolicyFrom({}),
      },
      { dryRun: false },
    );
    process.stdout.write(`${JSON.stringify({ ok: true, link: issued.id })}\n`);
  }
} catch (error) {
  const e = error as Error & { code?: string };
  process.stdout.write(
    `${JSON.stringify({ ok: false, name: e.constructor.name, code: e.code, message: e.message })}\n`,
  );
} finally {
  await db.close();
}
