/**
 * Adds scale to a database: `pnpm --filter @kente/backend generate -- --services 40000 [--facilities 1000]`.
 * Uses the same database as the server (DATABASE_URL, else the PGlite folder
 * KENTE_DATA_DIR / <repo>/.data, which must not be in use by a running server).
 * Rows are built in SQL with generate_series; rerunning is safe (existing codes are kept).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/app.js';
import type { Database } from '../src/db/engine.js';

export interface GenerateOptions {
  services?: number;
  facilities?: number;
}

export async function generate(database: Database, options: GenerateOptions, log: (message: string) => void = console.log): Promise<void> {
  const { db } = database;
  if (options.services) {
    const started = Date.now();
    // Shaped like a country's imported tariff: mostly transport and procedure tariffs between places.
    await db.execute(sql`
      insert into medical_services (code, name, type, category, level, price, care_type)
      select 'GS' || lpad(i::text, 6, '0'),
        (array['Transport','Ambulance transfer','Consultation','Laboratory test','Imaging','Minor procedure','Dressing','Physiotherapy','Dental procedure','Eye procedure','Surgical procedure','Hospital day'])[1 + i % 12]
          || ' ' || (array['Kibaoni','Majengo','Mlimani','Sokoni','Mbuyuni','Mtoni','Igogo','Nyasaka','Bugarika','Isamilo','Kati','Siby','Koula','Falan','Dzodze','Penyi','Afife','Denu','Aflao','Keta','Mwanga','Usangi','Kifaru','Nyakato','Igoma','Kourouba','Bamboula','Kpeve','Akatsi','Anloga'])[1 + (i / 12) % 30]
          || ' - ' || (array['Mwanga','Usangi','Kifaru','Nyakato','Buhongwa','Igoma','Kourouba','Sikasso','Bamboula','Kpeve','Akatsi','Keta','Lembeni','Jipe','Kisesa','Bujora','Niena','Fakola','Dioila','Banco','Adaklu','Abutia','Wute','Gefia','Woe','Tegbi'])[1 + (i / 360) % 26]
          || ' tariff ' || i,
        case when i % 7 = 0 then 'P' else 'C' end,
        (array['S','D','A','H','C','O'])[1 + i % 6],
        (array['S','V','D','H'])[1 + i % 4],
        (500 + (i * 7919) % 50000)::numeric(18,2),
        (array['I','O','B'])[1 + i % 3]
      from generate_series(1, ${options.services}::int) as i
      on conflict (code) do nothing`);
    // VACUUM also flushes the GIN pending list: without it the planner shuns the trigram index.
    await db.execute(sql`vacuum analyze medical_services`);
    log(`medical services: up to ${options.services} generated rows in ${Date.now() - started} ms`);
  }
  if (options.facilities) {
    const started = Date.now();
    await db.execute(sql`
      insert into health_facilities (code, name, level, legal_form, care_type, location_id)
      select 'GF' || lpad(i::text, 6, '0'),
        (array['Kibaoni','Majengo','Mlimani','Sokoni','Mbuyuni','Mtoni','Igogo','Nyasaka','Siby','Koula','Dzodze','Penyi'])[1 + i % 12] || ' '
          || (array['Dispensary','Health Centre','Hospital'])[1 + i % 3] || ' ' || i,
        (array['D','C','H'])[1 + i % 3],
        (array['G','C','P','D'])[1 + i % 4],
        (array['O','B','I'])[1 + i % 3],
        d.id
      from generate_series(1, ${options.facilities}::int) as i
      cross join lateral (select id from locations where type = 'D' order by id offset (i % (select count(*) from locations where type = 'D')) limit 1) d
      on conflict (code) do nothing`);
    await db.execute(sql`vacuum analyze health_facilities`);
    log(`health facilities: up to ${options.facilities} generated rows in ${Date.now() - started} ms`);
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isMain) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { services: { type: 'string' }, facilities: { type: 'string' } },
  });
  const dataDir = process.env.KENTE_DATA_DIR ? resolve(process.env.INIT_CWD ?? process.cwd(), process.env.KENTE_DATA_DIR) : undefined;
  const database = await prepareDatabase({ dataDir });
  try {
    await generate(database, { services: Number(values.services ?? 0), facilities: Number(values.facilities ?? 0) });
  } finally {
    await database.close();
  }
}
