import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { useDataTableLabels, useFormat } from '../runtime/hooks.js';
import { useModuleScope } from '../runtime/ModuleScope.js';
import { useTranslationOf } from '../runtime/translation.js';
import { changedFields, type HistoryRow } from './changedFields.js';
import { DataTable } from './DataTable.js';
import { usePagedQuery } from './usePagedQuery.js';

const HISTORY = /* GraphQL */ `
  query KenteHistory($entityType: String!, $entityId: ID!, $first: Int, $after: String) {
    history(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id action username at before after } }
    }
  }
`;

/**
 * Who changed the record, when, and what (core's history of every change),
 * newest first. Field names come from `fieldLabel` when given (a form's own labels), else the
 * module's `history.fields.<field>` texts (else the field's own name); the rest from the kit's texts.
 */
export function HistoryPanel({
  entityType,
  entityId,
  version,
  fieldLabel,
  describe,
}: {
  entityType: string;
  entityId: string;
  version: number;
  /** The label of a changed field (the API's name), e.g. the form's `product.fields.<field>`. */
  fieldLabel?: (field: string) => string;
  /** The whole text of a change a module words itself (e.g. lines added and removed), or null for the kit's "field: from → to". */
  describe?: (change: { field: string; from: string; to: string }) => string | null;
}) {
  const { namespace } = useModuleScope();
  const { t } = useTranslationOf(['shell', namespace]);
  const format = useFormat();
  const labels = useDataTableLabels();
  const paged = usePagedQuery<HistoryRow>({ query: HISTORY, field: 'history', variables: { entityType, entityId }, pageSize: 10 });
  // Every save makes a new version and a new entry: fetch it (history entries are not in the mutation's answer).
  const { refetch } = paged;
  const seenVersion = useRef(version);
  useEffect(() => {
    if (version === seenVersion.current) return;
    seenVersion.current = version;
    refetch();
  }, [version, refetch]);
  return (
    <Box component="section" aria-labelledby={`history-${entityType}-${entityId}`} data-testid="history">
      <Typography id={`history-${entityType}-${entityId}`} variant="h6" component="h2" gutterBottom>
        {t('kit.history.title')}
      </Typography>
      <DataTable<HistoryRow>
        caption={t('kit.history.title')}
        labels={{ ...labels, empty: t('kit.history.empty') }}
        rowKey={(row) => row.id}
        source={paged}
        columns={[
          { key: 'at', header: t('kit.history.at'), render: (row) => format.dateTime(row.at) },
          { key: 'who', header: t('kit.history.who'), render: (row) => row.username ?? t('kit.history.system') },
          { key: 'action', header: t('kit.history.action'), render: (row) => t(`kit.history.actions.${row.action}`) },
          {
            key: 'what',
            header: t('kit.history.what'),
            render: (row) => {
              if (row.action !== 'UPDATE') return null;
              const changes = changedFields(row);
              return (
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {changes.map((c) => (
                    <li key={c.field}>
                      {describe?.(c) ??
                        t('kit.history.change', {
                          field: fieldLabel ? fieldLabel(c.field) : t(`history.fields.${c.field}`, { ns: namespace, defaultValue: c.field }),
                          from: c.from,
                          to: c.to,
                        })}
                    </li>
                  ))}
                </Box>
              );
            },
          },
        ]}
      />
    </Box>
  );
}
