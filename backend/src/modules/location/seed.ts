/** Demo locations: 4 regions, 12 districts, 36 municipalities, 144 villages. */
import type { DbOrTx } from '../../db/engine.js';
import { locations } from './tables.js';

/** Region -> 'District: municipality municipality ...; District: ...'. */
const regionList: [string, string][] = [
  ['Kilima', 'Mwanga: Kisangara Lembeni Kighare; Usangi: Kivisini Ngujini Mangio; Kifaru: Mabilioni Ugweno Jipe'],
  ['Ziwani', 'Nyakato: Buswelu Mahina Kishiri; Buhongwa: Lwanhima Kishili Sahwa; Igoma: Kisesa Bujora Nyamhongolo'],
  ['Savane', 'Kourouba: Niéna Kolondiéba Fakola; Sikasso-Nord: Kléla Zangaradougou Missirikoro; Bamboula: Dioïla Banco Massigui'],
  ['Volta', 'Kpeve: Adaklu Abutia Kpedze; Akatsi: Avenorpeme Wute Gefia; Keta: Anloga Woe Tegbi'],
];
const regions = regionList.map(([name, text]) => ({
  name,
  districts: text.split('; ').map((entry) => {
    const [district = '', municipalities = ''] = entry.split(': ');
    return { name: district, municipalities: municipalities.split(' ') };
  }),
}));

const villageNames = [
  'Kibaoni',
  'Mnazi Mmoja',
  'Majengo',
  'Mlimani',
  'Kwa Mrefu',
  'Msufini',
  'Mwembeni',
  'Bondeni',
  'Kisiwani',
  'Mkwajuni',
  'Kilimahewa',
  'Mtakuja',
  'Nyumbani',
  'Sokoni',
  'Mbuyuni',
  'Kanisani',
  'Mtoni',
  'Mabatini',
  'Shuleni',
  'Kitongoji',
  'Igogo',
  'Buzuruga',
  'Nyasaka',
  'Kiloleli',
  'Bugarika',
  'Isamilo',
  'Mkolani',
  'Nyegezi',
  'Luchelele',
  'Kayenze',
  'Ilemela',
  'Nyamanoro',
  'Bwiru',
  'Kitangiri',
  'Pasiansi',
  'Nyamagana',
  'Kishiri Juu',
  'Bulola',
  'Igombe',
  'Kabangaja',
  'Sanankoro',
  'Dougoukolo',
  'Kafana',
  'Ouélessébougou',
  'Siby',
  'Banankoro',
  'Diéma',
  'Koula',
  'Tienfala',
  'Falan',
  'Kati',
  'Sanankoroba',
  'Dialakoroba',
  'Bancoumana',
  'Niamana',
  'Kassela',
  'Baguineda',
  'Yirimadio',
  'Sébénikoro',
  'Sirakoro',
  'Dzodze',
  'Penyi',
  'Afife',
  'Weta',
  'Ehi',
  'Agbozume',
  'Klikor',
  'Denu',
  'Aflao',
  'Adina',
  'Atiteti',
  'Dzita',
  'Anyanui',
  'Srogboe',
  'Abolove',
  'Tsiame',
  'Xavi',
  'Dabala',
  'Sogakope',
  'Sokpoe',
];

export async function seedLocations(db: DbOrTx): Promise<void> {
  let village = 0;
  for (const [ri, region] of regions.entries()) {
    const rCode = `R${ri + 1}`;
    const [r] = await db.insert(locations).values({ code: rCode, name: region.name, type: 'R' }).returning({ id: locations.id });
    for (const [di, district] of region.districts.entries()) {
      const dCode = `${rCode}D${di + 1}`;
      const [d] = await db.insert(locations).values({ code: dCode, name: district.name, type: 'D', parentId: r?.id }).returning({ id: locations.id });
      const munis = await db
        .insert(locations)
        .values(district.municipalities.map((name, mi) => ({ code: `${dCode}M${mi + 1}`, name, type: 'M', parentId: d?.id })))
        .returning({ id: locations.id, code: locations.code });
      const villages = munis.flatMap((m) =>
        [1, 2, 3, 4].map((vi) => {
          const base = villageNames[village % villageNames.length] ?? 'Village';
          const name = village >= villageNames.length ? `${base} ${['Juu', 'Chini', 'Nord', 'Sud'][vi - 1]}` : base;
          village++;
          return { code: `${m.code}V${vi}`, name, type: 'V', parentId: m.id };
        }),
      );
      await db.insert(locations).values(villages);
    }
  }
}
