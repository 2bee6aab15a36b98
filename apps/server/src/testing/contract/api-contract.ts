import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The API description as a contract every response is held to (issue 21): the status must be one
 * the operation declares, and the body must be valid against the schema declared for that status
 * and media type. Validators are compiled on first use per operation, status and media type and
 * kept, so checking every response of the suite costs one Ajv call each.
 */

interface MediaType {
  schema?: object;
}
interface ResponseObject {
  description?: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, { required?: boolean }>;
}
interface OperationObject {
  responses: Record<string, ResponseObject>;
}
export interface DereferencedDocument {
  paths: Record<string, Record<string, OperationObject>>;
}

/** One response as the suite saw it. `body` is undefined when it was not read (a stream). */
export interface SeenResponse {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body?: string;
}

interface Route {
  template: string;
  /** Literal segments, or null where the template has a parameter. */
  segments: (string | null)[];
  operation: OperationObject;
}

// ajv-formats is CommonJS with a default export: under Node's ESM loader it arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

export class ApiContract {
  private readonly routes = new Map<string, Route[]>();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv: Ajv;

  private constructor(doc: DereferencedDocument) {
    // OpenAPI 3.0 schemas carry `nullable` and `example`: Ajv knows the first, strict: false lets the second pass.
    this.ajv = new Ajv({ strict: false, allErrors: false });
    addFormats(this.ajv);
    for (const [template, operations] of Object.entries(doc.paths)) {
      const segments = template.split('/').map((s) => (/^\{\w+\}$/.test(s) ? null : s));
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
        const list = this.routes.get(method.toUpperCase()) ?? [];
        list.push({ template, segments, operation });
        this.routes.set(method.toUpperCase(), list);
      }
    }
  }

  /** Dereferences a copy of the document (the caller's stays as it was). */
  static async from(document: object): Promise<ApiContract> {
    const copy = structuredClone(document);
    return new ApiContract(resolveLocalRefs(copy, copy) as DereferencedDocument);
  }

  /** The operation a request reaches, matched as the router does (a literal segment before a parameter); HEAD is GET's. */
  routeFor(method: string, url: string): Route | undefined {
    const path = url.split('?')[0]!.replace(/(.)\/+$/, '$1');
    const parts = path.split('/');
    const candidates = (this.routes.get(method === 'HEAD' ? 'GET' : method) ?? []).filter(
      (r) => r.segments.length === parts.length && r.segments.every((s, i) => s === null || s === parts[i] || s === safeDecode(parts[i]!)),
    );
    return candidates.sort((a, b) => literalFirst(b) - literalFirst(a))[0];
  }

  /** What is wrong with a response, in words; empty when it keeps the contract. Requests to no operation are not judged. */
  problemsWith(seen: SeenResponse): string[] {
    const route = this.routeFor(seen.method, seen.url);
    if (!route) return [];
    const where = `${seen.method} ${route.template}`;
    const declared =
      route.operation.responses[String(seen.status)] ?? route.operation.responses[`${String(seen.status)[0]}XX`] ?? route.operation.responses.default;
    if (!declared) {
      return [
        `${where} answered ${seen.status}, which the API description does not declare for it (declared: ${Object.keys(route.operation.responses).join(', ')})`,
      ];
    }
    const problems: string[] = [];
    for (const [name, header] of Object.entries(declared.headers ?? {})) {
      if (header.required && seen.headers[name.toLowerCase()] === undefined) problems.push(`${where} ${seen.status} lacks the ${name} header it declares`);
    }
    if (seen.method === 'HEAD' || seen.body === undefined || !declared.content) return problems;
    const mediaType = String(seen.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    const media = declared.content[mediaType];
    if (!media) {
      problems.push(`${where} ${seen.status} answered ${mediaType || 'no content type'}, not one it declares (${Object.keys(declared.content).join(', ')})`);
      return problems;
    }
    if (!media.schema) return problems;
    const value = isJson(mediaType) ? parseJson(seen.body) : seen.body;
    if (value === NOT_JSON) {
      problems.push(`${where} ${seen.status} declared ${mediaType} but its body is not JSON: ${seen.body.slice(0, 120)}`);
      return problems;
    }
    const validate = this.validatorFor(`${where} ${seen.status} ${mediaType}`, media.schema);
    if (!validate(value)) {
      const errors = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
      problems.push(`${where} ${seen.status} body does not match its schema: ${errors.join('; ')} — body ${seen.body.slice(0, 300)}`);
    }
    return problems;
  }

  /** Throws when a response breaks the contract, so the test that made the call fails with the reason. */
  assertHolds(seen: SeenResponse): void {
    const problems = this.problemsWith(seen);
    if (problems.length) throw new ContractViolation(problems);
  }

  private validatorFor(key: string, schema: object): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

export class ContractViolation extends Error {
  constructor(readonly problems: string[]) {
    super(`The response breaks the API description (GET /api/v1/openapi.json):\n- ${problems.join('\n- ')}`);
    this.name = 'ContractViolation';
  }
}

/** Ranks a route by how early its literal segments come, as the router prefers a literal over a parameter at each step. */
function literalFirst(route: Route): number {
  return route.segments.reduce((rank, s, i) => rank + (s === null ? 0 : 2 ** (route.segments.length - i)), 0);
}

/**
 * Replaces each local `$ref` (`#/components/...`, the only kind the description has) with what it
 * names: a tenth of the time a general dereferencer takes, on every test app's start.
 */
function resolveLocalRefs(node: unknown, root: unknown, seen = new Set<string>()): unknown {
  if (Array.isArray(node)) return node.map((item) => resolveLocalRefs(item, root, seen));
  if (!node || typeof node !== 'object') return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    if (seen.has(ref)) throw new Error(`The API description refers to itself through ${ref}`);
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
    if (target === undefined) throw new Error(`The API description names ${ref}, which it does not have`);
    return resolveLocalRefs(target, root, new Set([...seen, ref]));
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = resolveLocalRefs(value, root, seen);
  return out;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isJson(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

const NOT_JSON = Symbol('not JSON');
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}
