// The crisis screen's words live in the contracts: the server says them too, in the first
// answer for /help that needs no JavaScript (apps/server/src/web/help-page.ts).
export { actionLabel, crisisWords, emergencyNumber } from '@steadfast/contracts';
