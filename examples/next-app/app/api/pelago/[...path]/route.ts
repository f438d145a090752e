import { pelagoHandler } from '../../../../lib/pelago';

// node:crypto, SQLite and the sandbox need Node.js; every answer depends on the request.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Hands each request to the kit's fetch-standard handler, created on the first one. */
async function handle(request: Request): Promise<Response> {
  const handler = await pelagoHandler();
  return handler(request);
}

export const GET = handle;
export const POST = handle;
export const DELETE = handle;
export const OPTIONS = handle;
