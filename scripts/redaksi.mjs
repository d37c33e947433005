/**
 * `npm run redaksi`: the development server with the browser editor at /admin/ (Sveltia CMS in
 * local-repository mode: the writer picks this project's folder and files are written directly).
 * The port is 4321 unless PORT says otherwise.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const port = Number(process.env.PORT) || 4321;
console.log(`
Ruang redaksi: buka http://localhost:${port}/admin/ di Chrome atau Edge.
  1. Klik "Buka folder repositori" lalu pilih folder proyek ini (yang berisi folder content/).
  2. Tulis atau sunting; simpan dengan tombol Simpan. Pratinjau situs: http://localhost:${port}/
  3. Setelah selesai: npm run terbitkan (memeriksa tulisan, lalu membuat commit).
Hentikan dengan Ctrl+C.
`);
// Astro's own entry, run by this Node: no npx in between, so stopping this script stops the server.
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astro, 'dev', '--port', String(port)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
