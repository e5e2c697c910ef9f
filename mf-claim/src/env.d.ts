/// <reference types="vite/client" />
/** The module's version, set at build time from package.json. */
declare const __KENTE_MODULE_VERSION__: string;
