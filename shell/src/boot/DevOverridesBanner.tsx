import type { DevOverrides } from './devMode.js';
import { clearDevOverrides } from './devOverrides.js';

/** Always visible while a module comes from a developer's machine. */
export default function DevOverridesBanner({ overrides }: { overrides: DevOverrides }) {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return null;
  return (
    <div
      role="status"
      style={{ background: '#fff3cd', color: '#5c4400', padding: '4px 12px', fontSize: 13, position: 'fixed', bottom: 0, right: 0, zIndex: 1300 }}
    >
      Development override: {entries.map(([name, url]) => `${name} from ${url}`).join(', ')}{' '}
      <button type="button" onClick={clearDevOverrides}>
        Clear
      </button>
    </div>
  );
}
