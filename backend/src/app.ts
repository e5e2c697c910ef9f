/**
 * The backend half of the one-port server: opens (and on first start migrates and
 * seeds) the database, builds the schema from the registered domains and returns a
 * node:http handler for /graphql with CSRF, body-size, depth and cost guards.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { sql } from 'drizzle-orm';
import { createYoga } from 'graphql-yoga';
import type { ModuleConfig } from './config/module-config.js';
import { type Database, migrateDatabase, type OpenOptions, openDatabase } from './db/engine.js';
import type { Ctx, ServerContext } from './graphql/context.js';
import { buildSchema } from './graphql/schema.js';
import { loadSession, readCookie, SESSION_COOKIE } from './modules/core/auth.js';
import { users } from './modules/core/tables.js';
import { domains } from './modules/index.js';
import { handleDomainHttp } from './platform/http.js';

export const GRAPHQL_PATH = '/graphql';
export const CSRF_HEADER = 'x-kente-csrf';
export const MAX_BODY_BYTES = Number(process.env.KENTE_MAX_BODY_BYTES ?? 100 * 1024);
export const MAX_DEPTH = 12;
export const MAX_COST = 5000;

/** Opens the database, applies migrations and seeds an empty database. */
export async function prepareDatabase(options: OpenOptions = {}, log: (message: string) => void = console.log): Promise<Database> {
  const database = await openDatabase(options);
  try {
    await migrateDatabase(database);
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    if (!row?.n) {
      const started = Date.now();
      await database.db.transaction(async (tx) => {
        for (const domain of domains) await domain.seed?.(tx);
      });
      log(`Seeded demo data in ${Date.now() - started} ms`);
    }
    return database;
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

function jsonError(res: ServerResponse, status: number, code: string, message: string) {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Reads the request body, or null when it is larger than the limit. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

export interface Backend {
  database: Database;
  /** Answers /graphql and /api/...; returns false for any other path. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export interface BackendOptions {
  /** Module configuration (composition.json + manifests); default: none configured (every module's defaults in code). */
  moduleConfig?: ModuleConfig;
}

export function createBackend(database: Database, options: BackendOptions = {}): Backend {
  const moduleConfig: ModuleConfig = options.moduleConfig ?? (() => ({}));
  const trustProxy = process.env.KENTE_TRUST_PROXY === '1';
  const yoga = createYoga<ServerContext, Ctx>({
    schema: buildSchema(domains),
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql: false,
    landingPage: false,
    // Unexpected errors become "Unexpected error." with no message or stack (set KENTE_DEBUG_ERRORS=1 locally to see them).
    maskedErrors: { isDev: process.env.KENTE_DEBUG_ERRORS === '1' },
    plugins: [
      maxDepthPlugin({ n: MAX_DEPTH, exposeLimits: true }),
      costLimitPlugin({ maxCost: MAX_COST, exposeLimits: true }),
      maxTokensPlugin({ n: 2000 }),
      maxAliasesPlugin({ n: 30 }),
    ],
    context: async ({ request, ip, secure, setCookies }) => ({
      db: database.db,
      engine: database.engine,
      ip,
      secure,
      setCookies,
      moduleConfig,
      user: await loadSession(database.db, readCookie(request.headers.get('cookie'), SESSION_COOKIE)),
    }),
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname.startsWith('/api/')) return handleDomainHttp(domains, req, res, url, { db: database.db, moduleConfig });
    if (url.pathname !== GRAPHQL_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.setHeader('allow', 'GET, POST');
      jsonError(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET for queries or POST.');
      return true;
    }
    // CSRF: a custom header cannot be sent cross-site without a CORS preflight, which we never allow.
    if (!req.headers[CSRF_HEADER]) {
      jsonError(res, 403, 'CSRF', `Requests to ${GRAPHQL_PATH} must carry the header "${CSRF_HEADER}: 1".`);
      return true;
    }
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      jsonError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body larger than ${MAX_BODY_BYTES} bytes.`);
      req.resume();
      return true;
    }
    const body = req.method === 'POST' ? await readBody(req, MAX_BODY_BYTES) : undefined;
    if (body === null) {
      res.setHeader('connection', 'close');
      jsonError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body larger than ${MAX_BODY_BYTES} bytes.`);
      return true;
    }
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
    }
    const forwarded = trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          ?.trim()
      : '';
    const serverContext: ServerContext = {
      ip: forwarded || req.socket.remoteAddress || 'unknown',
      secure: process.env.KENTE_SECURE_COOKIES === '1' || (trustProxy && req.headers['x-forwarded-proto'] === 'https'),
      setCookies: [],
    };
    const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? GRAPHQL_PATH}`, {
      method: req.method,
      headers,
      body: body?.length ? new Uint8Array(body) : undefined,
    });
    const response = await yoga.handleRequest(request, serverContext);
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-length') out[key] = value;
    });
    const cookies = [...response.headers.getSetCookie(), ...serverContext.setCookies];
    if (cookies.length) out['set-cookie'] = cookies;
    out['cache-control'] = 'no-store';
    const payload = Buffer.from(await response.arrayBuffer());
    out['content-length'] = String(payload.length);
    res.writeHead(response.status, out).end(payload);
    return true;
  };
  return { database, handle };
}
