import http from 'node:http';
import { expectNoKeyLeaks } from '@pelago/connect-testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/vault/index';
import {
  ALLOWED_ORIGIN,
  type HandlerTestServer,
  startHandlerTestServer,
} from '../../test-support/handlerTestServer';

// Property-based fuzzing of every route's body, headers, path and query, with a fixed seed and a
// bounded number of runs so that the suite takes the same few seconds every time. Whatever
// comes in, the answer is never a 500, always JSON (or empty), and no key ever leaves.

const SEED = 20_261_201;
const RUNS = { bodies: 300, rawBodies: 100, headers: 200, paths: 300, queries: 150 };

let t: HandlerTestServer;
/** Every answer's status line, headers and body. */
const answers: string[] = [];
const chargeIds: string[] = [];

// Merchants apart, so that fuzzing DELETE /key or POST /key on one leaves the others connected.
const payer = 'merchant-fuzz-pay:owner';
const keyOwner = 'merchant-fuzz-key:owner';
const wanderer = 'merchant-fuzz-path:admin';

beforeAll(async () => {
  t = await startHandlerTestServer(() => memoryStore());
  for (const as of [payer, wanderer]) {
    const connected = await t.call('/api/pelago/key', {
      method: 'POST',
      as,
      body: { key: t.sandbox.keys.full },
    });
    expect(connected.status).toBe(200);
  }
  for (let i = 0; i < 3; i++) {
    const paid = await t.call('/api/pelago/charges', {
      method: 'POST',
      as: payer,
      body: { amount: 50_000, currency: 'usd', source: 'tok_visa', idempotencyKey: `fuzz-${i}` },
    });
    expect(paid.status).toBe(200);
    chargeIds.push(paid.body.charge.id);
  }
});

afterAll(async () => {
  await t?.stop();
});

interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/** Sends through node:http and toNodeHandler, as a browser would. */
async function send(request: Sent): Promise<{ status: number; text: string; type: string }> {
  const response = await fetch(`${t.url}${request.path}`, {
    method: request.method,
    headers: request.headers ?? {},
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  const text = await response.text();
  answers.push(`${response.status} ${JSON.stringify([...response.headers])} ${text}`);
  return { status: response.status, text, type: response.headers.get('content-type') ?? '' };
}

/** What every answer must be: not a 500, and JSON with an error code when it is an error. */
function expectSoundAnswer(answer: { status: number; text: string; type: string }, what: string) {
  expect(answer.status, `${what} → ${answer.text.slice(0, 300)}`).not.toBe(500);
  // 502/504 only stand for the sandbox's own failure tokens (tok_500 and the like).
  expect(answer.status < 500 || [502, 504].includes(answer.status), what).toBe(true);
  if (answer.status >= 400 && !what.startsWith('HEAD ')) {
    expect(answer.type, what).toContain('application/json');
    expect(JSON.parse(answer.text).error.code, what).toEqual(expect.any(String));
  }
}

const auth = (as: string) => ({
  authorization: `Bearer ${as}`,
  'content-type': 'application/json',
  origin: ALLOWED_ORIGIN,
});

// Any UTF-16 code units, with the troublesome ones (lone surrogates, NUL, separators, pairs cut
// in half, key-shaped text) far more often than chance would pick them.
const tricky = fc.constantFrom(
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ud83d',
  '\u0000',
  '\u2028',
  '\ufeff',
  '😀',
  'é',
  '[',
  ']',
  '&=',
  '"\\',
  'rk_test_',
);
const anyText = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 10 })
  .map((parts) => parts.join(''));
const longText = fc.string({ unit: 'binary', minLength: 400, maxLength: 1200 });
const text = fc.oneof({ weight: 4, arbitrary: anyText }, { weight: 1, arbitrary: longText });
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(0, -1, 1, 99_999_999, 100_000_000, 2 ** 53, 1e21),
);
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(anyText, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const metadata = fc.oneof(
  { weight: 3, arbitrary: fc.dictionary(anyText, anyText, { maxKeys: 6 }) },
  { weight: 1, arbitrary: fc.dictionary(text, fc.oneof(text, scalar), { maxKeys: 60 }) },
  { weight: 1, arbitrary: jsonish },
);
const field = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, jsonish);

/** A valid body with some of its fields replaced by fuzz, so most requests get far. */
const fuzzedOver = <T extends Record<string, unknown>>(
  valid: () => T,
  fuzz: { [K in keyof T]?: fc.Arbitrary<unknown> } & Record<string, fc.Arbitrary<unknown>>,
) => {
  const fields = fuzz as Record<string, fc.Arbitrary<unknown>>;
  // Mostly one field at a time (the rest valid, so the request reaches Stripe), sometimes many.
  const one = fc
    .constantFrom(...Object.keys(fields))
    .chain((name) => fields[name]!.map((value) => ({ [name]: value })));
  const several = fc.record(fields, { requiredKeys: [] });
  return fc
    .oneof({ weight: 3, arbitrary: one }, { weight: 1, arbitrary: several })
    .map((over) => ({ ...valid(), ...over }));
};

