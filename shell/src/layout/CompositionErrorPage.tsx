import type { Problem } from '@kente/sdk';

/**
 * Shown when composition.json itself is broken. Plain HTML and English on
 * purpose: nothing else (theme, translations, modules) can be trusted yet.
 */
export function CompositionErrorPage({ problems, source }: { problems: Problem[]; source: string }) {
  return (
    <main style={{ maxWidth: 960, margin: '2rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ color: '#8a1c1c' }}>This console's composition is invalid</h1>
      <p>
        The console cannot start until <code>{source}</code> is fixed. Each problem names where it is, what was expected and what was found.
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }} aria-label="Problems">
        <thead>
          <tr>
            {['Where', 'Expected', 'Found'].map((h) => (
              <th key={h} style={{ textAlign: 'left', borderBottom: '2px solid #ccc', padding: '0.4rem' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr key={`${p.path}|${p.expected}|${p.found}`} data-problem-path={p.path}>
              <td style={{ padding: '0.4rem', borderBottom: '1px solid #eee' }}>
                <code>{p.path}</code>
              </td>
              <td style={{ padding: '0.4rem', borderBottom: '1px solid #eee' }}>{p.expected}</td>
              <td style={{ padding: '0.4rem', borderBottom: '1px solid #eee' }}>{p.found}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
