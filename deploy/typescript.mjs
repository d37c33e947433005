/**
 * The Node options that let a process of its own run this project's TypeScript: from 22.18 on Node
 * strips the types itself (its notice that the feature is new silenced; tsx's first run on a fresh
 * machine spent some 1.6 s compiling); before, tsx is the loader. For the build's last step
 * (scripts/build.mjs) and the content check's process (src/integrations/contentCheck.ts). Plain
 * JavaScript, like the rest of deploy/, so a Node that cannot strip types can load it.
 */
export const TYPESCRIPT_NODE_OPTIONS = process.features.typescript ? ['--disable-warning=ExperimentalWarning'] : ['--import', 'tsx'];
