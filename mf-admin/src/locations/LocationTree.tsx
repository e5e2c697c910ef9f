import { linkTo, useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Button, CircularProgress, IconButton, Link, rememberLocationNames, useLocationLevelName } from '@kente/sdk/ui';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { isLevel } from './locationForm.js';
import { LOCATION_CHILDREN, type LocationChild } from './locationQueries.js';

const PAGE = 50;

/**
 * The Region > District > Municipality > Village tree, loaded lazily: the regions first, then the
 * children of a node when it opens, a page of 50 at a time ("More"), never the whole country.
 * `open` names the nodes to show opened (the chain of the location on screen).
 */
export function LocationTree({ selectedId, open }: { selectedId?: string; open?: readonly string[] }) {
  const { t } = useModuleTranslation();
  return (
    <Box component="nav" aria-label={t('locations.tree')} sx={{ typography: 'body2' }}>
      <Children parentId={null} depth={0} selectedId={selectedId} open={open ?? []} />
    </Box>
  );
}

function Children(props: { parentId: string | null; depth: number; selectedId?: string; open: readonly string[] }) {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: props.depth ? 2 : 0 }}>
      {cursors.map((after, index) => (
        <ChildPage
          key={after ?? 'first'}
          {...props}
          after={after}
          last={index === cursors.length - 1}
          onMore={(cursor) => setCursors((list) => [...list, cursor])}
        />
      ))}
    </Box>
  );
}

function ChildPage(props: {
  parentId: string | null;
  depth: number;
  selectedId?: string;
  open: readonly string[];
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useModuleTranslation();
  const [result, reexecute] = useQuery({
    query: LOCATION_CHILDREN,
    variables: { filter: props.parentId ? { parentId: props.parentId } : { type: 'R' }, first: PAGE, after: props.after },
  });
  const nodes = useMemo(() => result.data?.locations.edges.map((e) => e.node) ?? [], [result.data]);
  useEffect(() => rememberLocationNames(nodes), [nodes]);
  const pageInfo = result.data?.locations.pageInfo;
  return (
    <>
      {result.fetching && !result.data && (
        <Box component="li" sx={{ py: 0.5 }}>
          <CircularProgress size={16} aria-label={t('locations.loading')} />
        </Box>
      )}
      {result.error && (
        <Box component="li">
          <Alert
            severity="error"
            action={
              <Button size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
                {t('locations.retry')}
              </Button>
            }
          >
            {t('locations.loadFailed')}
          </Alert>
        </Box>
      )}
      {result.data && !nodes.length && props.after === null && (
        <Box component="li" sx={{ color: 'text.secondary', py: 0.5, pl: 4 }}>
          {t('locations.noChildren')}
        </Box>
      )}
      {nodes.map((node) => (
        <TreeNode key={node.id} node={node} depth={props.depth} selectedId={props.selectedId} open={props.open} />
      ))}
      {props.last && pageInfo?.hasNextPage && pageInfo.endCursor && (
        <Box component="li" sx={{ pl: 4 }}>
          <Button size="small" onClick={() => props.onMore(pageInfo.endCursor as string)}>
            {t('locations.more')}
          </Button>
        </Box>
      )}
    </>
  );
}

function TreeNode(props: { node: LocationChild; depth: number; selectedId?: string; open: readonly string[] }) {
  const { t } = useModuleTranslation();
  const levelName = useLocationLevelName();
  const { node } = props;
  const [expanded, setExpanded] = useState(props.open.includes(node.id));
  // the chain of the location on screen opens when it changes (another location chosen)
  useEffect(() => {
    if (props.open.includes(node.id)) setExpanded(true);
  }, [props.open, node.id]);
  const leaf = node.type === 'V';
  const selected = node.id === props.selectedId;
  const level = isLevel(node.type) ? levelName(node.type) : node.type;
  return (
    <Box component="li" data-location-id={node.id}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minHeight: 32 }}>
        {leaf ? (
          <Box sx={{ width: 28 }} />
        ) : (
          <IconButton
            size="small"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'locations.close' : 'locations.open', { name: node.name })}
            onClick={() => setExpanded((v) => !v)}
            sx={{ width: 28, height: 28, fontSize: 14 }}
          >
            {expanded ? '▾' : '▸'}
          </IconButton>
        )}
        <Link
          {...linkTo(`/admin/locations/${node.id}`)}
          underline="hover"
          aria-current={selected ? 'page' : undefined}
          sx={{ fontWeight: selected ? 700 : 400, color: selected ? 'primary.dark' : 'text.primary' }}
        >
          {node.name}
        </Link>
        <Box component="span" sx={{ color: 'text.secondary', fontSize: 12 }}>
          {node.code} · {level}
        </Box>
      </Box>
      {expanded && !leaf && <Children parentId={node.id} depth={props.depth + 1} selectedId={props.selectedId} open={props.open} />}
    </Box>
  );
}
