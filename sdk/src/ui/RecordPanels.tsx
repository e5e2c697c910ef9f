import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { Slot, type SlotProps } from '../runtime/Slot.js';
import { HistoryPanel } from './lazyParts.js';

// TypeScript cannot follow Slot's conditional props type through a generic N
const AnySlot = Slot as unknown as ComponentType<SlotProps<string>>;

const inCard = (node: ReactNode) => (
  <Card variant="outlined">
    <CardContent>{node}</CardContent>
  </Card>
);

/**
 * The end of a record's page (family, insuree, policy, claim...): the panels other modules
 * contribute to the page's slot, each in its own card, then the record's history.
 * `<RecordPanels name="policy.policy.panels" props={{ policyId }} history={{ entityType: 'Policy', entityId, version }} />`
 */
export function RecordPanels<N extends string>(props: SlotProps<N> & { history: ComponentProps<typeof HistoryPanel> }) {
  // the slot's props were checked against its contract by the signature above; Slot ignores `history`
  return (
    <>
      <AnySlot {...props} wrap={props.wrap ?? inCard} />
      {inCard(<HistoryPanel {...props.history} />)}
    </>
  );
}
