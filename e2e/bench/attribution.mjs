// Attributes the JS bytes a module page downloads to the modules they come from (their
// files under /modules/<name>/<version>/) and to the shared libraries (the shell's own
// chunks: React, MUI through the UI kit, urql, the SDK), and checks each module's part
// against the budget its manifest declares for that page (`budgets.pages`).

/** @param {Array<{ path: string, gz: number }>} downloads  @param {string} baseUrl  @param {string} route */
export async function attributePage(downloads, baseUrl, route) {
  const parts = new Map();
  for (const d of downloads) {
    const match = /^\/modules\/([^/]+)\/([^/]+)\//.exec(d.path);
    const key = match ? `${match[1]}@${match[2]}` : 'shared libraries (shell)';
    parts.set(key, (parts.get(key) ?? 0) + d.gz);
  }
  const lines = [];
  let failed = false;
  for (const [key, bytes] of parts) {
    let budget = '';
    if (key.includes('@') && !key.startsWith('shared')) {
      const [name, version] = key.split('@');
      const manifest = await fetch(new URL(`/modules/${name}/${version}/kente-manifest.json`, baseUrl)).then((r) => (r.ok ? r.json() : null));
      const budgetKb = manifest?.budgets?.pages?.[route];
      if (budgetKb !== undefined) {
        const over = bytes > budgetKb * 1024;
        failed ||= over;
        budget = ` (budget ${budgetKb} KB${over ? ', OVER BUDGET' : ''})`;
      } else budget = ' (no budget)';
    }
    lines.push(`      ${key.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(7)} KB${budget}`);
  }
  return { lines, failed };
}
