import { loadConfig } from './config';
import { isEmpty, seedDemo } from './demo/seed-demo';
import { DEMO_PASSWORD, demoPeople } from './demo/demo-people';
import { createLogger } from './http/logging';
import { systemClock } from './jobs/clock';
import { runScreenCli } from '@steadfast/screener';
import { openConfiguredDatabase, startServer } from './server';

const usage = `Usage: npx steadfast <command>

  start       start the app (embedded database in DATA_DIR unless DATABASE_URL is set)
  migrate     apply database migrations and exit
  seed-demo   seed the demo practice into an empty database and exit
  screen      read JSON lines {"id","text"} on stdin, write risk screening results on stdout
`;

/** The command line of SPEC §4. */
export async function main(argv: string[]): Promise<number> {
  const command = argv[0];
  switch (command) {
    case 'start':
      return start();
    case 'migrate':
      return migrate();
    case 'seed-demo':
      return seed();
    case 'screen':
      await runScreenCli(process.stdin, process.stdout);
      return 0;
    default:
      process.stderr.write(usage);
      return command ? 2 : 0;
  }
}

async function start(): Promise<number> {
  const config = loadConfig();
  const server = await startServer(config);
  const lines = [
    '',
    `  Steadfast is running at ${server.url}`,
    `  Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`}`,
  ];
  if (config.demo) {
    lines.push('', `  Demo practice "Harbour Street Therapy": every password is ${DEMO_PASSWORD}`);
    for (const p of Object.values(demoPeople)) lines.push(`    ${p.email.padEnd(24)} ${p.role.padEnd(9)} ${p.name}`);
    lines.push('', '  Steadfast is not an emergency service: messages are not watched around the clock.');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  const shutdown = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return new Promise<number>(() => undefined);
}

async function migrate(): Promise<number> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    process.stdout.write('Migrations applied.\n');
    return 0;
  } finally {
    await database.close();
  }
}

async function seed(): Promise<number> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    if (!(await isEmpty(database.db))) {
      process.stderr.write('The database already has a practice: the demo is only seeded into an empty database.\n');
      return 1;
    }
    await seedDemo({ database, config, clock: systemClock, log: createLogger(config.logLevel) });
    process.stdout.write('Demo practice seeded.\n');
    return 0;
  } finally {
    await database.close();
  }
}
