/** Demo families: 300 families of 1-7 members over the seeded villages, valid insurance numbers (mod 7 check digit). */
import { generateInsuranceNumber } from '@kente/contract-insuree';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/engine.js';
import { locations } from '../location/tables.js';
import { healthFacilities } from '../medical/tables.js';
import { families, insurees } from './tables.js';

/** Family names from East and West Africa (Swahili, Chagga, Sukuma, Bambara, Senufo, Ewe, Akan, Hausa, Yoruba). */
export const LAST_NAMES = [
  'Mwangi',
  'Kimaro',
  'Massawe',
  'Mushi',
  'Lyimo',
  'Shirima',
  'Mrema',
  'Temba',
  'Swai',
  'Minja',
  'Mbwambo',
  'Kileo',
  'Mollel',
  'Mfinanga',
  'Nyirenda',
  'Masanja',
  'Mabula',
  'Shija',
  'Kulwa',
  'Ndalahwa',
  'Magesa',
  'Mwita',
  'Chacha',
  'Wambura',
  'Juma',
  'Hamisi',
  'Salim',
  'Bakari',
  'Mohamed',
  'Athumani',
  'Traoré',
  'Coulibaly',
  'Diarra',
  'Keita',
  'Konaté',
  'Sangaré',
  'Koné',
  'Sidibé',
  'Doumbia',
  'Dembélé',
  'Ouattara',
  'Touré',
  'Cissé',
  'Diallo',
  'Sanogo',
  'Berthé',
  'Fofana',
  'Camara',
  'Bagayoko',
  'Kanté',
  'Agbeko',
  'Mensah',
  'Amedzro',
  'Dzokoto',
  'Kpodo',
  'Ahiabu',
  'Gbedemah',
  'Tamakloe',
  'Agbenyega',
  'Nyamadi',
  'Asante',
  'Owusu',
  'Boateng',
  'Addo',
  'Osei',
  'Appiah',
  'Adjei',
  'Danquah',
  'Bello',
  'Abubakar',
  'Musa',
  'Ibrahim',
  'Yusuf',
  'Okafor',
  'Adeyemi',
  'Olawale',
  'Balogun',
  'Eze',
  'Nwosu',
  'Okonkwo',
];
export const MALE_NAMES = [
  'Juma',
  'Baraka',
  'Emmanuel',
  'Joseph',
  'John',
  'Daudi',
  'Elia',
  'Hassani',
  'Rajabu',
  'Said',
  'Petro',
  'Amani',
  'Faraji',
  'Mussa',
  'Ally',
  'Issa',
  'Seydou',
  'Moussa',
  'Mamadou',
  'Bakary',
  'Oumar',
  'Adama',
  'Lassina',
  'Souleymane',
  'Drissa',
  'Yaya',
  'Kofi',
  'Kwame',
  'Kwaku',
  'Yaw',
  'Kojo',
  'Selorm',
  'Elikem',
  'Mawuli',
  'Edem',
  'Senyo',
  'Abdoulaye',
  'Ibrahim',
  'Chinedu',
  'Tunde',
];
export const FEMALE_NAMES = [
  'Neema',
  'Rehema',
  'Mwanaisha',
  'Upendo',
  'Grace',
  'Esther',
  'Zawadi',
  'Halima',
  'Aisha',
  'Furaha',
  'Imani',
  'Saida',
  'Mariam',
  'Agnes',
  'Rose',
  'Anna',
  'Fatoumata',
  'Aminata',
  'Kadiatou',
  'Mariam',
  'Awa',
  'Oumou',
  'Salimata',
  'Assétou',
  'Djeneba',
  'Korotoumou',
  'Akosua',
  'Ama',
  'Abena',
  'Afua',
  'Esi',
  'Efua',
  'Dzifa',
  'Enyonam',
  'Sena',
  'Xornam',
  'Aïssata',
  'Hauwa',
  'Ngozi',
  'Folake',
];
export const PROFESSIONS = ['Farmer', 'Trader', 'Teacher', 'Fisher', 'Tailor', 'Mechanic', 'Nurse', 'Herder', 'Carpenter', 'Student'];

/** A small deterministic generator so every fresh database gets the same demo families. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const DEMO_FAMILIES = 300;
/** Demo numbers: bodies 10000001.. (9 digits with the check digit). */
export const DEMO_NUMBER_BASE = 10_000_000;

