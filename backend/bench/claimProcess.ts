/**
 * Valuation throughput: 10,000 Checked claims (copies of a seeded Checked claim of the demo data,
 * lines and covering policy included) processed through HTTP as Admin, `processClaims` with 100 ids
 * a request (each claim its own transaction, its policies locked: one policy's claims are valuated one
 * after another, as they must be), on PGlite, or PostgreSQL when DATABASE_URL is set (a fresh
 * database next to it, dropped after). Prints claims per second.
 *   pnpm --filter @kente/backend bench:claim-process [-- --claims 10000 --batch 100]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/app.js';
import { Client, freshPostgresDatabase, spawnServer } from '../test/harness.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { claims: { type: 'string', default: '10000' }, batch: { type: 'string', default: '100' } },
});
const count = Number(values.claims);
const batch = Number(values.batch);
const postgres = Boolean(process.env.DATABASE_URL);

const dir = postgres ? null : mkdtempSync(join(tmpdir(), 'kente-process-bench-'));
const fresh = postgres ? await freshPostgresDatabase() : null;
const env = fresh ? { DATABASE_URL: fresh.url } : { DATABASE_URL: '', KENTE_DATA_DIR: dir ?? '' };
try {
  const database = await prepareDatabase({ databaseUrl: fresh?.url ?? '', dataDir: dir ?? undefined, demo: true }, () => {});
  const started = performance.now();
  await database.unbounded(async (db) => {
    const source = sql`(select id from claims where status = 4 order by id limit 1)`;
    await db.execute(sql`insert into claims (code, health_facility_id, insuree_id, admin_id, visit_from, visit_to, date_claimed, visit_type,
        diagnosis_id, status, review_status, feedback_status, category, claimed, approved, submitted_at)
      select 'P' || lpad(g::text, 6, '0'), c.health_facility_id, c.insuree_id, c.admin_id, c.visit_from, c.visit_to, c.date_claimed, c.visit_type,
        c.diagnosis_id, 4, 1, 1, c.category, c.claimed, c.approved, now()
      from claims c, generate_series(1, ${count}) g where c.id = ${source}`);
    await db.execute(sql`insert into claim_lines (claim_id, line_no, kind, service_id, item_id, quantity, price_asked, price_list,
        quantity_approved, price_approved, status, rejection_reason, policy_id, product_id)
      select n.id, l.line_no, l.kind, l.service_id, l.item_id, l.quantity, l.price_asked, l.price_list,
        l.quantity_approved, l.price_approved, l.status, l.rejection_reason, l.policy_id, l.product_id
      from claims n, claim_lines l where n.code like 'P%' and l.claim_id = ${source}`);
    await db.execute(sql`analyze`);
  });
  console.log(`${postgres ? 'PostgreSQL' : 'PGlite'}: ${count} Checked claims in ${Math.round(performance.now() - started)} ms`);
  await database.close();

  const server = spawnServer(env);
  const url = await server.ready;
  const client = new Client(url);
  await client.login('Admin', 'admin123');
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { edges: { node: { id: string; code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
      await client.gql(
        'query($a: String) { claims(filter: { status: 4 }, first: 100, after: $a) { edges { node { id code } } pageInfo { hasNextPage endCursor } } }',
        {
          a: after,
        },
      )
    ).json.data.claims;
    ids.push(...page.edges.filter((e) => e.node.code.startsWith('P')).map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const t = performance.now();
  let valuated = 0;
  for (let i = 0; i < ids.length; i += batch) {
    const r = await client.gql('mutation($i: ClaimIdsInput!) { processClaims(input: $i) { claims { status } errors { code } } }', {
      i: { ids: ids.slice(i, i + batch) },
    });
    const out = r.json.data?.processClaims;
    if (!out || out.errors.length) throw new Error(JSON.stringify(r.json));
    valuated += out.claims.length;
  }
  const seconds = (performance.now() - t) / 1000;
  console.log(`processed ${valuated} claims in ${seconds.toFixed(1)} s: ${(valuated / seconds).toFixed(0)} claims/s (batches of ${batch})`);
  server.child.kill('SIGTERM');
  await new Promise((done) => server.child.once('exit', done));
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await fresh?.drop();
}
