// The shared folder beside the repository (../shared: the seed documents and their English
// extractions), found from the repository root so tests work from any working directory.
import fs from 'node:fs';
import path from 'node:path';

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'kindveilig') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Repository root (package.json "kindveilig") not found above ${from}`);
  }
}

export const sharedDir = path.resolve(findRepoRoot(import.meta.dirname), '../shared');
