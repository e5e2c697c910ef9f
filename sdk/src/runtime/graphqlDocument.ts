/**
 * The run-time half of a module's typed `graphql` (gql.tada's types, this code):
 * it joins a document with the fragments it uses, each once, as text. urql (shared,
 * in the shell) parses it, so no module carries a GraphQL parser. A module writes
 *
 *   export const graphql = graphqlDocument as unknown as Graphql; // Graphql = its initGraphQLTada type
 */
const definitions = new Map<string, readonly string[]>();

export function graphqlDocument(source: string, fragments: readonly unknown[] = []): string {
  const used = [...new Set(fragments.flatMap((f) => definitions.get(f as string) ?? [f as string]))];
  const text = [source, ...used].join('\n');
  definitions.set(text, [source, ...used]);
  return text;
}
