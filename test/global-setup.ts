// Builds the CLI once before the tests, so end-to-end tests run the current code with plain `vitest`.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
