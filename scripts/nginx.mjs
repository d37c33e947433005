/**
 * `npm run start:nginx`: serves the build with Debian's nginx and the project's configuration
 * (deploy/nginx/), in the foreground, at http://127.0.0.1:4322 (PORT, HOST), so what production
 * sends can be tried locally. Also used by the browser tests (test/browser/nginx.test.ts).
 * Runs as any user: every file nginx writes goes to a temporary folder, removed on exit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NGINX = process.env['NGINX_PATH'] || '/usr/sbin/nginx';
/** Debian's libnginx-mod-http-brotli-static. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const DEPLOY = fileURLToPath(new URL('../deploy/nginx/', import.meta.url));
/** What deploy/nginx/site.conf says for production, replaced for a local run. */
const PRODUCTION_ROOT = '/srv/asn-prima/dist';
const PRODUCTION_LISTEN = /^ {4}listen 80;\n {4}listen \[::\]:80;$/m;

export function nginxAvailable() {
  return spawnSync(NGINX, ['-v'], { stdio: 'ignore' }).status === 0;
}

function replaceOrFail(text, search, replacement, what) {
  if (typeof search === 'string' ? !text.includes(search) : !search.test(text)) {
    throw new Error(`deploy/nginx/${what} tidak lagi memuat ${search}; sesuaikan scripts/nginx.mjs.`);
  }
  return typeof search === 'string' ? text.replaceAll(search, replacement) : text.replace(search, replacement);
}

/** deploy/nginx/ filled in for a local run: both files, as text. */
export function localConfig({ dist, host, port, tmp, brotli = existsSync(BROTLI_MODULE) }) {
  let site = readFileSync(join(DEPLOY, 'site.conf'), 'utf8');
  site = replaceOrFail(site, PRODUCTION_ROOT, dist, 'site.conf');
  site = replaceOrFail(site, PRODUCTION_LISTEN, `    listen ${host.includes(':') ? `[${host}]` : host}:${port};`, 'site.conf');
  if (!brotli) site = replaceOrFail(site, /^ *brotli_static on;\n/m, '', 'site.conf');
  const values = {
    TMP: tmp,
    // As root, workers would otherwise run as nobody, who may not be able to read the build.
    USER: process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
    MODULES: brotli ? `load_module ${BROTLI_MODULE};` : '',
  };
  const main = readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key) => values[key]);
  return { 'nginx.conf': main, 'site.conf': site };
}

function waitForPort(host, port, child, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolvePromise, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx berhenti (kode ${child.exitCode}).`));
      const socket = connect({ host, port }, () => {
        socket.end();
        resolvePromise();
      });
      socket.on('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx tidak menjawab di ${host}:${port}.`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts nginx over `dist`; resolves once it answers, with its URL and a stop function. */
export async function startNginx({ dist = 'dist', port = 4322, host = '127.0.0.1', stdio = 'inherit' } = {}) {
  if (!existsSync(join(dist, '_nginx', 'http.conf'))) {
    throw new Error(`${dist}/_nginx/ belum ada: jalankan \`npm run build\` dulu.`);
  }
  // disable_symlinks checks every folder of the path: give nginx the real one.
  const root = realpathSync(resolve(dist));
  const tmp = mkdtempSync(join(tmpdir(), 'asn-prima-nginx-'));
  const brotli = existsSync(BROTLI_MODULE);
  for (const [name, text] of Object.entries(localConfig({ dist: root, host, port, tmp, brotli }))) {
    writeFileSync(join(tmp, name), text);
  }
  const child = spawn(NGINX, ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-e', 'stderr'], { stdio });
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
    await exited;
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitForPort(host, port, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, brotli, stop, child };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { buildIfStale, hostFromEnv } = await import('./buildIfStale.mjs');
  if (!nginxAvailable()) {
    console.error(`nginx tidak ditemukan di ${NGINX}. Pasang dengan: apt-get install nginx libnginx-mod-http-brotli-static`);
    process.exit(1);
  }
  buildIfStale();
  const port = Number(process.env.PORT) || 4322;
  const running = await startNginx({ port, host: hostFromEnv('127.0.0.1') }).catch((error) => {
    console.error(`npm run start:nginx tidak bisa berjalan: ${error.message}`);
    process.exit(1);
  });
  if (!running.brotli) console.warn(`Modul brotli_static tidak ada (${BROTLI_MODULE}); hanya salinan gzip yang dipakai.`);
  console.log(`Situs ASN Prima berjalan di balik nginx: ${running.url}/  (tekan Ctrl+C untuk berhenti)`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void running.stop().then(() => process.exit(0)));
  running.child.once('exit', (code) => void running.stop().then(() => process.exit(code ?? 0)));
}
