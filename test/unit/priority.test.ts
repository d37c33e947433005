import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { childProcesses, lowerProcess, lowerThreads } from '../../deploy/priority.mjs';
import { niceOf, threadNiceness } from './procStat';

// deploy/priority.mjs: the build's helpers at the lowest priority, thread by thread (Linux's /proc).

describe('deploy/priority.mjs', () => {
  it('lowers every thread of a process to nice 19', async () => {
    // Node has several threads from its start: all of them are lowered.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      lowerProcess(child.pid!);
      const niceness = threadNiceness(child.pid!);
      expect(niceness.length).toBeGreaterThan(1);
      expect(niceness).toEqual(niceness.map(() => 19));
    } finally {
      child.kill();
    }
  });

  it('lowers the thread that asks, and only it', async () => {
    const before = niceOf(process.pid, process.pid);
    const url = new URL('../../deploy/priority.mjs', import.meta.url).href;
    // The worker stays alive until terminated: a worker with nothing left to do exits, and its
    // /proc entry went with it, sometimes before the test read it (ENOENT, a flaky failure).
    const worker = new Worker(
      `import(${JSON.stringify(url)}).then(({ lowerThisThread }) => { lowerThisThread(); setInterval(() => {}, 60_000); require('node:worker_threads').parentPort.postMessage(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop()); });`,
      { eval: true },
    );
    const thread = await new Promise<string>((resolve) => worker.once('message', resolve));
    try {
      expect(niceOf(process.pid, thread)).toBe(19);
      expect(niceOf(process.pid, process.pid)).toBe(before);
    } finally {
      await worker.terminate();
    }
  });

  it('lists the processes this process started, and not those that ended', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    await new Promise((resolve) => child.once('spawn', resolve));
    expect(childProcesses(process.pid)).toContain(String(child.pid));
    const ended = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await ended;
    expect(childProcesses(process.pid)).not.toContain(String(child.pid));
  });

  it('lowers the threads after one that ended between being listed and being lowered', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const gone = 2 ** 22 + 12345;
      lowerThreads(() => [gone, child.pid!]);
      expect(niceOf(child.pid!, child.pid!)).toBe(19);
    } finally {
      child.kill();
    }
  });

  it('does nothing, and says nothing, for a process that is gone', () => {
    expect(() => lowerProcess(2 ** 22 + 12345)).not.toThrow();
  });
});
