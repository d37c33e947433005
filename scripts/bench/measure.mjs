/**
 * Runs one build (the site's scripts/build.mjs, the blog's `astro build`) and measures it from outside: wall time, the peak memory of the whole
 * process tree (sampled from /proc, so Pagefind's and sharp's helpers count too), and where the time
 * went, from the moments Astro's own log lines arrive.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;
const GNU_TIME = '/usr/bin/time';

/** Clock ticks per second, the unit of CPU times in /proc. */
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * Resident memory (bytes) and CPU time used so far (seconds) by `root` and all its descendants,
 * from /proc (Linux only; zeros elsewhere). CPU counts children that already ended, once reaped.
 */
function treeUsage(root) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return { rss: 0, cpu: 0 };
  }
  const children = new Map();
  const stats = new Map();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name: state, ppid, … utime (11), stime, cutime, cstime.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      stats.set(Number(pid), fields);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  let rss = 0;
  let ticks = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    const fields = stats.get(pid);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    try {
      rss += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, cpu: ticks / TICKS };
}

/**
 * Stage boundaries: the first log line matching a stage's pattern, after the previous stage began,
 * starts that stage. Astro prints them in this order for a static build (`[build] ✓ Completed`
 * appears twice; the second, after the images, ends Astro's own work). Optional stages belong to
 * our integrations: a project without them (the baseline) skips to the next stage. The search index
 * and the compressed copies appear more than once: inside Astro's build (the index's writing, once
 * pages are rendered, now; before scripts/finish-build.ts, both) and after it exits (the copies not
 * made while rendering; before src/integrations/whileRendering.ts, the index); a name's parts add up.
 */
const STAGES = [
  ['start-up, config, content check', /^/],
  ['content sync + types', /\[content\] Syncing content/],
  ['build info', /\[build\] Collecting build info/],
  ['Vite bundling', /\[build\] Building static entrypoints/],
  ['rendering pages', /generating static routes/],
  ['search index (Pagefind)', /\[asn-prima:while-rendering\] Semua halaman dirender/, { optional: true }],
  ['images', /generating optimized images/],
  ['sitemap', /\[build\] ✓ Completed in/],
  ['search index (Pagefind)', /\[@astrojs\/sitemap\]/, { optional: true }],
  ['.br/.gz copies, host files', /\[asn-prima:pagefind\] Indeks/, { optional: true }],
  ['exit', /page\(s\) built in/],
  ['search index (Pagefind)', /\[asn-prima:finish\]/, { optional: true }],
  ['.br/.gz copies, host files', /\[asn-prima:pagefind\] Indeks/, { optional: true }],
];

/** Stage names in the order of today's build (a name that appears twice counts where it last appears). */
export const STAGE_NAMES = [...new Set(STAGES.map(([name]) => name).reverse())].reverse();

/** Index of the stage `line` starts, looking at the next stage and past optional ones; -1 if none. */
function nextStage(line, current) {
  for (let i = current + 1; i < STAGES.length; i++) {
    if (STAGES[i][1].test(line)) return i;
    if (!STAGES[i][2]?.optional) break;
  }
  return -1;
}

/** Sums Astro's per-page `(+12ms)` lines by kind of page. */
function pageTimes(lines, classify) {
  const groups = {};
  for (const line of lines) {
    const m = /[├└]─ (\/\S+) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (!m || m[1].startsWith('/_astro/')) continue;
    const group = (groups[classify(m[1])] ??= { pages: 0, seconds: 0 });
    group.pages++;
    group.seconds += Number(m[2]) / (m[3] === 's' ? 1 : 1000);
  }
  return groups;
}

