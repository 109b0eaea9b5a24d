import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { API_TOKEN_HEADER, startWebHost } from '../../electron/backend/web/webHost';
import type { WebHost } from '../../electron/backend/web/webHost';
import fs from 'node:fs';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { makeTempDir, startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

/** Fixed: a failure names its payload and reproduces on every run. */
const SEED = 20261130;
const PAYLOADS_PER_METHOD = 60;
const BODY_LIMIT = 64 * 1024;
const IN_FLIGHT = 6;

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
}
interface Listing {
  name: string;
  inputSchema: JsonSchema;
}
interface Payload {
  kind: string;
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
}

/** The JSON types a property schema accepts; empty when it says nothing (anything goes, so no wrong type exists). */
function acceptedTypes(schema: JsonSchema): Set<string> {
  const types = new Set<string>();
  const visit = (s: JsonSchema) => {
    if (s.type) for (const type of [s.type].flat()) types.add(type === 'integer' ? 'number' : type);
    if (s.enum || s.const !== undefined) for (const value of s.enum ?? [s.const]) types.add(value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
    for (const inner of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) visit(inner);
  };
  visit(schema);
  return types;
}

const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('\u0000', '\ud800', '\udfff.png', '\u202eexe.pdf', '../../../etc/passwd', "' OR 1=1 --", '%ZZ', '💥'.repeat(300), 'Ư\u0301'),
);
const valueOfType: Record<string, fc.Arbitrary<unknown>> = {
  string: oddText,
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1, 0, 2 ** 53, 1e308, -0.5)),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue(), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 }),
};

/** A value of a JSON type the property does not accept: the whole input is then invalid, whatever else it holds. */
const wrongValueFor = (schema: JsonSchema) => fc.oneof(...Object.entries(valueOfType).filter(([type]) => !acceptedTypes(schema).has(type)).map(([, arbitrary]) => arbitrary));

const objectText = (entries: [string, unknown][]) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;
const json = (kind: string) => (body: string): Payload => ({ kind, body, contentType: 'application/json' });

function payloadsFor(method: Listing, seed: number): Payload[] {
  const properties = Object.entries(method.inputSchema.properties ?? {});
  const typed = properties.filter(([, schema]) => acceptedTypes(schema).size > 0 && acceptedTypes(schema).size < Object.keys(valueOfType).length);
  const extraKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '$where'), fc.string({ minLength: 1, maxLength: 12 }));

  const notJson = fc
    .oneof(
      fc.constantFrom('{', '{"a":', "{'a':1}", 'undefined', 'NaN', '{"a":1,}', '[1,2', '\ufeff{}', '{}{}', '{"a":"\\x41"}', '\u0000', ' '),
      fc.string({ minLength: 1 }),
    )
    .filter((text) => {
      try {
        const value: unknown = JSON.parse(text);
        return typeof value !== 'object' || value === null || Array.isArray(value);
      } catch {
        return true;
      }
    })
    .map(json('not JSON or not an object'));
  const rawBytes = fc
    .uint8Array({ minLength: 1, maxLength: 200 })
    .map((bytes) => Uint8Array.from([0xff, ...bytes]))
    .map((body): Payload => ({ kind: 'invalid UTF-8 bytes', body, contentType: 'application/json' }));
  const nonObject = fc
    .oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 5 }))
    .map((value) => JSON.stringify(value))
    .map(json('JSON that is not an object'));
  const deep = fc.integer({ min: 1000, max: 200_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)).map(json('deeply nested arrays'));
  const wrongContentType = fc
    .constantFrom('text/plain', 'application/jsonp', 'application/json-seq', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/x-www-form-urlencoded', '')
    .map((contentType): Payload => ({ kind: 'wrong content type', body: '{}', contentType }));
  const oversized = fc.integer({ min: 1, max: 4096 }).map((excess) => json('over the body limit')(`{"x":"${'a'.repeat(BODY_LIMIT + excess)}"}`));
  const wrongTyped =
    typed.length > 0
      ? fc
          .tuple(
            fc.constantFrom(...typed),
            fc.array(fc.tuple(fc.constantFrom(...properties.map(([key]) => key)), fc.jsonValue()), { maxLength: 4 }),
            fc.array(fc.tuple(extraKey, fc.jsonValue()), { maxLength: 2 }),
          )
          .chain(([[key, schema], others, extras]) => wrongValueFor(schema).map((wrong): [string, unknown][] => [...others, ...extras, [key, wrong]]))
          .map(objectText)
          .map(json('a field of the wrong type'))
      : fc.array(fc.tuple(extraKey, fc.jsonValue()), { minLength: 1, maxLength: 3 }).map(objectText).map(json('a field the method does not have'));

  return fc.sample(
    fc.oneof(
      { arbitrary: wrongTyped, weight: 6 },
      { arbitrary: notJson, weight: 2 },
      { arbitrary: rawBytes, weight: 1 },
      { arbitrary: nonObject, weight: 2 },
      { arbitrary: deep, weight: 1 },
      { arbitrary: wrongContentType, weight: 1 },
      { arbitrary: oversized, weight: 1 },
    ),
    { seed, numRuns: PAYLOADS_PER_METHOD },
  );
}

