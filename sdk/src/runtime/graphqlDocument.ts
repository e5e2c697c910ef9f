/**
 * A module's typed `graphql`: gql.tada's types over the module's copy of the backend
 * schema (its graphql-env.d.ts), and this run-time half, which joins a document with
 * the fragments it uses, each once, as text. urql (shared, in the shell) parses it,
 * so no module carries a GraphQL parser. A module writes
 *
 *   export const graphql = typedGraphql<introspection>();
 */
import type { AbstractSetupSchema, initGraphQLTada } from 'gql.tada';

/** gql.tada's `graphql` for a schema: fragments are plain selections (a page reads what its document selects). */
export type KenteGraphql<Introspection extends AbstractSetupSchema['introspection']> = ReturnType<
  typeof initGraphQLTada<{
    introspection: Introspection;
    disableMasking: true;
    scalars: { Date: string; DateTime: string; Decimal: string; JSON: Record<string, unknown> | null };
  }>
>;

const definitions = new Map<string, readonly string[]>();

export function graphqlDocument(source: string, fragments: readonly unknown[] = []): string {
  const used = [...new Set(fragments.flatMap((f) => definitions.get(f as string) ?? [f as string]))];
  const text = [source, ...used].join('\n');
  definitions.set(text, [source, ...used]);
  return text;
}

/** The module's `graphql`, typed by its schema introspection. */
export function typedGraphql<Introspection extends AbstractSetupSchema['introspection']>(): KenteGraphql<Introspection> {
  return graphqlDocument as unknown as KenteGraphql<Introspection>;
}
