import type { Ctx } from '../http/context';
import type { DemoKey } from './demo-people';
import { seedSafetyPlanDemo } from '../modules/safety-plans';
import { seedDemoMessaging } from '../modules/messaging';
import { seedRiskDemo } from '../modules/risk';
import { seedAgreementsDemo } from '../modules/agreements';
import { seedSchedulingDemo } from '../modules/scheduling';
import { seedCheckinsDemo } from '../modules/check-ins';
import { seedMeasuresDemo } from '../modules/measures';
import { seedOkayPlanDemo } from '../modules/okay-plan';
import { seedCaringContactsDemo } from '../modules/caring-contacts';

/** What the core demo seed created, handed to each module's own demo seeder. */
export interface DemoWorld {
  practiceId: string;
  people: Record<DemoKey, string>;
  clients: { sam: string; alex: string };
  now: Date;
}

export type DemoSeeder = (ctx: Ctx, world: DemoWorld) => Promise<void>;

/** Modules append their demo data here (messages, safety plans, check-ins …), in order. */
export const demoSeeders: DemoSeeder[] = [
  seedSafetyPlanDemo,
  seedAgreementsDemo,
  seedDemoMessaging,
  seedRiskDemo,
  seedCheckinsDemo,
  seedMeasuresDemo,
  seedSchedulingDemo,
  seedOkayPlanDemo,
  seedCaringContactsDemo,
];
