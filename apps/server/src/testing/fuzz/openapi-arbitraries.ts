import fc from 'fast-check';
import { anyJson, encodeSegment, hugeString, malformedJsonTexts, oddContentTypes, oddPathSegments, oddString, signInDecoyEmails } from './odd-values';

/** The part of JSON Schema that our OpenAPI description uses (fastify-type-provider-zod output). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

interface OpenApiParameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

/** One operation of the OpenAPI description: what the fuzzer aims at. */
export interface Operation {
  method: string;
  /** The OpenAPI template, e.g. /api/v1/clients/{clientId}. */
  path: string;
  parameters: OpenApiParameter[];
  body?: JsonSchema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: OpenApiParameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}

/** Every operation in the description, in document order. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

/**
 * A path parameter or id value: `known` picks one of the ids the world holds (or has seen in
 * responses) when the request is sent, so generation stays pure while requests still hit real rows.
 */
export type IdValue = { kind: 'known'; pool: 'client' | 'any'; pick: number } | { kind: 'text'; text: string };

export type BodySpec =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType?: string }
  | { kind: 'raw'; text: string; contentType?: string }
  /** JSON whose id fields are filled with known ids at send time. */
  | { kind: 'jsonWithIds'; value: unknown; ids: Record<string, IdValue> };

/** One generated request, before ids and the actor's cookie are resolved. */
export interface FuzzCase {
  operation: number;
  method: string;
  actor: number;
  pathParams: Record<string, IdValue>;
  query: [string, string][] | { raw: string };
  body: BodySpec;
  headers: Record<string, string>;
}

/** Valid-looking values for a schema: requests that get past validation reach the services. */
export function validValue(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const inner = validValueOfType(schema, depth);
  return schema.nullable ? fc.oneof({ arbitrary: inner, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : inner;
}

function validValueOfType(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => validValue(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return validString(schema);
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e9), max: Math.min(schema.maximum ?? 1000, 1e9) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 6
        ? fc.constant([])
        : fc.array(validValue(schema.items ?? {}, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'object':
      return validObject(schema, depth);
    default:
      return anyJson();
  }
}

function validObject(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  if (depth > 6) return fc.constant({});
  const model = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, validValue(s, depth + 1)]));
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
}

const patternCache = new Map<string, fc.Arbitrary<string> | null>();

function validString(schema: JsonSchema): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.constantFrom(...signInDecoyEmails));
    case 'date-time':
      return fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uri':
      return fc.webUrl({ validSchemes: ['https'] });
  }
  if (schema.pattern) {
    const matching = matchingPattern(schema.pattern);
    if (matching) return matching.filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity));
  }
  const maxLength = Math.min(schema.maxLength ?? 60, 60);
  const minLength = Math.min(schema.minLength ?? 0, maxLength);
  // Odd text that still fits the field reaches the service and the database (NUL, lone surrogates…).
  const oddButFitting = oddString().filter((text) => text.length >= minLength && text.length <= (schema.maxLength ?? Infinity));
  return fc.oneof(
    { arbitrary: fc.string({ minLength: Math.max(minLength, 1), maxLength: Math.max(maxLength, 1) }), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }), weight: 1 },
    { arbitrary: oddButFitting, weight: 2 },
  );
}

function matchingPattern(pattern: string): fc.Arbitrary<string> | null {
  if (!patternCache.has(pattern)) {
    try {
      patternCache.set(pattern, fc.stringMatching(new RegExp(pattern)));
    } catch {
      patternCache.set(pattern, null);
    }
  }
  return patternCache.get(pattern) ?? null;
}

/**
 * A value that is wrong for the schema in one of the ways clients get it wrong: the wrong type, a
 * missing required field, an unknown field, a string far too long, odd Unicode, a number out of range.
 */
export function wrongValue(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [anyJson(), hugeString(), oddString()];
  if (schema.type === 'object' && schema.properties && depth < 6) options.push(...objectMutations(schema, depth));
  if (schema.type === 'array' && schema.items && depth < 6) {
    options.push(fc.array(wrongValue(schema.items, depth + 1), { minLength: 1, maxLength: 3 }));
    options.push(fc.constant(new Array((schema.maxItems ?? 100) + 1).fill(null)));
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    options.push(fc.constantFrom((schema.minimum ?? 0) - 1, (schema.maximum ?? 1e9) + 1, 1.5, '12', -0, 2 ** 63, Number.MAX_VALUE));
  }
  if (schema.type === 'string') options.push(fc.constantFrom('', ' ', '\u0000', 'x'.repeat((schema.maxLength ?? 1000) + 1)));
  return fc.oneof(...options);
}

