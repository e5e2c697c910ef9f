/**
 * Insuree search latency through HTTP on 1,000,000 insurees, PostgreSQL only
 * (DATABASE_URL; a fresh database is created next to the one named and dropped after).
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test pnpm --filter @kente/backend bench:insuree [-- --insurees 1000000 --requests 300 --budget 150]
 * Scenarios (page of 20 with totalCount): insuree search by number prefix, last-name prefix,
 * name "contains" (default order and ordered by last name), family search by location and by
 * member name, and the family page; each signed in as Admin (national) and as the demo
 * enrolment officer (bound to the first district by the seed: every query carries the scope).
 * The generator gives each family a policy (and contributions), so the policy domain is measured
 * at the same scale: policy search (product and status, location, head's number, still owing),
 * the family page with its Policies panel, and `policyValues`, whose answers are checked against
 * the generated policies (the generator computes values in SQL: both must agree).
 * Exits 1 when a budgeted p95 is over the budget, or a policyValues answer differs.
 */
import { parseArgs } from 'node:util';
import { generate } from '../scripts/generate.js';
import { prepareDatabase } from '../src/app.js';
import { LAST_NAMES } from '../src/modules/insuree/seed.js';
import { Client, freshPostgresDatabase, spawnServer } from '../test/harness.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    insurees: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '300' },
    budget: { type: 'string', default: '150' },
  },
});
const target = Number(values.insurees);
const requests = Number(values.requests);
const budget = Number(values.budget);

if (!process.env.DATABASE_URL) {
  console.log('bench:insuree measures PostgreSQL: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test). Skipped.');
  process.exit(0);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timed(fn: (i: number) => Promise<void>, n: number) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1) ?? 0 };
}

const fields =
  'totalCount totalCountCapped edges { node { id insuranceNumber lastName otherNames gender birthDate status } } pageInfo { hasNextPage endCursor }';
const searchQuery = `query($f: InsureeFilter, $o: InsureeOrder) { insurees(filter: $f, orderBy: $o, first: 20) { ${fields} } }`;
const familySearch = `query($f: FamilyFilter) { families(filter: $f, first: 20) { totalCount edges { node { id familyType povertyStatus village { name }
  head { id insuranceNumber lastName otherNames } memberCount } } pageInfo { hasNextPage endCursor } } }`;
const familyQuery = `query($id: ID!) { family(id: $id) { id version povertyStatus familyType address village { id name parent { name parent { name parent { name } } } }
  head { id insuranceNumber lastName otherNames } memberCount
  members { id insuranceNumber lastName otherNames gender birthDate relationship status isHead healthFacility { id name } } } }`;

const policySearch = `query($f: PolicyFilter) { policies(filter: $f, first: 20) { totalCount edges { node { id stage status value paid balance
  enrolDate startDate expiryDate product { code name } family { id head { insuranceNumber lastName otherNames } } } } pageInfo { hasNextPage endCursor } } }`;
// the family page as mf-insuree and mf-policy's Policies panel ask it (two requests, as the console sends them)
const familyPoliciesPanel = `query($id: ID!) { family(id: $id) { id policies { id stage status value paid balance enrolDate startDate effectiveDate
  expiryDate version product { id code name } } } }`;
const policyValuesQuery = `query($f: ID!, $p: ID!, $d: Date!) { policyValues(familyId: $f, productId: $p, enrolDate: $d) { value contribution
  registration generalAssembly discount members startDate expiryDate warnings { code } } }`;

// Terms a clerk types: number prefixes of 4-7 digits (generated numbers are 2000..., seeded 1000...),
// last-name prefixes of 3-5 letters, and name fragments of 3-6 letters from inside names.
const numberPrefixes = Array.from({ length: 50 }, (_, i) => String(20_000_000 + ((i * 7_919_993) % 1_000_000)).slice(0, 4 + (i % 4)));
numberPrefixes.push('1000', '10000', '2999', '2123456');
const namePrefixes = LAST_NAMES.map((n, i) => n.slice(0, 3 + (i % 3)));
const fragments = [
  'wang',
  'ima',
  'ssaw',
  'raor',
  'oulib',
  'iarr',
  'eit',
  'onat',
  'angar',
  'uattar',
  'ens',
  'sant',
  'wus',
  'oaten',
  'kaf',
  'eyem',
  'balo',
  'nkw',
  'baka',
  'brah',
  'juma',
  'neem',
  'upen',
  'ousso',
  'amad',
  'ofi',
  'kosu',
  'fua',
  'aïss',
  'zzz',
  'qxq',
  'grace',
  'ami',
  'ngoz',
  'emm',
];

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = isoDay(0);
const in30days = isoDay(30);

