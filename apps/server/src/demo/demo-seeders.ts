import type { Ctx } from '../http/context';
import type { DemoKey } from './demo-people';
import { seedSafetyPlanDemo } from '../modules/safety-plans/safety-plans.demo';
import { seedDemoMessaging } from '../modules/messaging/messaging.demo';
import { seedRiskDemo } from '../modules/risk/risk.demo';
import { seedCheckinsDemo } from '../modules/check-ins/check-ins.demo';
import { seedMeasuresDemo } from '../modules/measures/measures.demo';

/** What the core demo seed created, handed to each module's own demo seeder. */
export interface DemoWorld {
  practiceId: string;
  people: Record<DemoKey, string>;
  clients: { sam: string; alex: string };
  now: Date;
}

export type DemoSeeder = (ctx: Ctx, world: DemoWorld) => Promise<void>;

/** Modules append their demo data here (messages, safety plans, check-ins …), in order. */
export const demoSeeders: DemoSeeder[] = [seedSafetyPlanDemo, seedDemoMessaging, seedRiskDemo, seedCheckinsDemo, seedMeasuresDemo];
