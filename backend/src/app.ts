/**
 * The backend half of the one-port server: opens (and on first start migrates and
 * seeds) the database, builds the schema from the registered domains and returns a
 * node:http handler for /graphql with CSRF, body-size, depth and cost guards.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaLogger } from 'graphql-yoga';
import type { ModuleConfig } from './config/module-config.js';
import { createFirstAdministrator } from './db/bootstrap.js';
import { type Database, migrateDatabase, type OpenOptions, openDatabase } from './db/engine.js';
import type { Ctx, ServerContext } from './graphql/context.js';
import { buildSchema } from './graphql/schema.js';
import { clientAddress, forwardedSecure, parseTrustProxy } from './http/proxy.js';
import { loadSession, readCookie, SESSION_COOKIE } from './modules/core/auth.js';
import { users } from './modules/core/tables.js';
import { domains } from './modules/index.js';
import { type Addon, migrateAddons } from './platform/addons.js';
import { handleDomainHttp, readBody } from './platform/http.js';
import { registerScopes } from './platform/scope.js';

export const GRAPHQL_PATH = '/graphql';
export const CSRF_HEADER = 'x-kente-csrf';
export const MAX_BODY_BYTES = Number(process.env.KENTE_MAX_BODY_BYTES ?? 100 * 1024);
export const MAX_DEPTH = 12;
export const MAX_COST = 5000;

export interface PrepareOptions extends OpenOptions {
  /** Seed the demo users and demo data on an empty database (`npm start`, tests, e2e); default: KENTE_DEMO=1. */
  demo?: boolean;
  /** The add-ons loaded at start: their migrations run after the backend's. */
  addons?: readonly Addon[];
}

/**
 * Opens the database, applies migrations and fills an empty database: the demo
 * users and data with `demo`, otherwise the system roles and one administrator.
 */
export async function prepareDatabase(options: PrepareOptions = {}, log: (message: string) => void = console.log): Promise<Database> {
  const database = await openDatabase(options);
  const demo = options.demo ?? process.env.KENTE_DEMO === '1';
  try {
    await migrateDatabase(database);
    await database.unbounded((db) => migrateAddons(db, options.addons ?? []));
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    if (!row?.n) {
      const started = Date.now();
      if (demo) {
        // seeds go through the domains' services, which keep to the user's scope
        registerScopes(domains);
        await database.unbounded((db) =>
          db.transaction(async (tx) => {
            for (const domain of domains) await domain.seed?.(tx);
          }),
        );
        log(`Seeded demo data in ${Date.now() - started} ms`);
      } else {
        const admin = await database.unbounded((db) => db.transaction((tx) => createFirstAdministrator(tx)));
        log(
          admin.generatedPassword
            ? `Created the administrator "${admin.username}" with the one-time password ${admin.generatedPassword} (shown only now; it must be changed at first sign-in).`
            : `Created the administrator "${admin.username}" with the password from KENTE_ADMIN_PASSWORD (it must be changed at first sign-in).`,
        );
      }
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

export interface Backend {
  database: Database;
  /** Answers /graphql and /api/...; returns false for any other path. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export interface BackendOptions {
  /** Module configuration (composition.json + manifests); default: none configured (every module's defaults in code). */
  moduleConfig?: ModuleConfig;
  /** Where error summaries go (default console.error). Never given SQL parameters or personal data. */
  log?: (message: string) => void;
}

/** The request being served, for error logs (yoga's maskError has no context argument). */
const currentRequest = new AsyncLocalStorage<{ id: string }>();

/** A request may carry a JSON body without the CSRF header: browsers preflight it cross-site. */
function isJsonPost(req: IncomingMessage): boolean {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  return type === 'application/json' || type === 'application/graphql-response+json';
}

interface Cause {
  message?: string;
  code?: unknown;
  name?: string;
  cause?: unknown;
  originalError?: unknown;
}

/** A GraphQLError thrown on purpose (possibly wrapped with a path by graphql-js), as yoga decides it. */
function isOriginalGraphQLError(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError)) return false;
  return error.originalError == null ? true : isOriginalGraphQLError(error.originalError);
}

/** The innermost error: GraphQL wraps drizzle, drizzle wraps node-postgres. */
function rootCause(error: unknown): Cause {
  let current = error as Cause;
  for (let depth = 0; depth < 5; depth++) {
    const next = (current?.originalError ?? current?.cause) as Cause | undefined;
    if (!next || typeof next !== 'object') break;
    current = next;
  }
  return current ?? {};
}

const timeoutMessages = /^(Query read timeout|timeout exceeded when trying to connect|Connection terminated due to connection timeout)/;
const unavailableMessages =
  /^(Connection terminated|connect ENOENT|connect ECONNREFUSED|read ECONNRESET|write EPIPE|Client has encountered a connection error)/;

/**
 * Yoga's error masking, with two user-facing cases (a statement cut by the timeout,
 * the database restarting) and a log line that names the request, the error class
 * and the SQLSTATE, never the SQL parameters or the message of a database error
 * (both can carry personal data: a failed insert printed 1.8 MB of them).
 */
function createMaskError(log: (message: string) => void, isDev: boolean) {
  return (error: unknown, message: string): Error => {
    if (isOriginalGraphQLError(error)) return error; // our own typed errors (FORBIDDEN, ...) and validation errors
    const cause = rootCause(error);
    const requestId = currentRequest.getStore()?.id ?? '-';
    const sqlstate = typeof cause.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code) ? cause.code : undefined;
    const text = String(cause.message ?? '');
    const path = error instanceof GraphQLError && error.path ? error.path.join('.') : '-';
    const options = { path: error instanceof GraphQLError ? error.path : undefined, nodes: error instanceof GraphQLError ? error.nodes : undefined };
    let code = 'INTERNAL_SERVER_ERROR';
    let userMessage = message;
    if (sqlstate === '57014' || timeoutMessages.test(text)) {
      code = 'TIMEOUT';
      userMessage = 'The request took too long and was stopped. Narrow the search or try again.';
    } else if (sqlstate === '57P01' || unavailableMessages.test(text)) {
      code = 'UNAVAILABLE';
      userMessage = 'The database is restarting. Try again in a moment.';
    }
    const detail = sqlstate ? `sqlstate=${sqlstate}` : `${cause.name ?? 'Error'}: ${text.split('\n')[0]?.slice(0, 200)}`;
    log(`[${requestId}] ${code} at ${path}: ${detail}`);
    const extensions: Record<string, unknown> = { code, requestId };
    if (isDev) extensions.originalError = { message: text, sqlstate };
    return new GraphQLError(userMessage, { ...options, extensions });
  };
}

