import type { DemoSeeder } from '../../demo/demo-world';
import { notificationPreferences } from './notifications.tables';

/** Every demo person gets notices by e-mail and push, not SMS. */
export const seedNotificationsDemo: DemoSeeder = async (ctx, { practiceId, people }) => {
  await ctx.db
    .insert(notificationPreferences)
    .values(Object.values(people).map((userId) => ({ practiceId, userId, email: true, push: true, sms: false })))
    .onConflictDoNothing();
};
