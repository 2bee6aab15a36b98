import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The entry (src/main.tsx) imports the app's code in steps, so that evaluating it is spread over
 * several tasks (issue 22). Those steps are part of every first load all the same: this lists each
 * file they need in index.html, as Vite does for the entry's own imports, so they are fetched from
 * the start, side by side (and counted as initial JavaScript). vite.config.ts stops Vite from adding
 * the links again when a step is imported. A step may bring no stylesheet: the app's stylesheet is
 * the one the server holds back and the app switches on (src/app/server-page.ts).
 */
export function preloadBootSteps(entry = 'src/main.tsx'): Plugin {
  /** The modules the entry imports with import(): its steps. */
  let steps = new Set<string>();
  return {
    name: 'steadfast-preload-boot-steps',
    apply: 'build',
    buildEnd() {
      const id = [...this.getModuleIds()].find((m) => m.replaceAll('\\', '/').endsWith(`/${entry}`));
      steps = new Set(id ? this.getModuleInfo(id)?.dynamicallyImportedIds : []);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        if (!bundle || !chunk) return html;
        const files = new Set<string>();
        const visit = (file: string) => {
          const output = bundle[file];
          if (files.has(file) || output?.type !== 'chunk') return;
          files.add(file);
          output.imports.forEach(visit);
        };
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && output.facadeModuleId && steps.has(output.facadeModuleId)) visit(output.fileName);
        }
        files.delete(chunk.fileName);
        const styled = [...files].filter((file) => (chunkCss(bundle[file])?.size ?? 0) > 0);
        if (styled.length > 0) throw new Error(`${styled.join(', ')}, imported by ${entry} in a step, bring stylesheets: import those from ${entry} itself`);
        const tags: HtmlTagDescriptor[] = [...files]
          .filter((file) => !html.includes(`href="/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' }));
        return { html, tags };
      },
    },
  };
}

function chunkCss(output: unknown): Set<string> | undefined {
  return (output as { viteMetadata?: { importedCss: Set<string> } } | undefined)?.viteMetadata?.importedCss;
}
