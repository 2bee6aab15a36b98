import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The entry (src/main.tsx) imports the app's code in steps, so that evaluating it is spread over
 * several tasks (issue 22). Those steps are part of every first load all the same: this lists each
 * file they need in index.html, as Vite does for the entry's own imports, so they are fetched from
 * the start, side by side (and counted as initial JavaScript). vite.config.ts stops Vite from adding
 * the links again when a step is imported. A step may bring no stylesheet: the app's stylesheet is
 * the one the server holds back and the app switches on (src/app/server-page.ts).
 */
export function preloadBootSteps(entry = 'src/main.tsx', pages: Record<string, string[]> = {}): Plugin {
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
        const linked = (file: string) => file === chunk.fileName || html.includes(`href="/${file}"`) || files.has(file);
        const tags: HtmlTagDescriptor[] = [...files]
          .filter((file) => !html.includes(`href="/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' }));
        for (const [page, modules] of Object.entries(pages)) tags.push(pagePreload(page, pageFiles(bundle, modules).filter((file) => !linked(file))));
        return { html, tags };
      },
    },
  };
}

/**
 * The code a page the server paints needs beyond the entry's (apps/server/src/web/shell.ts hands
 * the list to public/help-boot.js, which fetches it a file per task). Without it the app's router
 * would add a link for each file, dozens of them in one task as the app starts (issue 22).
 */
function pagePreload(page: string, files: string[]): HtmlTagDescriptor {
  return { tag: 'meta', attrs: { name: 'steadfast-preload', 'data-page': page, content: files.map((file) => `/${file}`).join(' ') }, injectTo: 'head' };
}

/** Every JavaScript file the given modules' chunks import, themselves included. */
function pageFiles(bundle: Record<string, unknown>, modules: string[]): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    const output = bundle[file] as { type?: string; imports?: string[] } | undefined;
    if (files.has(file) || output?.type !== 'chunk') return;
    files.add(file);
    output.imports?.forEach(visit);
  };
  for (const module of modules) {
    const found = Object.entries(bundle).find(([, output]) => {
      const id = (output as { facadeModuleId?: string | null }).facadeModuleId?.replaceAll('\\', '/');
      return id?.endsWith(`/${module}`);
    });
    if (!found) throw new Error(`preload-boot: no chunk for ${module}`);
    visit(found[0]);
  }
  return [...files];
}

function chunkCss(output: unknown): Set<string> | undefined {
  return (output as { viteMetadata?: { importedCss: Set<string> } } | undefined)?.viteMetadata?.importedCss;
}
