/**
 * What a service function receives instead of GraphQL's per-request context: the database, the
 * signed-in user (history, scope) and the module configuration, so http routes and other domains
 * can call it too. It belongs in the kit (platform/); it lives here until the kit owner moves it.
 */
import type { ModuleConfig } from '../../../config/module-config.js';
import type { Db } from '../../../db/engine.js';
import type { SessionUser } from '../../../graphql/context.js';

export interface ServiceCtx {
  db: Db;
  user: SessionUser | null;
  moduleConfig: ModuleConfig;
}
