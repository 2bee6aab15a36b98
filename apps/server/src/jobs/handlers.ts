import { mailJob } from '../modules/mail/mail.service';
import { replyWindowJob } from '../modules/messaging/messaging.reminders';
import { pushJob } from '../modules/notifications/notifications.push';
import { loggingSmsSender, smsJob } from '../modules/notifications/notifications.sms';
import { realtimePruneJob } from '../modules/realtime/realtime.service';
import { escalationStepJob } from '../modules/risk/escalation.service';
import { checkinReminderJob } from '../modules/check-ins';
import { measureAppointmentCheckJob, measureAppointmentNoticeJob, measureRoundJob } from '../modules/measures';
import { caringContactJob } from '../modules/caring-contacts';
import type { JobRunner } from './runner';

/** Every durable job kind the app runs, registered in one place. */
export function registerJobHandlers(runner: JobRunner): JobRunner {
  return runner
    .register(mailJob)
    .register(replyWindowJob)
    .register(pushJob)
    .register(smsJob(loggingSmsSender))
    .register(realtimePruneJob)
    .register(escalationStepJob)
    .register(checkinReminderJob)
    .register(measureRoundJob)
    .register(measureAppointmentCheckJob)
    .register(measureAppointmentNoticeJob)
    .register(caringContactJob);
}
