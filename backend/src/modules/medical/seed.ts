/** Demo reference data: 45 health facilities, ~100 services, ~250 items, regional price lists, ICD-10. */
import { readFileSync } from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/engine.js';
import { bindDemoUserLocations, seedDemoOfficerDetails } from '../core/seed.js';
import { users } from '../core/tables.js';
import { locations } from '../location/tables.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceListItems, priceListServices, priceLists } from './tables.js';

const dataFile = (name: string) => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
const lines = (text: string) => text.split('\n').filter((line) => line.trim() && !line.startsWith('#'));

export function icd10(): { code: string; name: string }[] {
  return lines(dataFile('icd10.txt')).map((line) => {
    const [code = '', name = ''] = line.split('\t');
    return { code, name };
  });
}

export function demoServices() {
  return lines(dataFile('services.txt')).map((line) => {
    const [code = '', name = '', type = 'C', category = 'O', level = 'S', price = '0', careType = 'B'] = line.split('|');
    return { code, name, type, category, level, price: `${price}.00`, careType };
  });
}

export function demoItems() {
  const out: { code: string; name: string; type: string; package: string | null; price: string; careType: string }[] = [];
  for (const line of lines(dataFile('items.txt'))) {
    const [kind, name = '', second = '', price = '0'] = line.split('|');
    if (kind === 'D') {
      second.split(';').forEach((presentation, i) => {
        const injectable = /injection|infusion/.test(presentation);
        out.push({
          code: `D${String(out.length + 1).padStart(4, '0')}`,
          name: `${name} ${presentation}`,
          type: 'D',
          package: presentation,
          price: `${Math.round(Number(price) * (1 + i * 0.6))}.00`,
          careType: injectable ? 'B' : 'O',
        });
      });
    } else {
      out.push({ code: `M${String(out.length + 1).padStart(4, '0')}`, name, type: 'M', package: second, price: `${price}.00`, careType: 'B' });
    }
  }
  return out;
}

const hospitalsExtra = [
  { name: 'St. Joseph Mission Hospital', legalForm: 'C' },
  { name: 'Ziwani Regional Referral Hospital', legalForm: 'G' },
  { name: 'Hôpital Notre-Dame de la Paix', legalForm: 'C' },
];
const centresExtra = [
  { name: 'Al-Amin Health Centre', legalForm: 'P' },
  { name: 'Centre de santé Espoir', legalForm: 'C' },
  { name: 'Lakeside Family Health Centre', legalForm: 'P' },
];

export async function seedMedical(db: DbOrTx): Promise<void> {
  await db.insert(diagnoses).values(icd10());
  const services = await db.insert(medicalServices).values(demoServices()).returning();
  const items = await db.insert(medicalItems).values(demoItems()).returning();

  const regions = await db.select().from(locations).where(eq(locations.type, 'R')).orderBy(locations.code);
  const districts = await db.select().from(locations).where(eq(locations.type, 'D')).orderBy(locations.code);
  const municipalities = await db.select().from(locations).where(eq(locations.type, 'M')).orderBy(locations.code);
  const villages = await db.select().from(locations).where(eq(locations.type, 'V')).orderBy(locations.code);

  // Price lists: per region, a primary-care list (no surgery or hospital stays) and a hospital list.
  const lists = new Map<string, number>();
  for (const [ri, region] of regions.entries()) {
    for (const tier of ['primary', 'hospital'] as const) {
      for (const kind of ['S', 'I'] as const) {
        const [list] = await db
          .insert(priceLists)
          .values({
            kind,
            name: `${region.name} ${tier === 'primary' ? 'primary care' : 'hospital'} ${kind === 'S' ? 'services' : 'items'} 2026`,
            locationId: region.id,
          })
          .returning({ id: priceLists.id });
        if (!list) continue;
        lists.set(`${region.id}:${tier}:${kind}`, list.id);
        const factor = 0.9 + ri * 0.05;
        const override = (price: string, index: number) => (index % 5 === ri % 5 ? (Math.round(Number(price) * factor) || 0).toFixed(2) : null);
        if (kind === 'S') {
          const chosen = services.filter((s) => tier === 'hospital' || !['S', 'H'].includes(s.category) || /^S00(0[5-9]|10)$/.test(s.code));
          await db.insert(priceListServices).values(chosen.map((s, i) => ({ priceListId: list.id, serviceId: s.id, priceOverride: override(s.price, i) })));
        } else {
          const chosen = items.filter((it) => tier === 'hospital' || !/injection|infusion|kit|Caesarean|Spinal|Endotracheal|Chest drain/.test(it.name));
          await db.insert(priceListItems).values(chosen.map((it, i) => ({ priceListId: list.id, itemId: it.id, priceOverride: override(it.price, i) })));
        }
      }
    }
  }

  const regionOf = (district: { parentId: number | null }) => district.parentId ?? 0;
  const facilities: (typeof healthFacilities.$inferInsert)[] = [];
  const add = (level: 'D' | 'C' | 'H', name: string, legalForm: string, district: (typeof districts)[number]) => {
    const n = facilities.filter((f) => f.level === level).length + 1;
    const tier = level === 'H' ? 'hospital' : 'primary';
    facilities.push({
      code: `HF${level}${String(n).padStart(3, '0')}`,
      name,
      level,
      legalForm,
      careType: level === 'D' ? 'O' : level === 'C' ? 'B' : 'I',
      locationId: district.id,
      address: `P.O. Box ${100 + facilities.length * 7}, ${district.name}`,
      phone: `+255 7${String(10000000 + facilities.length * 7919).slice(0, 8)}`,
      servicePriceListId: lists.get(`${regionOf(district)}:${tier}:S`) ?? null,
      itemPriceListId: lists.get(`${regionOf(district)}:${tier}:I`) ?? null,
    });
  };
  for (const d of districts) add('H', `${d.name} District Hospital`, 'G', d);
  for (const [i, h] of hospitalsExtra.entries()) {
    const district = districts[(i * 4) % districts.length];
    if (district) add('H', h.name, h.legalForm, district);
  }
  for (const d of districts) {
    const muni = municipalities.find((m) => m.parentId === d.id);
    add('C', `${muni?.name ?? d.name} Health Centre`, 'G', d);
  }
  for (const [i, c] of centresExtra.entries()) {
    const district = districts[(i * 4 + 1) % districts.length];
    if (district) add('C', c.name, c.legalForm, district);
  }
  for (let i = 0; i < 15; i++) {
    const village = villages[(i * 9) % villages.length];
    const muni = municipalities.find((m) => m.id === village?.parentId);
    const district = districts.find((d) => d.id === muni?.parentId);
    if (village && district) add('D', `${village.name} Dispensary`, i % 4 === 3 ? 'P' : 'G', district);
  }
  const inserted = await db.insert(healthFacilities).values(facilities).returning({ id: healthFacilities.id, level: healthFacilities.level });

  // Demo users who work at a facility.
  const hospital = inserted.find((f) => f.level === 'H');
  if (hospital) {
    await db
      .update(users)
      .set({ healthFacilityId: hospital.id })
      .where(and(inArray(users.username, ['claimadmin', 'receptionist'])));
  }
  await bindDemoUserLocations(db);
  await seedDemoOfficerDetails(db);
}
