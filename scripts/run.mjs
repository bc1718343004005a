// Entry point for every npm script that runs TypeScript with Node (`node scripts/run.mjs file.ts …`).
// Plain JavaScript on purpose: an old Node cannot even parse a .ts file, and the README promises one
// clear line instead of a stack trace. With no file it only checks the version (used by `npm start`).
import { spawnSync } from 'node:child_process';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Offset Lab needs Node.js >= 22.12 but this is ${process.version}: install Node 24 (see README, "Requirements"; \`bash .ci/run\` does it for you) and put it first on PATH.`,
  );
  process.exit(1);
}

const file = process.argv[2];
if (file) {
  // A child process, not import(): the script stays the entry module (import.meta.main, argv, stdin).
  // Node 22.12–22.17 has type stripping only behind a flag; later versions strip by default.
  const flags = process.features.typescript
    ? []
    : ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];
  const run = spawnSync(process.execPath, [...flags, file, ...process.argv.slice(3)], { stdio: 'inherit' });
  if (run.error) console.error(run.error.message);
  process.exit(run.status ?? 1);
}
