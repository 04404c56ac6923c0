// The repository must stand alone: a user's clone has nothing beside it. This check fails when a
// tracked file refers to a path outside the repository: a relative path that climbs above the
// repository root (from the file's own folder, or from the root for scripts run there), or an
// absolute path into a developer's workspace.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEXT = /\.(ts|mts|js|mjs|cjs|json|md|yaml|yml|sql|sh|html|css|txt)$|(^|\/)(run|Dockerfile|\.gitignore)$/;
// A path of parent steps in code, a link or a script, and workspace roots on this kind of machine.
const CLIMB = /(?:^|[\s'"`(=<:])((?:\.\.\/)+[A-Za-z0-9_.-][^\s'"`)>#?]*)/g;
const WORKSPACE = /(?:^|[\s'"`(=])(\/work\/[A-Za-z0-9_.-]+|\/home\/[A-Za-z0-9_.-]+\/)/g;

/** Returns one line per reference that leaves the repository rooted at `root`. */
export function findOutsideReferences(root, files) {
  const found = [];
  for (const file of files) {
    if (!TEXT.test(file) || file === 'package-lock.json') continue;
    let text;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue;
    }
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      for (const match of line.matchAll(CLIMB)) {
        const target = match[1];
        const fromFile = relative(root, resolve(root, dirname(file), target));
        const fromRoot = relative(root, resolve(root, target));
        // A path inside the repository from either its file's folder or the root is fine
        // (URLs relative to `import.meta.url` and paths relative to the working directory both occur).
        if (fromFile.startsWith(`..${sep}`) && fromRoot.startsWith(`..${sep}`)) found.push(`${file}:${index + 1}: ${target}`);
      }
      for (const match of line.matchAll(WORKSPACE)) found.push(`${file}:${index + 1}: ${match[1]}`);
    });
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.length > 0 && !f.startsWith('node_modules/'));
  const found = findOutsideReferences(root, files);
  if (found.length > 0) {
    process.stderr.write(`These files refer to paths outside the repository:\n${found.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`standalone: ${files.length} files refer to nothing outside the repository\n`);
}
