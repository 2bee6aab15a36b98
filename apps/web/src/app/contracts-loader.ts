import type { Contracts } from './api';

/**
 * Every file of packages/contracts with schemas in it, each loadable on its own. Left out: the
 * tests, the index (all of them at once), and the files without zod that the first download
 * already holds (the crisis screen's and sign-in's words, the crisis lines' defaults, the kinds
 * of event): listed here they would each become a file of their own in that download.
 */
const contractFiles = import.meta.glob([
  '../../../../packages/contracts/src/*.ts',
  '!../../../../packages/contracts/src/*.test.ts',
  '!../../../../packages/contracts/src/{index,crisis-defaults,crisis-screen,client-home,sign-in,realtime-events}.ts',
]);

/**
 * The contracts, in steps. Building every zod schema at once held a slow phone's main thread for
 * about half a second in one piece, right as a signed-in page settled (issue 22). So zod and the
 * shared types come first, then every domain's file side by side: each is fetched in parallel and
 * evaluated as it arrives, in a task of its own, and the page can answer a tap in between (the
 * build adds no preload links ahead of them: vite.config.ts).
 */
export async function loadContracts(): Promise<Contracts> {
  const files = Object.entries(contractFiles);
  const isCommon = ([file]: [string, unknown]) => file.endsWith('/common.ts');
  const common = await Promise.all(files.filter(isCommon).map(([, load]) => load()));
  // Asking for a file is itself work on a slow phone: each is asked for in a task of its own too.
  const soon = (load: () => Promise<unknown>) => new Promise((resolve) => setTimeout(resolve, 0)).then(load);
  const domains = await Promise.all(files.filter((f) => !isCommon(f)).map(([, load]) => soon(load)));
  const modules = [...common, ...domains] as Record<string, unknown>[];
  // Looked up name by name when a request picks its schema: copying every export of every file
  // into one object took a slow phone longer than any single request's parse.
  return new Proxy({} as Contracts, { get: (_, name) => modules.find((m) => name in m)?.[name as string] });
}

