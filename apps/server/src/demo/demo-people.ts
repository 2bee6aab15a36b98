/** The demo practice of SPEC §3. Every password is the same, and demo mode only. */
export const DEMO_PASSWORD = 'steadfast-demo';

export const demoPractice = { name: 'Harbour Street Therapy', country: 'GB', timeZone: 'Europe/London' } as const;

export const demoPeople = {
  ada: { email: 'ada@harbour.example', name: 'Ada Okafor', role: 'admin' },
  dana: { email: 'dana@harbour.example', name: 'Dana Reyes', role: 'clinician' },
  patel: { email: 'patel@harbour.example', name: 'Dr Priya Patel', role: 'clinician' },
  omar: { email: 'omar@harbour.example', name: 'Omar Haddad', role: 'clinician' },
  sam: { email: 'sam@harbour.example', name: 'Sam Taylor', role: 'client' },
  alex: { email: 'alex@harbour.example', name: 'Alex Morgan', role: 'client' },
} as const;

export type DemoKey = keyof typeof demoPeople;