export async function seedInsurees(db: DbOrTx): Promise<void> {
  const rnd = random(20260401);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const villages = await db.select({ id: locations.id }).from(locations).where(eq(locations.type, 'V')).orderBy(locations.id);
  const facilities = await db.select({ id: healthFacilities.id }).from(healthFacilities).orderBy(healthFacilities.id);
  if (!villages.length) return;
  const now = new Date();
  // `age` full years before today, minus up to a year: never a birth date in the future (the
  // record could not be saved again). Two draws as before, so the rest of the demo data is unchanged.
  const date = (age: number) => {
    const back = Math.floor(rnd() * 12) * 30 + Math.floor(rnd() * 28);
    const born = new Date(Date.UTC(now.getUTCFullYear() - age, now.getUTCMonth(), now.getUTCDate() - back));
    return born.toISOString().slice(0, 10);
  };
  let serial = 0;
  const nextNumber = () => generateInsuranceNumber(String(DEMO_NUMBER_BASE + ++serial));

  const familyRows = Array.from({ length: DEMO_FAMILIES }, (_, i) => ({
    villageId: (villages[i % villages.length] as { id: number }).id,
    povertyStatus: rnd() < 0.3,
    familyType: pick(['H', 'H', 'H', 'H', 'P', 'O', 'T'] as const),
    confirmationType: rnd() < 0.3 ? pick(['S', 'L', 'C'] as const) : null,
    confirmationNumber: null as string | null,
    address: rnd() < 0.5 ? `Plot ${1 + Math.floor(rnd() * 400)}` : null,
  }));
  for (const row of familyRows) if (row.confirmationType) row.confirmationNumber = `CF-${Math.floor(rnd() * 90000) + 10000}`;
  const created = await db.insert(families).values(familyRows).returning({ id: families.id, villageId: families.villageId });

  const members: (typeof insurees.$inferInsert & { head: boolean })[] = [];
  for (const family of created) {
    const lastName = pick(LAST_NAMES);
    const size = 1 + Math.floor(rnd() * 7);
    const headMale = rnd() < 0.7;
    const facility = facilities.length ? (facilities[family.id % facilities.length] as { id: number }).id : null;
    for (let m = 0; m < size; m++) {
      const isHead = m === 0;
      const relationship = isHead ? null : m === 1 && size > 2 ? 'SP' : pick(['SO', 'DA', 'SO', 'DA', 'MO', 'FA', 'GC', 'BR', 'SI', 'OT'] as const);
      const gender = isHead
        ? headMale
          ? 'M'
          : 'F'
        : relationship === 'SP'
          ? headMale
            ? 'F'
            : 'M'
          : ['SO', 'FA', 'BR'].includes(relationship ?? '')
            ? 'M'
            : ['DA', 'MO', 'SI'].includes(relationship ?? '')
              ? 'F'
              : pick(['M', 'F'] as const);
      const age =
        isHead || relationship === 'SP'
          ? 22 + Math.floor(rnd() * 50)
          : relationship === 'FA' || relationship === 'MO'
            ? 60 + Math.floor(rnd() * 25)
            : Math.floor(rnd() * 20);
      const adult = age >= 18;
      members.push({
        head: isHead,
        familyId: family.id,
        insuranceNumber: nextNumber(),
        lastName: relationship === 'SP' && rnd() < 0.5 ? pick(LAST_NAMES) : lastName,
        otherNames: `${pick(gender === 'M' ? MALE_NAMES : FEMALE_NAMES)}${rnd() < 0.3 ? ` ${pick(gender === 'M' ? MALE_NAMES : FEMALE_NAMES)}` : ''}`,
        gender,
        birthDate: date(age),
        maritalStatus: adult ? (isHead || relationship === 'SP' ? 'M' : pick(['S', 'M', 'W', 'D'] as const)) : 'S',
        relationship,
        phone: adult && rnd() < 0.6 ? `+255 7${Math.floor(rnd() * 90 + 10)} ${Math.floor(rnd() * 900 + 100)} ${Math.floor(rnd() * 900 + 100)}` : null,
        profession: adult ? pick(PROFESSIONS) : age >= 6 ? 'Student' : null,
        education: adult ? pick(['N', 'P', 'S', 'U'] as const) : age >= 6 ? 'P' : null,
        identificationType: adult && rnd() < 0.5 ? 'N' : null,
        identificationNumber: null,
        currentVillageId: family.villageId,
        healthFacilityId: facility,
        cardIssued: rnd() < 0.7,
        status: rnd() < 0.03 ? 'INACTIVE' : 'ACTIVE',
      });
      const last = members.at(-1);
      if (last?.identificationType) last.identificationNumber = `${19000000 + Math.floor(rnd() * 1000000)}`;
    }
  }
  // one deceased member in a few families, for the status filter
  for (let i = 5; i < members.length; i += 97) {
    const m = members[i];
    if (m && !m.head) {
      m.status = 'DECEASED';
      m.statusDate = `${now.getUTCFullYear() - 1}-06-15`;
      m.statusReason = 'Reported by the village office';
    }
  }
  const rows = await db
    .insert(insurees)
    .values(members.map(({ head: _head, ...row }) => row))
    .returning({ id: insurees.id, familyId: insurees.familyId, relationship: insurees.relationship });
  await db.execute(sql`
    update ${families} f set head_insuree_id = h.id
    from (select distinct on (family_id) id, family_id from ${insurees} where relationship is null order by family_id, id) h
    where h.family_id = f.id`);
  void rows;
}
