import type { CrisisLineInput, CrisisLines } from '@steadfast/contracts';
import { is } from '../../app/local-copy';

// Listed here, not imported: the contract's list lives beside zod schemas (see app/contracts.ts).
// The Record type fails to compile if the contract's channels change.
const channels: Record<CrisisLineInput['channel'], true> = { call: true, text: true, web: true, email: true, emergency: true };

const isLine = (v: unknown): v is CrisisLines['lines'][number] =>
  is.record(v) &&
  ['name', 'contact', 'description', 'hours', 'lastVerified', 'id'].every((k) => is.string(v[k])) &&
  is.string(v.channel) &&
  v.channel in channels &&
  is.safeHref(v.href) &&
  typeof v.position === 'number';

/** A stored copy of the practice's crisis lines that the crisis screen can render safely. */
export const isCrisisLinesCopy = (v: unknown): v is CrisisLines =>
  is.record(v) && is.string(v.country) && is.string(v.notMonitoredNotice) && is.arrayOf(isLine)(v.lines);
