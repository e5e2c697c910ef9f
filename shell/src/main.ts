// Async boundary: shared singletons are negotiated by the federation runtime
// before any shared module (React, the SDK...) is evaluated.
import('./bootstrap.js');
