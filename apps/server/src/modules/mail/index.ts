/** The mail outbox and its delivery job. */
export { listPracticeMail, MAIL_JOB, mailDelivery, mailJob, queueMail } from './mail.service';
