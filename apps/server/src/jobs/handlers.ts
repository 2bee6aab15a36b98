import { mailJob } from '../modules/mail/mail.service';
import type { JobRunner } from './runner';

/** Every durable job kind the app runs, registered in one place. */
export function registerJobHandlers(runner: JobRunner): JobRunner {
  return runner.register(mailJob);
}
