import { validate, compileErrors } from '@readme/openapi-parser';
import { readFileSync } from 'node:fs';
const doc = JSON.parse(readFileSync('/tmp/oa/doc2.json', 'utf8'));
const r = await validate(doc);
console.log(r.valid, r.valid ? '' : compileErrors(r), r.warnings);
