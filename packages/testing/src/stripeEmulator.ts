import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';

/** An answer from the emulator. */
export interface EmulatorAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request to the emulator, made with its own secret key on behalf of a merchant account. */
export interface EmulatorRequest {
  method: string;
  /** Path and query string. */
  path: string;
  /** Emulator account id (`acct_…`) the request acts on. */
  account: string;
  body?: Buffer;
  headers?: Record<string, string>;
}

/** The third-party `stripe-stateful-mock` server, listening on loopback. */
export interface StripeEmulator {
  readonly port: number;
  request(request: EmulatorRequest): Promise<EmulatorAnswer>;
  /** Creates a merchant account; the emulator keeps each account's objects apart. */
  createAccount(): Promise<string>;
  close(): Promise<void>;
}

interface StripeStatefulMock {
  createExpressApp(): http.RequestListener;
}

/**
 * Starts `stripe-stateful-mock` on 127.0.0.1 with an ephemeral port. It only accepts `sk_test_`
 * keys, so every forwarded request uses one secret key of its own.
 */
export async function startStripeEmulator(): Promise<StripeEmulator> {
  const app = loadEmulator().createExpressApp();
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const secretKey = `sk_test_${randomBytes(24).toString('hex')}`;
  const agent = new http.Agent({ keepAlive: true });

  const request = (req: EmulatorRequest): Promise<EmulatorAnswer> =>
    new Promise((resolve, reject) => {
      const body = req.body ?? Buffer.alloc(0);
      const outgoing = http.request(
        {
          host: '127.0.0.1',
          port,
          method: req.method,
          path: req.path,
          agent,
          headers: {
            ...req.headers,
            authorization: `Bearer ${secretKey}`,
            ...(req.account ? { 'stripe-account': req.account } : {}),
            'content-length': String(body.length),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 500,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  return {
    port,
    request,
    async createAccount() {
      const id = `acct_${randomBytes(8).toString('hex')}`;
      const answer = await request({
        method: 'POST',
        path: '/v1/accounts',
        // Accounts are created by the emulator's own platform account.
        account: '',
        body: Buffer.from(new URLSearchParams({ type: 'custom', id }).toString()),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      if (answer.status !== 200) {
        throw new Error(
          `The Stripe emulator refused to create an account (HTTP ${answer.status}).`,
        );
      }
      return id;
    },
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let loaded: StripeStatefulMock | undefined;
let internals: EmulatorInternals | undefined;

/** A Stripe object as the emulator keeps it in memory (changes show in its next answers). */
export type EmulatorObject = { id: string; object: string; created: number } & Record<
  string,
  unknown
>;

/**
 * The emulator's in-memory stores, for what its HTTP API cannot do: a refund that stays pending
 * or fails later, a dispute opened on an existing charge. Each lookup throws the emulator's own
 * `resource_missing` error when the object is not on the account.
 */
export interface EmulatorInternals {
  charges: { retrieve(account: string, id: string, paramName: string): EmulatorObject };
  refunds: { retrieve(account: string, id: string, paramName: string): EmulatorObject };
  disputes: {
    createFromSource(
      account: string,
      token: string,
      charge: EmulatorObject,
      reverseBalanceTransaction: boolean,
    ): EmulatorObject;
  };
}

/** The emulator's stores, in the same module instances its HTTP routes use. */
export function emulatorInternals(): EmulatorInternals {
  loadEmulator();
  return internals!;
}

/** Loads the CommonJS emulator from the ESM and the CJS build alike, and silences its logging. */
function loadEmulator(): StripeStatefulMock {
  if (loaded) return loaded;
  // tsup's shims give the CommonJS build an import.meta.url too.
  const requireHere = createRequire(import.meta.url);
  const entry = requireHere.resolve('stripe-stateful-mock');
  loaded = requireHere(entry) as StripeStatefulMock;
  const api = (name: string) => requireHere(join(dirname(entry), 'api', `${name}.js`));
  internals = {
    charges: api('charges').charges,
    refunds: api('refunds').refunds,
    disputes: api('disputes').disputes,
  };
  newestFirstWithinASecond(api('AccountData').AccountData);
  try {
    // loglevel is the emulator's own dependency: resolve it from there to get the same instance.
    const log = createRequire(entry)('loglevel') as { setLevel(level: string): void };
    log.setLevel('silent');
  } catch {
    // Without loglevel the emulator only logs unexpected errors; nothing to silence.
  }
  return loaded;
}

/**
 * The emulator lists objects by `created`, a whole second, and leaves objects made within the
 * same second oldest first. Stripe lists them newest first: later objects win ties here too.
 */
function newestFirstWithinASecond(store: {
  prototype: { getAll(account: string): EmulatorObject[] };
}): void {
  store.prototype.getAll = function getAll(
    this: { data: Record<string, Record<string, EmulatorObject>> },
    account: string,
  ) {
    const all = Object.values(this.data[account] ?? {});
    return all
      .map((object, order) => ({ object, order }))
      .sort((a, b) => b.object.created - a.object.created || b.order - a.order)
      .map(({ object }) => object);
  };
}