export function createBackend(database: Database, options: BackendOptions = {}): Backend {
  const moduleConfig: ModuleConfig = options.moduleConfig ?? (() => ({}));
  const log = options.log ?? ((message: string) => console.error(message));
  const trustProxy = parseTrustProxy(process.env.KENTE_TRUST_PROXY);
  // Yoga logs the raw error of every masked error: we log our own summary in maskError instead.
  const logger: YogaLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  const yoga = createYoga<ServerContext, Ctx>({
    schema: buildSchema(domains),
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql: false,
    landingPage: false,
    // Same origin only: no CORS headers, so no other site reads answers with the user's cookie.
    cors: false,
    logging: logger,
    // Unexpected errors become "Unexpected error." with a request id (set KENTE_DEBUG_ERRORS=1 locally to see them).
    maskedErrors: { maskError: createMaskError(log, process.env.KENTE_DEBUG_ERRORS === '1') },
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

  const serveGraphql = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.setHeader('allow', 'GET, POST');
      jsonError(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET for queries or POST.');
      return true;
    }
    // CSRF (GraphQL over HTTP): a GET can only run a query (yoga refuses mutations over GET) and a
    // JSON POST cannot be sent cross-site without a CORS preflight, which we never allow. Bodies a
    // plain HTML form can send (form, text/plain, multipart) need a custom header, which also needs a preflight.
    if (req.method === 'POST' && !isJsonPost(req) && !req.headers[CSRF_HEADER]) {
      jsonError(res, 403, 'CSRF', `Send the body as application/json, or add the header "${CSRF_HEADER}: 1".`);
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
    const serverContext: ServerContext = {
      ip: clientAddress(req, trustProxy),
      secure: process.env.KENTE_SECURE_COOKIES === '1' || forwardedSecure(req, trustProxy),
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

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname.startsWith('/api/')) return handleDomainHttp(domains, req, res, url, { db: database.db, moduleConfig });
    if (url.pathname !== GRAPHQL_PATH) return false;
    const id = String(res.getHeader('x-request-id') ?? '') || crypto.randomUUID();
    return currentRequest.run({ id }, () => serveGraphql(req, res));
  };
  return { database, handle };
}
