import { resolveConfig, type Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { noDepOptimizer, withoutOptimizer } from '~/integrations/noDepOptimizer';

/** Adds browser dependencies to pre-bundle, as @astrojs/preact and Astro's dev toolbar do. */
const listsDependencies: Plugin = {
  name: 'lists-dependencies',
  config: () => ({ optimizeDeps: { include: ['preact', '@preact/signals'] } }),
  configEnvironment: (name) => (name === 'client' ? { optimizeDeps: { include: ['astro > html-escaper'] } } : undefined),
};

/** What Vite itself resolves for the client, the way `astro build`'s content-sync server asks (command serve). */
async function clientOptimizer(plugins: Plugin[]) {
  const config = await resolveConfig({ configFile: false, logLevel: 'silent', plugins }, 'serve');
  return config.environments.client!.optimizeDeps;
}

describe('no dependency pre-bundling in a build', () => {
  it('leaves Vite nothing to pre-bundle, whatever other plugins listed before or after it', async () => {
    expect((await clientOptimizer([listsDependencies])).include).toEqual(['preact', '@preact/signals', 'astro > html-escaper']);
    for (const plugins of [
      [listsDependencies, withoutOptimizer()],
      [withoutOptimizer(), listsDependencies],
    ]) {
      const optimizeDeps = await clientOptimizer(plugins);
      expect(optimizeDeps.include).toEqual([]);
      expect(optimizeDeps.noDiscovery).toBe(true);
    }
  });

  it('is added for `astro build` only: the dev server keeps its optimizer', () => {
    // Only the two options the hook reads.
    const setup = noDepOptimizer().hooks['astro:config:setup'] as unknown as (options: { command: string; updateConfig: (config: { vite: { plugins: unknown[] } }) => void }) => void;
    const added: unknown[] = [];
    for (const command of ['dev', 'preview', 'sync', 'build']) setup({ command, updateConfig: (config) => added.push(...config.vite.plugins) });
    expect(added).toHaveLength(1);
    expect((added[0] as Plugin).name).toBe('asn-prima:without-optimizer');
  });
});
