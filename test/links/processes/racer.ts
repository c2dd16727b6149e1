// A separate process for the link race tests: once let go, does one thing and prints one JSON line.
//   racer.ts <db-url> redeem <token>      redeemToken, as the portal would
//   racer.ts <db-url> issue <learner-id>  issueLink, handed to the agent
import { linkPolicyFrom } from '../../../src/domain/link-policy.js';
import { issueLink, redeemToken } from '../../../src/workflows/links.js';
import { raceDeps, runRaceProcess } from '../../helpers/race-process.js';

const [url, mode, arg] = process.argv.slice(2);
await runRaceProcess(url!, async (db) => {
  const deps = raceDeps(db, `racer-${process.pid}`);
  if (mode === 'redeem') return { won: (await redeemToken(deps, arg!)) !== undefined };
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
  return { link: issued.id };
});
