import {
  ConnectError,
  type CreateChargeRequest,
  type CreateChargeResponse,
  type CreateRefundRequest,
  type CreateRefundResponse,
  type GetChargeResponse,
  type GetKeyResponse,
  type ListChargesQuery,
  type ListChargesResponse,
  type PutKeyRequest,
  type PutKeyResponse,
  type PutPublishableKeyRequest,
  type PutPublishableKeyResponse,
} from '@pelago/connect-core';

/** Per-call options: an `AbortSignal` cancels the request (the promise rejects with its reason). */
export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * A typed client for the kit's HTTP API (see `createConnectHandler` in `@pelago/connect-server`).
 * Every method resolves with the route's answer or rejects with a `ConnectError`.
 */
export interface ConnectClient {
  /** `GET /key`: whether a key is connected, and its redacted form. */
  getKey(options?: RequestOptions): Promise<GetKeyResponse>;
  /** `POST /key`: verify and store a key. The key travels in the body only, never in a URL. */
  putKey(body: PutKeyRequest, options?: RequestOptions): Promise<PutKeyResponse>;
  /** `POST /key/verify`: ask Stripe again about the stored key, e.g. after a permission change. */
  verifyStoredKey(options?: RequestOptions): Promise<PutKeyResponse>;
  /**
   * `PUT /key/publishable`: add or change the publishable key of the connected key. The server
   * checks it belongs to the same Stripe account (`publishable_key_mismatch` when not).
   */
  putPublishableKey(
    body: PutPublishableKeyRequest,
    options?: RequestOptions,
  ): Promise<PutPublishableKeyResponse>;
  /** `DELETE /key`: disconnect. */
  deleteKey(options?: RequestOptions): Promise<void>;
  /** `GET /charges`: a page of charges, newest first, optionally found by id or order reference. */
  listCharges(query?: ListChargesQuery, options?: RequestOptions): Promise<ListChargesResponse>;
  /** `GET /charges/:id`: one charge with its refunds. */
  getCharge(chargeId: string, options?: RequestOptions): Promise<GetChargeResponse>;
  /**
   * `POST /charges`: charge a payment source. The idempotency key travels as a header; give the
   * same one for the same order (one is generated when you give none).
   */
  createCharge(body: CreateChargeRequest, options?: RequestOptions): Promise<CreateChargeResponse>;
  /**
   * `POST /refunds`: refund a charge in full or in part. `idempotencyKey` is required: make one
   * per refund intent and send the same one on every retry of it, so a retry refunds once.
   */
  createRefund(body: CreateRefundRequest, options?: RequestOptions): Promise<CreateRefundResponse>;
}

/** How the client reaches the host app's handler. */
export interface ConnectClientOptions {
  /** Where the handler is mounted, e.g. `/api/pelago` or `https://partner.example/api/pelago`. */
  endpoint: string;
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
  /** Extra headers for every request, e.g. a CSRF token; a function is called per request. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Cookies and HTTP auth: `same-origin` by default, `include` for a handler on another origin. */
  credentials?: RequestCredentials;
}

/** Creates a {@link ConnectClient} for the handler mounted at `endpoint`. */
export function createConnectClient(options: ConnectClientOptions): ConnectClient {
  const base = options.endpoint.replace(/\/+$/, '');

  async function request<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    extraHeaders: Record<string, string>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const headers = new Headers(await resolveHeaders(options.headers));
    headers.set('Accept', 'application/json');
    for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const doFetch = options.fetch ?? globalThis.fetch;
    // Headers may have taken a tick to resolve: a caller who left meanwhile gets the abort.
    signal?.throwIfAborted();
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: options.credentials ?? 'same-origin',
        cache: 'no-store',
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      throw new ConnectError('network_error', { status: 0, retryable: true, cause: error });
    }
    if (response.status === 204) return undefined as T;
    const payload = await readJson(response);
    if (!response.ok) throw ConnectError.fromBody(payload, response.status);
    if (payload === undefined)
      throw new ConnectError('internal_error', { status: response.status });
    return payload as T;
  }

  return {
    getKey: (opts) => request('GET', '/key', undefined, {}, opts?.signal),
    putKey: (body, opts) => request('POST', '/key', body, {}, opts?.signal),
    verifyStoredKey: (opts) => request('POST', '/key/verify', undefined, {}, opts?.signal),
    putPublishableKey: (body, opts) => request('PUT', '/key/publishable', body, {}, opts?.signal),
    deleteKey: (opts) => request('DELETE', '/key', undefined, {}, opts?.signal),
    listCharges: (query, opts) =>
      request('GET', `/charges${toQuery(query)}`, undefined, {}, opts?.signal),
    getCharge: (chargeId, opts) =>
      request('GET', `/charges/${encodeURIComponent(chargeId)}`, undefined, {}, opts?.signal),
    // Pass one idempotency key per order so a double click or a retry charges once; without
    // one, each call gets its own and only network retries of that call are safe.
    createCharge: ({ idempotencyKey = crypto.randomUUID(), ...body }, opts) =>
      request('POST', '/charges', body, { 'Idempotency-Key': idempotencyKey }, opts?.signal),
    createRefund: (body, opts) => request('POST', '/refunds', body, {}, opts?.signal),
  };
}

async function resolveHeaders(headers: ConnectClientOptions['headers']): Promise<HeadersInit> {
  return typeof headers === 'function' ? await headers() : (headers ?? {});
}

/** The body as JSON, or undefined when there is none or it is not JSON (a proxy's HTML page). */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toQuery(query: ListChargesQuery | undefined): string {
  const params = new URLSearchParams();
  if (query?.limit !== undefined) params.set('limit', String(query.limit));
  if (query?.startingAfter) params.set('startingAfter', query.startingAfter);
  if (query?.query) params.set('query', query.query);
  const text = params.toString();
  return text ? `?${text}` : '';
}
