import { ConnectError } from '@pelago/connect-core';

/**
 * Reads a JSON request body of at most `limit` bytes. Refuses with `ConnectError`s: 415 for a
 * content type other than `application/json` (charset, if given, must be UTF-8), 413 as soon
 * as the declared length or the bytes streamed so far pass the limit (the rest is never
 * read), 400 `malformed_json` for an empty body, invalid UTF-8 or invalid JSON.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  assertJsonContentType(request.headers.get('content-type'));

  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);

  const bytes = await readAtMost(request, limit);
  if (bytes.byteLength === 0) {
    throw new ConnectError('malformed_json', { message: 'The request body is empty; send JSON.' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConnectError('malformed_json', { message: 'The request body is not valid UTF-8.' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ConnectError('malformed_json');
  }
}

function assertJsonContentType(header: string | null): void {
  const [type = '', ...parameters] = (header ?? '').split(';');
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (type.trim().toLowerCase() !== 'application/json' || (charset && charset !== 'utf-8')) {
    throw new ConnectError('unsupported_media_type', {
      message: 'Send the request body as JSON, with Content-Type: application/json.',
    });
  }
}

async function readAtMost(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (cause) {
      throw new ConnectError('malformed_json', {
        message: 'The request body could not be read.',
        cause,
      });
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > limit) {
      // Stop here: the sender learns the limit without us reading the rest.
      reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(result.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(limit: number): ConnectError {
  return new ConnectError('payload_too_large', {
    message: `The request body is larger than ${limit} bytes.`,
  });
}