const started = Date.now();
const pgdb = await freshPostgresDatabase();
let exitCode = 0;
try {
  const database = await prepareDatabase({ databaseUrl: pgdb.url, demo: true }, () => {});
  const seeded = Date.now();
  await generate(database, { insurees: target }, (m) => console.log(`  ${m}`));
  const generatedIn = (Date.now() - seeded) / 1000;
  const counts = await database.pool.query<{ n: number; f: number }>(
    'select (select count(*) from insurees)::int as n, (select max(id) from families)::int as f',
  );
  const insureeCount = counts.rows[0]?.n ?? 0;
  const maxFamily = counts.rows[0]?.f ?? 1;
  const locs = await database.pool.query<{ id: number; type: string }>("select id, type from locations where type in ('R', 'D', 'V') order by id");
  const districtIds = locs.rows.filter((l) => l.type === 'D').map((l) => l.id);
  const locationIds = [
    ...locs.rows.filter((l) => l.type === 'R').map((l) => l.id),
    ...districtIds,
    ...locs.rows
      .filter((l) => l.type === 'V')
      .map((l) => l.id)
      .slice(0, 20),
  ];
  // the enrolment officer's district, its villages and a sample of its families
  const bound = await database.pool.query<{ id: number }>(
    "select ul.location_id as id from user_locations ul join users u on u.id = ul.user_id where u.username = 'enrolment'",
  );
  const scopedDistrict = bound.rows[0]?.id ?? 0;
  const scopedVillages = await database.pool.query<{ id: number }>(
    'select v.id from locations v join locations m on m.id = v.parent_id where m.parent_id = $1 order by v.id limit 20',
    [scopedDistrict],
  );
  const scopedFamilies = await database.pool.query<{ id: number }>('select f.id from families f where f.village_id = any($1::int[]) order by f.id limit 1000', [
    scopedVillages.rows.map((r) => r.id),
  ]);
  const areas = {
    national: { locationIds, districtIds, familyIds: [] as number[] },
    district: {
      locationIds: [scopedDistrict, ...scopedVillages.rows.map((r) => r.id)],
      districtIds: [scopedDistrict],
      familyIds: scopedFamilies.rows.map((r) => r.id),
    },
  };
  // generated policies to price again through policyValues (value and expiry must match), and heads' numbers
  const samplePolicies = (families: number[] | null) =>
    database.pool.query<{ family_id: number; product_id: number; enrol: string; value: string; expiry: string; head: string }>(
      `select p.family_id, p.product_id, to_char(p.enrol_date, 'YYYY-MM-DD') as enrol, p.value::text as value,
         to_char(p.expiry_date, 'YYYY-MM-DD') as expiry, h.insurance_number as head
       from policies p join families f on f.id = p.family_id join insurees h on h.id = f.head_insuree_id
       where p.stage = 'N' and p.family_id > 100 and ($1::int[] is null or p.family_id = any($1::int[]))
       order by hashint4(p.id) limit 200`,
      [families],
    );
  const policySamples = {
    national: (await samplePolicies(null)).rows,
    district: (await samplePolicies(areas.district.familyIds)).rows,
  };
  const products = await database.pool.query<{ id: number }>('select id from products where location_id is null order by id');
  await database.close();
  console.log(
    `PostgreSQL: ${insureeCount.toLocaleString('en')} insurees (generator ${generatedIn.toFixed(1)} s, total setup ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );

  const server = spawnServer({ DATABASE_URL: pgdb.url });
  try {
    const url = await server.ready;
    const signIn = async (username: string, password: string) => {
      const c = new Client(url);
      const login = await c.login(username, password);
      if (login.errors.length) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
      return c;
    };
    const scenariosOf = (user: string, client: Client, area: typeof areas.national) => {
      const search = (filter: Record<string, unknown>, orderBy?: string) => async () => {
        const r = await client.gql(searchQuery, { f: filter, o: orderBy ?? null });
        if (r.json.errors) throw new Error(JSON.stringify(r.json.errors));
      };
      const familyId = (i: number) => (area.familyIds.length ? area.familyIds[i % area.familyIds.length] : 1 + ((i * 7_919) % maxFamily));
      const list: { name: string; budgeted: boolean; run: (i: number) => Promise<void> }[] = [
        {
          name: 'insuree search, number prefix (4-7 digits)',
          budgeted: true,
          run: (i) => search({ insuranceNumber: numberPrefixes[i % numberPrefixes.length] })(),
        },
        { name: 'insuree search, last-name prefix (3-5 letters)', budgeted: true, run: (i) => search({ lastName: namePrefixes[i % namePrefixes.length] })() },
        { name: 'insuree search, names contain (search, default order)', budgeted: true, run: (i) => search({ search: fragments[i % fragments.length] })() },
        {
          name: 'insuree search, digits in search = number prefix',
          budgeted: true,
          run: (i) => search({ search: numberPrefixes[(i * 7) % numberPrefixes.length] })(),
        },
        {
          name: 'family page (family + village chain + members)',
          budgeted: true,
          run: async (i) => {
            const r = await client.gql(familyQuery, { id: String(familyId(i)) });
            if (r.json.errors || !r.json.data?.family) throw new Error(JSON.stringify(r.json.errors ?? 'no family'));
          },
        },
        {
          name: 'insuree search, names contain, orderBy LAST_NAME',
          budgeted: true,
          run: (i) => search({ search: fragments[i % fragments.length] }, 'LAST_NAME')(),
        },
        {
          name: `family search, location (${user === 'Admin' ? 'region/district/village' : 'district/village'})`,
          budgeted: true,
          run: async (i) => {
            const r = await client.gql(familySearch, { f: { locationId: String(area.locationIds[i % area.locationIds.length]) } });
            if (r.json.errors) throw new Error(JSON.stringify(r.json.errors));
          },
        },
        {
          name: 'family search, member name contains + district',
          budgeted: true,
          run: async (i) => {
            const r = await client.gql(familySearch, {
              f: { search: fragments[i % fragments.length], locationId: String(area.districtIds[i % area.districtIds.length]) },
            });
            if (r.json.errors) throw new Error(JSON.stringify(r.json.errors));
          },
        },
      ];
      const policies = user === 'Admin' ? policySamples.national : policySamples.district;
      const policyPage = (filter: (i: number) => Record<string, unknown>) => async (i: number) => {
        const r = await client.gql(policySearch, { f: filter(i) });
        if (r.json.errors) throw new Error(JSON.stringify(r.json.errors));
      };
      const sample = (i: number) =>
        policies[i % policies.length] ??
        (() => {
          throw new Error('no generated policy in the area');
        })();
      list.push(
        {
          name: 'policy search, product + status Active',
          budgeted: true,
          run: policyPage((i) => ({ productId: String(products.rows[i % products.rows.length]?.id), status: 2 })),
        },
        {
          name: `policy search, location (${user === 'Admin' ? 'region/district/village' : 'district/village'}) + still owing`,
          budgeted: true,
          run: policyPage((i) => ({ locationId: String(area.locationIds[i % area.locationIds.length]), hasBalance: true })),
        },
        { name: "policy search, head's insurance number", budgeted: true, run: policyPage((i) => ({ headInsuranceNumber: sample(i).head })) },
        {
          name: 'policy search, expiring within 30 days',
          budgeted: true,
          run: policyPage(() => ({ expiryDateFrom: today, expiryDateTo: in30days, status: 2 })),
        },
        {
          name: 'family page + Policies panel (2 requests)',
          budgeted: true,
          run: async (i) => {
            const id = String(sample(i).family_id);
            const [page, panel] = await Promise.all([client.gql(familyQuery, { id }), client.gql(familyPoliciesPanel, { id })]);
            if (page.json.errors || panel.json.errors || !panel.json.data?.family)
              throw new Error(JSON.stringify(page.json.errors ?? panel.json.errors ?? 'no family'));
          },
        },
        {
          name: 'policyValues (family + product + date), checked',
          budgeted: true,
          run: async (i) => {
            const p = sample(i);
            const r = await client.gql(policyValuesQuery, { f: String(p.family_id), p: String(p.product_id), d: p.enrol });
            const v = r.json.data?.policyValues as { value: string; expiryDate: string } | undefined;
            if (r.json.errors || !v) throw new Error(JSON.stringify(r.json.errors ?? 'no answer'));
            if (v.value !== p.value || v.expiryDate !== p.expiry) {
              mismatches.push(
                `family ${p.family_id} product ${p.product_id} on ${p.enrol}: server ${v.value} to ${v.expiryDate}, generated ${p.value} to ${p.expiry}`,
              );
            }
          },
        },
      );
      return list.map((s) => ({ ...s, name: `${user.padEnd(9)} ${s.name}` }));
    };
    const mismatches: string[] = [];
    const scenarios = [
      ...scenariosOf('Admin', await signIn('Admin', 'admin123'), areas.national),
      ...scenariosOf('enrolment', await signIn('enrolment', 'enrolment123'), areas.district),
    ];
    const rows: { name: string; budgeted: boolean; p50: number; p95: number; max: number }[] = [];
    for (const s of scenarios) {
      await timed(s.run, 20); // warm-up
      rows.push({ name: s.name, budgeted: s.budgeted, ...(await timed(s.run, requests)) });
    }
    console.log(
      `\nLatency through HTTP on PostgreSQL, ${insureeCount.toLocaleString('en')} insurees, ${requests} sequential requests per scenario (ms); budget p95 <= ${budget} ms`,
    );
    console.log(
      `(Admin: national; enrolment: bound to one district, ${areas.district.familyIds.length >= 1000 ? '1000+' : areas.district.familyIds.length} families sampled there)`,
    );
    console.log(`${'scenario'.padEnd(72)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}`);
    for (const r of rows) console.log(`${r.name.padEnd(72)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.max.toFixed(1).padStart(7)}`);
    if (mismatches.length) {
      console.error(`\npolicyValues differs from the generated policies ${mismatches.length} times, e.g. ${mismatches.slice(0, 3).join('; ')}`);
      exitCode = 1;
    }
    const over = rows.filter((r) => r.budgeted && r.p95 > budget);
    if (over.length) {
      console.error(`\nOver budget: ${over.map((r) => `${r.name} p95 ${r.p95.toFixed(1)} ms`).join('; ')}`);
      exitCode = 1;
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((done) => server.child.once('exit', done));
  }
} finally {
  await pgdb.drop();
}
process.exit(exitCode);
