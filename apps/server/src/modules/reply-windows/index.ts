/** When a reply can be expected: practice windows, working hours, holidays, and who covers. */
export { whoCoversFor } from './cover';
export { findReplyContext, findReplyContextGrouped, type ReplyContext } from './reply-windows.queries';
export {
  type AgreedReplyTerms,
  expectationsFor,
  expectationsFrom,
  expectedReplyBy,
  onCallNameAt,
  reminderAt,
  type ReplyExpectation,
} from './reply-windows.service';
export { callName } from './reply-windows.words';
export { addDays, dateKey, instantAt, type LocalDate, localDateOf, offsetSpanAround } from './working-time';
