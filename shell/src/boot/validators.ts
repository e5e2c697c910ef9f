/**
 * The validators the shell downloads only when the server did not check for it
 * (no /boot.json, a manifest it does not hold, a developer's override, another SDK
 * version): the schemas of composition.json and of manifests, and configuration
 * merging with its JSON Schema checker.
 */
export { mergeConfig, parseComposition, validateManifest } from '@kente/sdk/contract';