function objectMutations(schema: JsonSchema, depth: number): fc.Arbitrary<unknown>[] {
  const props = Object.keys(schema.properties ?? {});
  const valid = validObject(schema, depth) as fc.Arbitrary<Record<string, unknown>>;
  const unknownOnly = fc
    .tuple(valid, fc.constantFrom('admin', 'role', 'practiceId', 'id', '__proto__', 'constructor', 'isDemo', '', '\u0000'), anyJson())
    .map(([obj, key, v]) => ({ ...obj, [key]: v }));
  // An empty body ({}) has no field to leave out or get wrong: only unknown fields to add.
  if (props.length === 0) return [unknownOnly];
  const missing = fc.tuple(valid, fc.constantFrom(...props)).map(([obj, key]) => omit(obj, key));
  const unknown = fc
    .tuple(valid, fc.constantFrom('admin', 'role', 'practiceId', 'id', '__proto__', 'constructor', 'isDemo', '', '\u0000'), anyJson())
    // A computed key makes an own "__proto__" property, which JSON.stringify then sends as written.
    .map(([obj, key, v]) => ({ ...obj, [key]: v }));
  const oneWrongField = fc
    .tuple(valid, fc.constantFrom(...props))
    .chain(([obj, key]) => wrongValue(schema.properties![key]!, depth + 1).map((v) => ({ ...obj, [key]: v })));
  return [missing, unknown, oneWrongField];
}

function omit(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

/** Any id-like path value: a known id (ours, another practice's, one seen in a response) or text that is no id at all. */
export function idValue(pool: 'client' | 'any'): fc.Arbitrary<IdValue> {
  return fc.oneof(
    { arbitrary: fc.nat().map((pick) => ({ kind: 'known' as const, pool, pick })), weight: 6 },
    { arbitrary: fc.uuid().map((text) => ({ kind: 'text' as const, text })), weight: 1 },
    { arbitrary: fc.constantFrom(...oddPathSegments).map((text) => ({ kind: 'text' as const, text })), weight: 2 },
    { arbitrary: oddString().map((text) => ({ kind: 'text' as const, text: encodeSegment(text) })), weight: 1 },
  );
}

function pathParamValue(param: OpenApiParameter): fc.Arbitrary<IdValue> {
  if (param.schema.format === 'uuid') return idValue(param.name === 'clientId' ? 'client' : 'any');
  const text = (v: unknown) => ({ kind: 'text' as const, text: encodeSegment(asText(v)) });
  return fc.oneof(
    { arbitrary: validValue(param.schema).map(text), weight: 3 },
    { arbitrary: fc.constantFrom(...oddPathSegments).map((t) => ({ kind: 'text' as const, text: t })), weight: 1 },
    { arbitrary: wrongValue(param.schema).map(text), weight: 1 },
  );
}

/** Any generated value as text (objects may have no prototype, so String() alone can throw). */
function asText(v: unknown): string {
  return typeof v === 'object' && v !== null ? (JSON.stringify(v) ?? '') : String(v);
}

function queryOf(params: OpenApiParameter[]): fc.Arbitrary<FuzzCase['query']> {
  const query = params.filter((p) => p.in === 'query');
  const value = (p: OpenApiParameter): fc.Arbitrary<string> =>
    p.schema.format === 'uuid'
      ? fc.oneof(fc.uuid(), fc.constantFrom(...oddPathSegments))
      : fc.oneof(
          { arbitrary: validValue(p.schema).map(asText), weight: 3 },
          { arbitrary: wrongValue(p.schema).map((v) => asText(v).slice(0, 3000)), weight: 2 },
        );
  const pairs = fc.tuple(
    ...query.map((p) =>
      fc.option(
        fc.array(value(p), { minLength: 1, maxLength: 2 }).map((vs) => vs.map((v) => [p.name, v] as [string, string])),
        { freq: 3 },
      ),
    ),
    fc.oneof(
      { arbitrary: fc.constant(null), weight: 4 },
      { arbitrary: fc.tuple(fc.constantFrom('unknown', 'limit[]', '__proto__', 'constructor[prototype]', ''), oddString()), weight: 1 },
    ),
  );
  const structured = pairs.map((parts) =>
    parts.flatMap((part) => (part === null ? [] : Array.isArray(part[0]) ? (part as [string, string][]) : [part as [string, string]])),
  );
  return fc.oneof(
    { arbitrary: structured, weight: 9 },
    { arbitrary: fc.constantFrom('a=%', '&&&', '=', '%%%=%%%', '?', 'limit=1&limit=2&limit=x').map((raw) => ({ raw })), weight: 1 },
  );
}

function bodyOf(op: Operation): fc.Arbitrary<BodySpec> {
  const schema = op.body;
  const raw = fc
    .tuple(fc.constantFrom(...malformedJsonTexts), fc.constantFrom<string | undefined>('application/json', ...oddContentTypes, undefined))
    .map(([text, contentType]) => ({ kind: 'raw' as const, text, contentType }));
  const wrongType = fc
    .tuple(schema ? validValue(schema) : anyJson(), fc.constantFrom(...oddContentTypes))
    .map(([value, contentType]) => ({ kind: 'raw' as const, text: JSON.stringify(value) ?? '', contentType }));
  if (!schema) {
    return fc.oneof(
      { arbitrary: fc.constant({ kind: 'none' as const }), weight: 8 },
      { arbitrary: anyJson().map((value) => ({ kind: 'json' as const, value })), weight: 1 },
      { arbitrary: raw, weight: 1 },
    );
  }
  return fc.oneof(
    { arbitrary: validValue(schema).map((value) => ({ kind: 'json' as const, value })), weight: 4 },
    { arbitrary: validWithKnownIds(schema), weight: 2 },
    { arbitrary: wrongValue(schema).map((value) => ({ kind: 'json' as const, value })), weight: 4 },
    { arbitrary: raw, weight: 1 },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: fc.constant({ kind: 'none' as const }), weight: 1 },
  );
}

