// Express 5 ships no types and the kit does not depend on @types/express, so the docs' Express
// blocks are checked against this outline of the part they use (the Express example itself runs
// in test/express).
declare module 'express' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';

  type Next = (error?: unknown) => void;
  type Middleware =
    | ((req: IncomingMessage, res: ServerResponse, next?: Next) => void)
    | ((error: unknown, req: IncomingMessage, res: ServerResponse, next: Next) => void);

  interface Application {
    (req: IncomingMessage, res: ServerResponse): void;
    use(...handlers: Middleware[]): Application;
    use(path: string, ...handlers: Middleware[]): Application;
    listen(port: number, host?: string, callback?: () => void): Server;
  }

  interface Express {
    (): Application;
    json(options?: { limit?: number | string }): Middleware;
  }

  const express: Express;
  export default express;
}
