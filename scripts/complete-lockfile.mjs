/**
 * The npm mirror these machines use lacks some platform-specific optional packages (e.g. the
 * macOS and Windows builds of Astro's compiler and of Pagefind). `npm install` then leaves them
 * out of package-lock.json, and `npm ci` refuses the lockfile as out of sync. This adds each
 * missing optional package with the os/cpu its name declares, so `npm ci` skips it on Linux and
 * installs it where the real registry has it. Run after any `npm install`: `node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const OS = { android: 'android', darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', wasm32: null };
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'];

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.map((p) => OS[p]).find((o) => o !== undefined);
    const cpu = parts.find((p) => CPU.includes(p));
    lock.packages[key] = {
      version: spec.replace(/^[\^~=]/, ''),
      ...(cpu && cpu !== 'wasm32' ? { cpu: [cpu] } : { cpu: ['wasm32'] }),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: ${added} paket opsional ditambahkan.`);
