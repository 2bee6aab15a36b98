import type { DemoSeeder } from './demo-world';
import { seedSafetyPlanDemo } from '../modules/safety-plans';
import { seedDemoMessaging } from '../modules/messaging';
import { seedNotificationsDemo } from '../modules/notifications';
import { seedRiskDemo } from '../modules/risk';
import { seedAgreementsDemo } from '../modules/agreements';
import { seedSchedulingDemo } from '../modules/scheduling';
import { seedCheckinsDemo } from '../modules/check-ins';
import { seedMeasuresDemo } from '../modules/measures';
import { seedOkayPlanDemo } from '../modules/okay-plan';
import { seedCaringContactsDemo } from '../modules/caring-contacts';
import { seedClinicalNotesDemo } from '../modules/clinical-notes';
import { seedPeerSpaceDemo } from '../modules/peer-space';

export type { DemoSeeder, DemoWorld } from './demo-world';

/** Modules append their demo data here (messages, safety plans, check-ins …), in order. */
export const demoSeeders: readonly DemoSeeder[] = [
  seedSafetyPlanDemo,
  seedAgreementsDemo,
  seedDemoMessaging,
  seedNotificationsDemo,
  seedRiskDemo,
  seedCheckinsDemo,
  seedMeasuresDemo,
  seedSchedulingDemo,
  seedOkayPlanDemo,
  seedCaringContactsDemo,
  seedClinicalNotesDemo,
  seedPeerSpaceDemo,
];
