/** Notices: in-app, e-mail, web push and SMS, never clinical content; the typed notice rows the grouped send adds. */
export { pushJob } from './notifications.push';
export { ownerOfNotification } from './notifications.queries';
export { notificationRoutes } from './notifications.routes';
export { type NoticeTitles, notifyPerson, recordNotice } from './notifications.service';
export { loggingSmsSender, smsJob, smsSenderFor, twilioSmsSender, type SmsSender } from './notifications.sms';
export { addNoticeRows, type NoticeContext, type NoticeInput, noticeRow, type NoticeRow, noticeRowType } from './notifications.write';
export { seedNotificationsDemo } from './notifications.demo';
export { eraseNotifications } from './notifications.erasure';
