// Stands in for the reader's own sign-in code, which the docs import as './session': it reads
// `Authorization: Bearer <merchantId>:<role>`, as the kit's own tests do.
export interface Session {
  merchantId: string;
  role: 'owner' | 'admin' | 'viewer';
}

export async function readSession(request: Request): Promise<Session | null> {
  const match = /^Bearer ([\w-]+):(owner|admin|viewer)$/.exec(
    request.headers.get('authorization') ?? '',
  );
  return match ? { merchantId: match[1]!, role: match[2] as Session['role'] } : null;
}
