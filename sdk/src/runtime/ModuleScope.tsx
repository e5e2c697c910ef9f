import { createContext, type ReactNode, useContext } from 'react';

export interface ModuleScopeValue {
  /** Module name, e.g. mf-insuree. */
  module: string;
  /** Its i18next namespace, e.g. insuree. */
  namespace: string;
}

const ModuleScopeContext = createContext<ModuleScopeValue | null>(null);

/** Marks the tree below as belonging to a module: its translations, config and slots resolve against it. */
export function ModuleScope({ module, namespace, children }: ModuleScopeValue & { children: ReactNode }) {
  return <ModuleScopeContext.Provider value={{ module, namespace }}>{children}</ModuleScopeContext.Provider>;
}

export function useModuleScope(): ModuleScopeValue {
  const scope = useContext(ModuleScopeContext);
  if (!scope) throw new Error('useModuleScope: not inside a Kente module page or contribution');
  return scope;
}
