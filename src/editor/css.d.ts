// The editor bundle imports stylesheets as text (esbuild `loader: { '.css': 'text' }`) for the preview pane.
declare module '*.css' {
  const css: string;
  export default css;
}
