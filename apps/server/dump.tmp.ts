import { createTestApp } from './src/testing/test-app';
import { writeFileSync } from 'node:fs';
const t = await createTestApp();
const doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json();
writeFileSync(process.argv[2] ?? '/tmp/oa/doc.json', JSON.stringify(doc, null, 2));
await t.close();
