// `npm run bench`: runs every bench/*.bench.mjs (or those named on the command line) in turn. Each prints
// its figures next to an anchor measured in the same run, and the ratio.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.mjs', '')}`);
  const module = await import(join(here, file));
  await module.run();
}
