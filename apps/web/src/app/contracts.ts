/**
 * The zod contracts, imported only dynamically (see api.ts): zod is about a fifth of the
 * app's JavaScript, and the first paint (the crisis screen above all) must not wait for it.
 */
export * from '@steadfast/contracts';