let sequence = 0;
const chargeBody = fuzzedOver(
  () => ({ amount: 1500, currency: 'usd', source: 'tok_visa', idempotencyKey: `f-${++sequence}` }),
  {
    amount: field(fc.integer({ min: -5, max: 100_000_001 })),
    currency: field(fc.constantFrom('usd', 'EUR', 'jpy', 'bhd', 'isk', 'xxx', 'us')),
    source: field(fc.constantFrom('tok_visa', 'tok_chargeDeclined', 'tok_500', 'tok_429', 'src_x')),
    description: text,
    metadata,
    idempotencyKey: field(fc.string({ minLength: 1, maxLength: 210 })),
  },
);
const refundBody = fuzzedOver(() => ({ amount: 1, idempotencyKey: `f-${++sequence}` }), {
  chargeId: field(fc.constantFrom('ch_missing', 'ch_', 'ch_1')),
  amount: field(fc.integer({ min: -5, max: 60_000 })),
  reason: field(fc.constantFrom('duplicate', 'fraudulent', 'requested_by_customer', 'other')),
  note: text,
  metadata,
  idempotencyKey: field(fc.string({ minLength: 1, maxLength: 210 })),
});
const keyBody = fc.record(
  {
    key: field(
      fc.oneof(
        fc.constantFrom('', 'sk_test_abc', 'pk_test_abc', 'rk_live_abc'),
        fc.stringMatching(/^rk_test_[A-Za-z0-9]{20,40}$/),
      ),
    ),
    name: text,
    publishableKey: field(fc.constantFrom('pk_test_abc', 'pk_live_abc')),
  },
  { requiredKeys: [] },
);

/** A body as JSON text, or broken: cut short, or with characters JSON cannot hold as sent. */
const asJson = (body: fc.Arbitrary<unknown>) =>
  fc.tuple(body, fc.nat({ max: 9 })).map(([value, mangle]) => {
    const json = JSON.stringify(value) ?? 'null';
    if (mangle === 0) return json.slice(0, Math.floor(json.length / 2));
    if (mangle === 1) return `${json}\u0000`;
    return json;
  });

