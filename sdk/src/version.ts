/** The SDK's own version: modules' `requires.sdk` ranges are checked against it. */
export const SDK_VERSION = '1.2.0';