/** Every row of every table, in a stable order: what "the store is unchanged" is checked against. */
function dumpStore(sqlite: Database.Database): Record<string, string[]> {
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`select * from "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()]));
}

let backend: TestBackend;
let host: WebHost;
let auditId: string;
beforeAll(async () => {
  backend = await startTestBackend();
  auditId = (await startSampleAudit(backend)).auditId;
  host = await startWebHost({ backend, rendererDist: backend.dataDir, maxBodyBytes: BODY_LIMIT });
});
afterAll(async () => {
  await host.close();
  backend.close();
});

describe('the web host under malformed requests', () => {
  it(`answers ${PAYLOADS_PER_METHOD} malformed payloads to every listed method with 4xx or a refusal, never 5xx, and changes nothing`, { timeout: 240_000 }, async () => {
    const listing = (await (await fetch(`${host.url}api`, { headers: { [API_TOKEN_HEADER]: host.token } })).json()) as { value: Listing[] };
    expect(listing.value.length).toBeGreaterThan(90);
    const before = dumpStore(backend.store.sqlite);

    const requests = listing.value.flatMap((method, index) => payloadsFor(method, SEED + index).map((payload) => ({ method: method.name, payload })));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const { method, payload } = requests[next++]!;
        const response = await fetch(`${host.url}api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': payload.contentType, [API_TOKEN_HEADER]: host.token },
          body: payload.body,
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const answer = (await response.json()) as { ok: boolean; error?: { code: string } };
        const wrong = response.status >= 500 || answer.ok || answer.error?.code === 'INTERNAL' || (response.status !== 200 && response.status < 400);
        if (wrong) failures.push(`${method} (${payload.kind}) → ${response.status} ${JSON.stringify(answer).slice(0, 200)}: ${String(payload.body).slice(0, 120)}`);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    expect(requests.length).toBeGreaterThanOrEqual(listing.value.length * 50);
    expect(failures).toEqual([]);
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    expect(dumpStore(backend.store.sqlite)).toEqual(before);
    expect((await fetch(`${host.url}api`, { headers: { [API_TOKEN_HEADER]: host.token } })).status).toBe(200);
    console.log(`fuzzer: ${requests.length} requests to ${listing.value.length} methods; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  });

  it('takes no folder for a package export: an input naming one is refused and nothing is written there', async () => {
    const outside = makeTempDir('goi-ngoai-');
    const before = dumpStore(backend.store.sqlite);
    const inputs = {
      'packages.handOut': { auditIds: [auditId], machineName: 'Máy tổ 2', folder: outside },
      'packages.exportResult': { folder: outside },
      'packages.exportFollowup': { auditIds: [auditId], folder: outside },
    };
    for (const [method, input] of Object.entries(inputs)) {
      const response = await fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: host.token }, body: JSON.stringify(input) });
      expect(await response.json(), method).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(dumpStore(backend.store.sqlite)).toEqual(before);
  });
});
