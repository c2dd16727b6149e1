// Temporary files and folders a run is writing (a fixture being generated or dumped, before it is moved
// into place): removed when SIGINT or SIGTERM stops the run, so a stopped run leaves nothing behind.
import { rmSync } from 'node:fs';

const registered = new Set<string>();

/** Marks a path as this run's temporary work; the function returned unmarks it (done, or cleaned up). */
export function removeIfStopped(path: string): () => void {
  registered.add(path);
  return () => {
    registered.delete(path);
  };
}

/** Removes every path still marked (synchronously: the process is about to exit). */
export function removeTemporaryPaths(): void {
  for (const path of registered) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Best effort: the run is ending either way, and its line says it was stopped.
    }
  }
  registered.clear();
}