describe('fuzzed requests never answer 500 and never leak a key', () => {
  it('takes any body on every route', async () => {
    const routes = fc.oneof(
      fc.record({
        path: fc.constant('/charges'),
        as: fc.constant(payer),
        body: asJson(chargeBody),
      }),
      fc.record({
        path: fc.constant('/refunds'),
        as: fc.constant(payer),
        // Now and then a real charge, so the refund reaches Stripe with fuzzed details.
        body: fc
          .tuple(refundBody, fc.nat({ max: 2 }), fc.nat({ max: 3 }))
          .map(([body, index, odd]) =>
            JSON.stringify(odd === 0 ? body : { chargeId: chargeIds[index], ...body }),
          ),
      }),
      fc.record({ path: fc.constant('/key'), as: fc.constant(keyOwner), body: asJson(keyBody) }),
      fc.record({
        path: fc.constantFrom('/key/verify', '/key'),
        as: fc.constant(wanderer),
        body: asJson(jsonish),
      }),
    );
    await fc.assert(
      fc.asyncProperty(routes, fc.constantFrom('POST', 'DELETE'), async (route, method) => {
        // DELETE only where it exists and harms nobody else.
        const verb = route.path === '/key' && route.as === wanderer ? method : 'POST';
        const answer = await send({
          method: verb,
          path: `/api/pelago${route.path}`,
          headers: auth(route.as),
          body: route.body,
        });
        expectSoundAnswer(answer, `${verb} ${route.path} ${JSON.stringify(route.body)}`);
        if (verb === 'DELETE') {
          await t.call('/api/pelago/key', {
            method: 'POST',
            as: wanderer,
            body: { key: t.sandbox.keys.full },
          });
        }
      }),
      { seed: SEED, numRuns: RUNS.bodies },
    );
  });

  it('takes any bytes as a body, whatever the content type says', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('/charges', '/refunds', '/key'),
        fc.constantFrom(
          'application/json',
          'application/json; charset=latin1',
          'text/plain',
          'application/json; charset="UTF-8"',
        ),
        async (bytes, path, type) => {
          const answer = await send({
            method: 'POST',
            path: `/api/pelago${path}`,
            headers: { ...auth(keyOwner), 'content-type': type },
            body: bytes,
          });
          expectSoundAnswer(answer, `${path} ${type} ${Buffer.from(bytes).toString('hex')}`);
        },
      ),
      { seed: SEED, numRuns: RUNS.rawBodies },
    );
  });

  it('takes any headers', async () => {
    // What HTTP lets a header value hold: visible ASCII, spaces and tabs.
    const headerValue = fc
      .string({ unit: 'binary-ascii', maxLength: 80 })
      .map((value) => value.replace(/[^\t\x20-\x7e]/g, ''));
    const headers = fc.record(
      {
        authorization: fc.oneof(
          headerValue,
          fc.constantFrom(`Bearer ${payer}`, 'Bearer x:owner', 'Bearer :', 'Basic Zm9vOmJhcg=='),
        ),
        'content-type': fc.oneof(headerValue, fc.constant('application/json')),
        'idempotency-key': headerValue,
        origin: fc.oneof(
          headerValue,
          fc.constantFrom(ALLOWED_ORIGIN, 'null', 'http://evil.example'),
        ),
        'x-forwarded-host': headerValue,
        'x-forwarded-proto': headerValue,
        forwarded: headerValue,
        cookie: headerValue,
        'access-control-request-method': headerValue,
      },
      { requiredKeys: [] },
    );
    const body = JSON.stringify({ amount: 100, currency: 'usd', source: 'tok_visa' });
    await fc.assert(
      fc.asyncProperty(
        headers,
        fc.constantFrom('GET /key', 'POST /charges', 'OPTIONS /refunds', 'GET /charges'),
        async (fuzzed, route) => {
          const [method, path] = route.split(' ') as [string, string];
          const answer = await rawRequest(
            method,
            `/api/pelago${path}`,
            fuzzed,
            method === 'POST' ? body : undefined,
          );
          if (answer === null) return; // node:http will not send these headers
          expectSoundAnswer(answer, `${route} ${JSON.stringify(fuzzed)}`);
        },
      ),
      { seed: SEED, numRuns: RUNS.headers },
    );
  });

  it('takes any path and method, as sent on the wire', async () => {
    const segment = fc.oneof(
      fc.constantFrom('key', 'verify', 'charges', 'refunds', 'publishable', 'ch_1', '..', '.'),
      fc.constantFrom('%2e%2e', '%2E', '%2f', '%5c', '\\', '', '%00', '%ZZ', '%ud800', '%ED%A0%80'),
      fc.stringMatching(/^[A-Za-z0-9_.~%!$&'()*+,;=:@-]{1,12}$/),
    );
    const path = fc
      .tuple(
        fc.constantFrom('/api/pelago', '/api/pelago/', '/api//pelago', '/API/pelago', '', '/x/..'),
        fc.array(segment, { maxLength: 4 }),
        fc.constantFrom('', '?', '?limit=2', '?query=%F0', '#frag', '?a=%00'),
      )
      .map(([base, segments, tail]) => `${base}/${segments.join('/')}${tail}`);
    // Methods node:http parses at all; it refuses others itself, before any handler runs.
    const method = fc.constantFrom(
      'GET',
      'POST',
      'PUT',
      'PATCH',
      'DELETE',
      'OPTIONS',
      'HEAD',
      'PURGE',
      'PROPFIND',
    );
    await fc.assert(
      fc.asyncProperty(path, method, async (rawPath, verb) => {
        const answer = await rawRequest(verb, rawPath, auth(wanderer));
        if (answer === null) return; // node:http refuses to send this path at all
        expectSoundAnswer(answer, `${verb} ${rawPath}`);
      }),
      { seed: SEED, numRuns: RUNS.paths },
    );
  });

  it('takes any query on the charge list and any charge id', async () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('0', '1', '100', '101', '-1', '1e3', 'ch_1', ''),
    );
    const query = fc.record(
      { limit: value, startingAfter: value, query: value },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(query, fc.option(value), async (params, id) => {
        const search = new URLSearchParams(params as Record<string, string>).toString();
        const path =
          id === null
            ? `/api/pelago/charges?${search}`
            : `/api/pelago/charges/${encodeURIComponent(id)}`;
        const answer = await send({ method: 'GET', path, headers: auth(payer) });
        expectSoundAnswer(answer, path);
      }),
      { seed: SEED, numRuns: RUNS.queries },
    );
  });

  it('logged no unexpected error and let no whole key out anywhere', () => {
    expect(t.logs.filter((line) => line.includes('Unexpected error'))).toEqual([]);
    expect(answers.length).toBeGreaterThan(900);
    expectNoKeyLeaks(
      [...answers, ...t.seen, ...t.logs],
      t.sandbox.describeKeys().map((info) => info.key),
    );
  });
});

/** A request whose path goes out exactly as given; null when node:http will not send it. */
function rawRequest(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string; type: string } | null> {
  const { hostname, port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    let request: http.ClientRequest;
    try {
      request = http.request({ host: hostname, port, method, path, headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => {
          answers.push(`${response.statusCode} ${JSON.stringify(response.headers)} ${body}`);
          resolve({
            status: response.statusCode ?? 0,
            text: body,
            type: String(response.headers['content-type'] ?? ''),
          });
        });
      });
    } catch {
      resolve(null);
      return;
    }
    request.on('error', reject);
    request.end(body);
  });
}
