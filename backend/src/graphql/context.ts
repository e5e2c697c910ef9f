import type { ModuleConfig } from '../config/module-config.js';
import type { Db } from '../db/engine.js';

export interface SessionUser {
  id: number;
  username: string;
  otherNames: string;
  lastName: string;
  language: string;
  healthFacilityId: number | null;
  /** Regions or districts the user is bound to (their data scope, with the facility's district); none = national. */
  locationIds: number[];
  rights: Set<number>;
  sessionId: string;
}

/** Per-request context every resolver receives. */
export interface Ctx {
  db: Db;
  engine: 'pglite' | 'postgres';
  user: SessionUser | null;
  ip: string;
  secure: boolean;
  /** Set-Cookie values the HTTP layer adds to the response. */
  setCookies: string[];
  /** Merged configuration of a console module (manifest defaults < packs < composition.json). */
  moduleConfig: ModuleConfig;
}

/** What the HTTP layer hands to yoga as server context. */
export interface ServerContext {
  ip: string;
  secure: boolean;
  setCookies: string[];
}
