import { Alert, Box, ProgressLine } from '@kente/sdk/ui-core';
import { Component, type ComponentType, type ErrorInfo, lazy, type ReactNode, Suspense, useMemo } from 'react';
import type { ResolvedContribution } from '../composition/resolve.js';
import type { SlotContracts, SlotPropsOf } from '../slots/contracts.js';
import { namespaceOf, useUser } from './hooks.js';
import { ModuleScope } from './ModuleScope.js';
import { getRuntime, type KenteUser, userHasRights } from './runtime.js';
import { useTranslationOf } from './translation.js';

/** `single`: the slot takes one contribution and an earlier visible one is rendered instead. */
export type HiddenReason = 'removed' | 'rights' | 'condition' | 'single';

export interface SlotEntry {
  contribution: ResolvedContribution;
  hidden?: HiddenReason;
}

const failures = new Map<string, string>();

/** Contributions that failed to load or render, by global id: the admin page shows why. */
export function contributionFailures(): ReadonlyMap<string, string> {
  return failures;
}

function recordFailure(globalId: string, error: unknown) {
  failures.set(globalId, error instanceof Error ? error.message : String(error));
}

function conditionHolds(contribution: ResolvedContribution): boolean {
  const when = contribution.when;
  if (!when) return true;
  const value = getRuntime().composition.config[contribution.module]?.[when.config];
  return when.equals === undefined ? Boolean(value) : value === when.equals;
}

/**
 * Every contribution to a slot, in order, each with why it is hidden if it is.
 * A slot offered as `single` shows its first visible contribution only.
 */
export function slotEntries(name: string, user: KenteUser | null): SlotEntry[] {
  const { contributions, slots } = getRuntime().composition;
  const single = slots.get(name)?.single === true;
  let shown = false;
  return (contributions.get(name) ?? []).map((contribution): SlotEntry => {
    if (contribution.removed) return { contribution, hidden: 'removed' };
    if (!userHasRights(user, contribution.rights)) return { contribution, hidden: 'rights' };
    if (!conditionHolds(contribution)) return { contribution, hidden: 'condition' };
    if (single && shown) return { contribution, hidden: 'single' };
    shown = true;
    return { contribution };
  });
}

const lazyCache = new Map<string, ComponentType<Record<string, unknown>>>();

function lazyContribution(contribution: ResolvedContribution): ComponentType<Record<string, unknown>> {
  // Per running version: once a module's fallback replaced its code, its contributions load from it.
  const key = `${contribution.module}|${contribution.component}|${getRuntime().runningVersion?.(contribution.module) ?? ''}`;
  let cached = lazyCache.get(key);
  if (!cached) {
    cached = lazy(async () => {
      const loaded = (await getRuntime().loadExposed(contribution.module, contribution.component)) as { default?: ComponentType<Record<string, unknown>> };
      if (typeof loaded?.default !== 'function' && typeof loaded?.default !== 'object') {
        throw new Error(`${contribution.component} of ${contribution.module} has no default export`);
      }
      return { default: loaded.default as ComponentType<Record<string, unknown>> };
    });
    lazyCache.set(key, cached);
  }
  return cached;
}

interface BoundaryProps {
  contribution: ResolvedContribution;
  children: ReactNode;
}

class ContributionBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, _info: ErrorInfo) {
    recordFailure(this.props.contribution.globalId, error);
  }
  override render() {
    if (this.state.error) return <ContributionError contribution={this.props.contribution} error={this.state.error} />;
    return this.props.children;
  }
}

function ContributionError({ contribution, error }: { contribution: ResolvedContribution; error: Error }) {
  const { t } = useTranslationOf(['shell']);
  return (
    <Alert severity="warning" data-contribution={contribution.globalId} role="status">
      {t('slot.failed', { module: contribution.module })}
      <Box component="span" sx={{ display: 'block', fontSize: '0.8em', opacity: 0.8 }}>
        {error.message}
      </Box>
    </Alert>
  );
}

interface SlotOptions {
  /** Wraps each rendered contribution (a card, a tab...). */
  wrap?: (node: ReactNode, contribution: ResolvedContribution) => ReactNode;
  /** Shown when no contribution is visible. */
  empty?: ReactNode;
  /** Keeps only some contributions, e.g. the one report the user opened. */
  filter?: (contribution: ResolvedContribution) => boolean;
}

/** `props` as the slot's contract says: required when the contract has a required prop. */
type SlotPropsArgument<N extends string> = string extends N
  ? { props?: Record<string, unknown> }
  : N extends keyof SlotContracts
    ? // biome-ignore lint/complexity/noBannedTypes: "{} extends P" tests that every prop of P is optional.
      {} extends SlotContracts[N]
      ? { props?: SlotContracts[N] }
      : { props: SlotContracts[N] }
    : { props?: Record<string, unknown> };

export type SlotProps<N extends string = string> = SlotOptions & {
  /** Slot name, e.g. insuree.family.panels. */
  name: N;
} & SlotPropsArgument<N>;

/** A component contributed to slot N: it receives the slot's contract as props. */
export type SlotComponent<N extends string> = ComponentType<SlotPropsOf<N>>;

/**
 * Renders the contributions to a slot: each lazily loaded, in its own error
 * boundary and Suspense, filtered by rights and `when`, in resolved order.
 * Props are checked against the slot's contract (see `SlotContracts`).
 */
export function Slot<N extends string>(slotProps: SlotProps<N>) {
  const { name, wrap, empty = null, filter } = slotProps;
  const props = slotProps.props as Record<string, unknown> | undefined;
  const user = useUser();
  const visible = useMemo(() => slotEntries(name, user).filter((e) => !e.hidden && (!filter || filter(e.contribution))), [name, user, filter]);
  if (visible.length === 0) return <>{empty}</>;
  return (
    <>
      {visible.map(({ contribution }) => {
        const Contributed = lazyContribution(contribution);
        const node = (
          <ModuleScope module={contribution.module} namespace={namespaceOf(contribution.module)}>
            <ContributionBoundary contribution={contribution}>
              <Suspense fallback={<ProgressLine aria-label={contribution.globalId} />}>
                <div data-contribution={contribution.globalId}>
                  <Contributed {...(props ?? {})} />
                </div>
              </Suspense>
            </ContributionBoundary>
          </ModuleScope>
        );
        return <Box key={contribution.globalId}>{wrap ? wrap(node, contribution) : node}</Box>;
      })}
    </>
  );
}
