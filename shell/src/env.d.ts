/// <reference types="vite/client" />
/** Versions of the shared libraries the shell provides only after sign-in. */
declare const __KENTE_LATE_SHARED__: Record<'@kente/sdk/ui' | 'urql' | '@kente/sdk/forms' | '@kente/sdk/jobs', string>;
