/** The mail outbox and its delivery job. */
export { listPracticeMail, MAIL_JOB, mailDelivery, mailJob, queueMail, SENSITIVE_MAIL_TEXT } from './mail.service';
export { eraseMailTo } from './mail.erasure';