/** A valid body whose top-level uuid fields point at ids that exist (a clinician, a flag, a message). */
function validWithKnownIds(schema: JsonSchema): fc.Arbitrary<BodySpec> {
  const uuidKeys = Object.entries(schema.properties ?? {})
    .filter(([, s]) => s.format === 'uuid')
    .map(([k]) => k);
  return fc.tuple(validValue(schema), fc.tuple(...uuidKeys.map(() => idValue('any')))).map(([value, ids]) => ({
    kind: 'jsonWithIds' as const,
    value,
    ids: Object.fromEntries(uuidKeys.map((k, i) => [k, ids[i]!])),
  }));
}

function headersOf(op: Operation): fc.Arbitrary<Record<string, string>> {
  const declared = op.parameters.filter((p) => p.in === 'header');
  const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 120 });
  const declaredHeaders = fc.tuple(
    ...declared.map((p) =>
      fc.option(
        fc.oneof({ arbitrary: validValue(p.schema).map(asText), weight: 4 }, { arbitrary: printable, weight: 1 }).map((v) => [p.name, v] as const),
        { freq: 8 },
      ),
    ),
  );
  const extras = fc.record(
    {
      'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'same-site', 'none'),
      origin: fc.constantFrom('https://evil.example', 'null', 'http://localhost:3000'),
      'x-forwarded-for': fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('not-an-ip', '1.1.1.1, 2.2.2.2', '')),
      'last-event-id': fc.oneof(fc.nat().map(String), printable),
      accept: fc.constantFrom('text/html', 'application/xml', '*/*', 'text/event-stream'),
      'accept-language': printable,
    },
    { requiredKeys: [] },
  );
  // Mostly without: cross-site headers turn a request into a CSRF refusal before it reaches the route.
  const maybeExtras = fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: extras, weight: 1 });
  return fc.tuple(declaredHeaders, maybeExtras).map(([pairs, extra]) => ({
    ...Object.fromEntries(pairs.filter((p): p is readonly [string, string] => p !== null)),
    ...(extra ?? {}),
  }));
}

/** Sometimes the wrong method on a real path: the router must answer 404/405, never 500. */
const oddMethods = ['PATCH', 'OPTIONS', 'HEAD', 'PUT', 'DELETE', 'POST'] as const;

/** One request against one operation, as any of `actorCount` callers. */
export function caseFor(op: Operation, operation: number, actorCount: number): fc.Arbitrary<FuzzCase> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  return fc.record({
    operation: fc.constant(operation),
    method: fc.oneof({ arbitrary: fc.constant(op.method), weight: 19 }, { arbitrary: fc.constantFrom(...oddMethods), weight: 1 }),
    actor: fc.nat({ max: actorCount - 1 }),
    pathParams: fc.tuple(...pathParams.map((p) => pathParamValue(p))).map((vs) => Object.fromEntries(pathParams.map((p, i) => [p.name, vs[i]!]))),
    query: queryOf(op.parameters),
    body: bodyOf(op),
    headers: headersOf(op),
  });
}

/** A request against any of the operations, each operation equally likely. */
export function fuzzCase(operations: Operation[], actorCount: number): fc.Arbitrary<FuzzCase> {
  return fc.oneof(...operations.map((op, i) => caseFor(op, i, actorCount)));
}
