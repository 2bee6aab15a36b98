import { mailJob } from './modules/mail';
import { replyWindowJob } from './modules/messaging';
import { pushJob } from './modules/notifications';
import { smsJob } from './modules/notifications';
import { realtimePruneJob } from './modules/realtime';
import { escalationStepJob } from './modules/risk';
import { checkinReminderJob } from './modules/check-ins';
import { measureAppointmentCheckJob, measureAppointmentNoticeJob, measureRoundJob } from './modules/measures';
import { caringContactJob } from './modules/caring-contacts';
import { dischargeJob } from './modules/care-transitions';
import { retentionEndedJob } from './modules/erasure';
import type { JobRunner } from './jobs/runner';

/** Every durable job kind the app runs, registered in one place. */
export function registerJobHandlers(runner: JobRunner): JobRunner {
  return runner
    .register(mailJob)
    .register(replyWindowJob)
    .register(pushJob)
    .register(smsJob())
    .register(realtimePruneJob)
    .register(escalationStepJob)
    .register(checkinReminderJob)
    .register(measureRoundJob)
    .register(measureAppointmentCheckJob)
    .register(measureAppointmentNoticeJob)
    .register(caringContactJob)
    .register(dischargeJob)
    .register(retentionEndedJob);
}
