import { useCallback, useMemo, useState } from 'react';
import { type AnyVariables, type DocumentInput, useQuery } from 'urql';

interface ConnectionShape<TNode> {
  edges: Array<{ cursor: string; node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  totalCountCapped?: boolean;
}

export interface PagedQuery<TNode> {
  rows: TNode[];
  fetching: boolean;
  error: string | null;
  totalCount: number | null;
  totalCountCapped: boolean;
  /** Zero-based page index. */
  page: number;
  pageSize: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
  refetch: () => void;
}

/**
 * Server-side paging over a Relay connection (the data half of DataTable) with keyset cursors: the cursors
 * of pages already seen are kept, so Previous is exact and Next never skips.
 * Changing `variables` (a new search) starts again at page one.
 */
export function usePagedQuery<TNode, TData = Record<string, ConnectionShape<TNode>>>(options: {
  query: DocumentInput<TData, AnyVariables>;
  /** Field of the connection, e.g. `locations`, or a dotted path to a nested one (`product.services`). */
  field: string;
  variables?: Record<string, unknown>;
  pageSize?: number;
  pause?: boolean;
}): PagedQuery<TNode> {
  const pageSize = options.pageSize ?? 25;
  const variablesKey = JSON.stringify(options.variables ?? {});
  const [state, setState] = useState<{ key: string; cursors: Array<string | null> }>({ key: variablesKey, cursors: [null] });
  const cursors = state.key === variablesKey ? state.cursors : [null];
  const after = cursors[cursors.length - 1] ?? null;
  const variables = useMemo(() => ({ ...(JSON.parse(variablesKey) as Record<string, unknown>), first: pageSize, after }), [variablesKey, pageSize, after]);
  const [result, reexecute] = useQuery<TData>({ query: options.query, variables, pause: options.pause ?? false });
  const connection = connectionAt<TNode>(result.data, options.field);
  const next = useCallback(() => {
    if (connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor) {
      setState({ key: variablesKey, cursors: [...cursors, connection.pageInfo.endCursor] });
    }
  }, [connection, cursors, variablesKey]);
  const previous = useCallback(() => {
    if (cursors.length > 1) setState({ key: variablesKey, cursors: cursors.slice(0, -1) });
  }, [cursors, variablesKey]);
  return {
    rows: connection?.edges.map((e) => e.node) ?? [],
    fetching: result.fetching,
    error: result.error ? (result.error.graphQLErrors[0]?.message ?? result.error.message) : null,
    totalCount: connection?.totalCount ?? null,
    totalCountCapped: connection?.totalCountCapped ?? false,
    page: cursors.length - 1,
    pageSize,
    hasNext: Boolean(connection?.pageInfo.hasNextPage),
    hasPrevious: cursors.length > 1,
    next,
    previous,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

/** The connection at `field`, a root field or a dotted path through objects (`product.services`). */
export function connectionAt<TNode>(data: unknown, field: string): ConnectionShape<TNode> | undefined {
  let node: unknown = data;
  for (const key of field.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return (node ?? undefined) as ConnectionShape<TNode> | undefined;
}
