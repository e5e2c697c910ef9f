import { useEffect, useRef } from 'react';

interface BeforeRoutingEvent extends CustomEvent {
  detail: { oldUrl: string; newUrl: string; cancelNavigation?: (cancel?: boolean) => void };
}

/**
 * Warns before unsaved changes are lost: closing or reloading the tab
 * (beforeunload) and moving to another page of the console (single-spa's
 * before-routing-event, which every in-app navigation, menu link and Back goes
 * through). Changes of the query string only are not leaving the page.
 * Returns `release`, to call before navigating away on purpose (after a save).
 */
export function useUnsavedChangesGuard(dirty: boolean, message: string): () => void {
  const released = useRef(false);
  useEffect(() => {
    released.current = false;
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    const onBeforeRouting = (event: Event) => {
      const { oldUrl, newUrl, cancelNavigation } = (event as BeforeRoutingEvent).detail;
      if (released.current || !cancelNavigation) return;
      if (new URL(oldUrl).pathname === new URL(newUrl).pathname) return;
      if (!window.confirm(message)) cancelNavigation(true);
      else released.current = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('single-spa:before-routing-event', onBeforeRouting);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('single-spa:before-routing-event', onBeforeRouting);
    };
  }, [dirty, message]);
  return () => {
    released.current = true;
  };
}