/**
 * Runs a project's build, the `commands` one after another (each `[file, ...args]`; the site's is
 * scripts/build.mjs, older checkouts' `astro build` then scripts/finish-build.ts), with `env`, writing their output to `logFile`. Stops at
 * the first that fails. Memory and CPU count each command's process tree while it runs.
 * Resolves to { seconds, cpuSeconds (user + system, NaN without GNU time), peakBytes, pagesBuilt, stages: {name: seconds}, stagePeakBytes: {name: bytes}, stageCpuSeconds, pages: {kind: {pages, seconds}} }.
 */
export function measureBuild({ commands, cwd, env, logFile, classify }) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const start = performance.now();
    // CPU time says more than wall time on a machine others are using: GNU time reports it when present.
    const timed = existsSync(GNU_TIME);
    const timeFile = (i) => `${logFile}.${i}.cpu`;
    let child;
    let peakBytes = 0;
    const marks = [];
    // Peak memory and CPU time per stage too: CPU time holds up on a machine others are using.
    const stagePeaks = [];
    const stageCpu = [];
    // CPU used so far by the command that runs now.
    let lastCpu = 0;
    const sampler = setInterval(() => {
      const { rss, cpu } = treeUsage(child.pid);
      peakBytes = Math.max(peakBytes, rss);
      const at = marks.at(-1).stage;
      stagePeaks[at] = Math.max(stagePeaks[at] ?? 0, rss);
      if (cpu > lastCpu) stageCpu[at] = (stageCpu[at] ?? 0) + cpu - lastCpu;
      lastCpu = Math.max(lastCpu, cpu);
    }, 200);
    const lines = [];
    let pagesBuilt = 0;
    let pending = '';
    const onData = (chunk) => {
      const now = performance.now();
      const parts = (pending + chunk.toString('utf8')).split('\n');
      pending = parts.pop() ?? '';
      for (const raw of parts) {
        // eslint-disable-next-line no-control-regex -- strips the colours Astro may still print
        const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
        lines.push(line);
        // Arrival time, so the log itself shows where the seconds went.
        log.write(`[+${((now - start) / 1000).toFixed(2)}] ${line}\n`);
        const next = nextStage(line, marks.at(-1).stage);
        if (next >= 0) marks.push({ stage: next, at: now });
        const built = /(\d+) page\(s\) built in/.exec(line);
        if (built) pagesBuilt = Number(built[1]);
      }
    };
    marks.push({ stage: 0, at: start });
    const finish = () => {
      clearInterval(sampler);
      log.end(pending);
      const end = performance.now();
      const stages = {};
      const stagePeakBytes = {};
      const stageCpuSeconds = {};
      marks.forEach(({ stage, at }, i) => {
        const name = STAGES[stage][0];
        stages[name] = (stages[name] ?? 0) + ((marks[i + 1]?.at ?? end) - at) / 1000;
        stagePeakBytes[name] = Math.max(stagePeakBytes[name] ?? 0, stagePeaks[stage] ?? 0);
        stageCpuSeconds[name] = (stageCpuSeconds[name] ?? 0) + (stageCpu[stage] ?? 0);
      });
      const cpuSeconds = timed
        ? commands.reduce((sum, _, i) => sum + readFileSync(timeFile(i), 'utf8').trim().split(/\s+/).slice(-2).reduce((s2, x) => s2 + Number(x), 0), 0)
        : NaN;
      resolve({ seconds: (end - start) / 1000, cpuSeconds, peakBytes, pagesBuilt, stages, stagePeakBytes, stageCpuSeconds, pages: pageTimes(lines, classify) });
    };
    const run = (i) => {
      if (i === commands.length) return finish();
      const command = commands[i];
      child = spawn(timed ? GNU_TIME : command[0], timed ? ['-f', '%U %S', '-o', timeFile(i), ...command] : command.slice(1), {
        cwd,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) {
          clearInterval(sampler);
          log.end(pending);
          return reject(new Error(`${command.slice(1).join(' ')} gagal (kode ${code}); lihat ${logFile}`));
        }
        lastCpu = 0;
        run(i + 1);
      });
    };
    run(0);
  });
}
