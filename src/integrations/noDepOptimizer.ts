import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * No dependency pre-bundling in `astro build`.
 *
 * To sync content, `astro build` starts a Vite dev server of its own (`createTempViteServer` in
 * astro/dist/core/sync), and Vite's dependency optimizer then pre-bundles what the integrations list
 * for the browser (Preact's client, the dev toolbar) into node_modules/.vite/, for a browser that
 * never connects: about 1.5 s before the content sync, in every build whose config differs from the
 * last one (the site and the test corpus take turns; a clean CI clone has no cache at all). The
 * build bundles those modules itself. `npm run dev` keeps the optimizer, which its pages need.
 */
export function noDepOptimizer(): AstroIntegration {
  return {
    name: 'asn-prima:no-dep-optimizer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [withoutOptimizer()] } });
      },
    },
  };
}

/**
 * Empties every environment's optimizer list after all plugins added theirs. Changed in place: a
 * returned config would be merged, and lists in a merge are joined, never emptied.
 */
export function withoutOptimizer(): Plugin {
  return {
    name: 'asn-prima:without-optimizer',
    enforce: 'post',
    configEnvironment(_name, options) {
      options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
    },
  };
}
