import type { Ctx } from '../http/context';
import type { DemoKey } from './demo-people';

/** What the core demo seed created, handed to each module's own demo seeder. */
export interface DemoWorld {
  practiceId: string;
  people: Record<DemoKey, string>;
  clients: { sam: string; alex: string };
  now: Date;
}

export type DemoSeeder = (ctx: Ctx, world: DemoWorld) => Promise<void>;
