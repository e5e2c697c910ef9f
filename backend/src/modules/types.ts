import type { DbOrTx } from '../db/engine.js';

/**
 * A backend domain: its GraphQL SDL (extending Query/Mutation), resolvers, the
 * search right guarding each of its entity types' history, and a demo seed.
 * Tables live in ./tables.ts next to it (drizzle-kit reads src/modules/* /tables.ts).
 */
export interface DomainModule {
  name: string;
  typeDefs: string;
  // Resolver maps are merged by graphql-tools; each domain types its own resolvers.
  resolvers: Record<string, unknown>;
  /** entity type (as written in history) -> right code allowed to read its history */
  historyRights?: Record<string, number>;
  /** Demo data for a fresh database; domains seed in registry order. */
  seed?: (db: DbOrTx) => Promise<void>;
}
