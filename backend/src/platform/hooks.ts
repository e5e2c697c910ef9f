/**
 * Hooks between domains, as openIMIS modules have them. A hook point is declared by the
 * domain that owns the action, by augmenting `HookPoints`:
 *
 *   declare module '../../platform/hooks.js' { interface HookPoints { 'location.deleting': { tx: Tx; location: LocationRow } } }
 *
 * Another domain adds a handler in its definition (`hooks: { 'location.deleting': ... }`).
 * The owner calls `runHook(point, payload)` inside its transaction: validation handlers
 * ("...ing") answer user errors that refuse the action; after-events ("...ed") run in the
 * same transaction, so a throw rolls the action back.
 */
import type { UserError } from '../graphql/errors.js';

// biome-ignore lint/suspicious/noEmptyInterface: augmented by each domain that owns a hook point
export interface HookPoints {}

export type HookHandler<P> = (payload: P) => Promise<UserError[] | undefined> | UserError[] | undefined;
export type HookHandlers = { [K in keyof HookPoints]?: HookHandler<HookPoints[K]> };

const handlers = new Map<string, HookHandler<never>[]>();

/** Registers every domain's handlers (once, at schema build; a rebuild replaces them). */
export function registerHooks(domains: readonly { name: string; hooks?: HookHandlers }[]): void {
  handlers.clear();
  for (const domain of domains) {
    for (const [point, handler] of Object.entries(domain.hooks ?? {})) {
      if (!handler) continue;
      const list = handlers.get(point) ?? [];
      list.push(handler as HookHandler<never>);
      handlers.set(point, list);
    }
  }
}

/** Runs the handlers of a point in registry order; their user errors, all of them. */
export async function runHook<K extends keyof HookPoints>(point: K, payload: HookPoints[K]): Promise<UserError[]> {
  const errors: UserError[] = [];
  for (const handler of handlers.get(point as string) ?? []) {
    const result = await (handler as HookHandler<HookPoints[K]>)(payload);
    if (result) errors.push(...result);
  }
  return errors;
}
