/**
 * The zod contracts, as one module's type (`Contracts` in api.ts). Never imported at run time:
 * zod is about a fifth of the app's JavaScript, and the first paint (the crisis screen above all)
 * must not wait for it; contracts-loader.ts loads the contracts' files one by one beside the
 * first request.
 */
export * from '@steadfast/contracts';
