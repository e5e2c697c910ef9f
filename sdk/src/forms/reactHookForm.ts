/**
 * react-hook-form as the shell provides it under the shared key
 * `react-hook-form` (the shell has no dependency of its own on it: the SDK's
 * copy is the page's one copy, the same the forms kit uses).
 */
export * from 'react-hook-form';
