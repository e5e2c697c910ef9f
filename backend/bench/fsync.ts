/**
 * The cost of fsync on PGlite: enrolment of a family (createFamily with its head, then
 * addInsuree for a spouse and a child: three transactions) through HTTP, with KENTE_PGLITE_FSYNC on and off, on
 * a fresh demo database each. Prints p50/p95 per setting.
 *   pnpm --filter @kente/backend bench:fsync [-- --requests 200]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateInsuranceNumber } from '@kente/contract-insuree';
import { Client, spawnServer } from '../test/harness.js';

const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { requests: { type: 'string', default: '200' } } });
const requests = Number(values.requests);

const createFamily = `mutation($i: CreateFamilyInput!) { createFamily(input: $i) { family { id } errors { field code message } } }`;
const addInsuree = `mutation($i: AddInsureeInput!) { addInsuree(input: $i) { insuree { id } errors { field code message } } }`;
let body = 88_000_000;
const person = (lastName: string, otherNames: string, extra: Record<string, unknown> = {}) => ({
  insuranceNumber: generateInsuranceNumber(String(body++)),
  lastName,
  otherNames,
  gender: 'F',
  birthDate: '1985-06-01',
  ...extra,
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function measure(fsync: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'kente-fsync-'));
  const server = spawnServer({ DATABASE_URL: '', KENTE_DATA_DIR: join(dir, 'data'), KENTE_PGLITE_FSYNC: fsync ? '1' : '0' });
  try {
    const started = performance.now();
    const url = await server.ready;
    const startup = performance.now() - started;
    const admin = new Client(url);
    await admin.login('Admin', 'admin123');
    const village = (await admin.gql('{ locations(filter: {type: "V"}, first: 1) { edges { node { id } } } }')).json.data.locations.edges[0].node.id;
    const samples: number[] = [];
    for (let i = 0; i < requests; i++) {
      const t = performance.now();
      const created = await admin.gql(createFamily, { i: { villageId: village, head: person('Fsyncbench', `Head ${i}`) } });
      const familyId = created.json.data?.createFamily?.family?.id;
      if (!familyId) throw new Error(`createFamily failed: ${JSON.stringify(created.json)}`);
      for (const [relationship, name] of [
        ['SP', 'Spouse'],
        ['SO', 'Child'],
      ] as const) {
        const added = await admin.gql(addInsuree, { i: { familyId, relationship, insuree: person('Fsyncbench', `${name} ${i}`) } });
        if (!added.json.data?.addInsuree?.insuree) throw new Error(`addInsuree failed: ${JSON.stringify(added.json)}`);
      }
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    return { fsync, startup, p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1) ?? 0 };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((done) => server.child.once('exit', done));
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [await measure(false), await measure(true), await measure(false), await measure(true)];
console.log(`\nPGlite, family enrolment (createFamily + 2 addInsuree) through HTTP, ${requests} sequential requests (ms)`);
console.log(`${'fsync'.padEnd(6)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)} ${'start (s)'.padStart(10)}`);
for (const r of rows)
  console.log(
    `${(r.fsync ? 'on' : 'off').padEnd(6)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.max.toFixed(1).padStart(7)} ${(r.startup / 1000).toFixed(1).padStart(10)}`,
  );
