/**
 * core's report (issue 12): user activity (131207), what users did, read from the history every
 * change writes (who, when, which entity, which action). A user bound to an area sees the activity
 * of the users of their area (the `User` scope).
 */
import { sql } from 'drizzle-orm';
import { defineReport, keysetRows, NOTHING, optionLabel, optionsOf, P, scopeSql, when } from '../../../platform/report.js';
import { Rights } from '../rights.js';

type Keyed = { id: number } & Record<string, string | number | null>;

/** What the history records (its entity types), in the console's words. */
const RECORD_TYPES = optionsOf({
  Family: { en: 'Family', fr: 'Famille', sw: 'Kaya' },
  Insuree: { en: 'Insuree', fr: 'Assuré', sw: 'Mwanachama' },
  Policy: { en: 'Policy', fr: 'Police', sw: 'Mkataba' },
  Premium: { en: 'Contribution', fr: 'Cotisation', sw: 'Mchango' },
  Claim: { en: 'Claim', fr: 'Demande de remboursement', sw: 'Dai' },
  User: { en: 'User', fr: 'Utilisateur', sw: 'Mtumiaji' },
  Role: { en: 'Role', fr: 'Rôle', sw: 'Jukumu' },
  Location: { en: 'Location', fr: 'Localité', sw: 'Eneo' },
  HealthFacility: { en: 'Health facility', fr: 'Formation sanitaire', sw: 'Kituo cha afya' },
  MedicalService: { en: 'Medical service', fr: 'Soin', sw: 'Huduma ya matibabu' },
  MedicalItem: { en: 'Medical item', fr: 'Produit médical', sw: 'Dawa/kifaa tiba' },
  Diagnosis: { en: 'Diagnosis', fr: 'Diagnostic', sw: 'Utambuzi wa ugonjwa' },
  Product: { en: 'Product', fr: 'Produit', sw: 'Kifurushi' },
  Payer: { en: 'Payer', fr: 'Payeur', sw: 'Mlipaji' },
  PriceList: { en: 'Price list', fr: 'Liste de prix', sw: 'Orodha ya bei' },
});
/** The history's actions, as the console's history panel names them (shell `history.actions`). */
const ACTIONS = optionsOf({
  CREATE: { en: 'Created', fr: 'Création', sw: 'Imeundwa' },
  UPDATE: { en: 'Changed', fr: 'Modification', sw: 'Imebadilishwa' },
  DELETE: { en: 'Removed', fr: 'Suppression', sw: 'Imeondolewa' },
});

export const userActivity = defineReport({
  name: 'user_activity',
  right: Rights.reportUserActivity,
  title: { en: 'User activity', fr: 'Activité des utilisateurs', sw: 'Shughuli za watumiaji' },
  params: [
    P.dateFrom,
    P.dateTo,
    { name: 'userId', type: 'officer', label: { en: 'User', fr: 'Utilisateur', sw: 'Mtumiaji' } },
    { name: 'entityType', type: 'enum', options: RECORD_TYPES, label: { en: 'Record type', fr: 'Type d’enregistrement', sw: 'Aina ya rekodi' } },
    { name: 'action', type: 'enum', options: ACTIONS, label: { en: 'Action', fr: 'Action', sw: 'Kitendo' } },
  ],
  columns: [
    { key: 'day', type: 'date', label: { en: 'Day', fr: 'Jour', sw: 'Siku' } },
    { key: 'time', type: 'text', label: { en: 'Time (UTC)', fr: 'Heure (UTC)', sw: 'Saa (UTC)' } },
    { key: 'username', type: 'text', label: { en: 'User', fr: 'Utilisateur', sw: 'Mtumiaji' } },
    { key: 'entityType', type: 'text', label: { en: 'Record type', fr: 'Type d’enregistrement', sw: 'Aina ya rekodi' } },
    { key: 'entityId', type: 'text', label: { en: 'Record', fr: 'Enregistrement', sw: 'Rekodi' } },
    { key: 'action', type: 'text', label: { en: 'Action', fr: 'Action', sw: 'Kitendo' } },
  ],
  async *rows(ctx, v) {
    const where = sql`h.at >= ${v.dateFrom}::date and h.at < ${v.dateTo}::date + 1
      and h.user_id in (select users.id from users where ${await scopeSql(ctx, 'User')})
      ${when(v.userId, (id) => sql`and h.user_id = ${id}`)} ${when(v.entityType, (t) => sql`and h.entity_type = ${t}`)}
      ${when(v.action, (a) => sql`and h.action = ${a}`)}`;
    for await (const row of keysetRows<Keyed>(async (after, limit) => {
      const result = await ctx.db.execute<Keyed>(sql`
        select h.id, to_char(h.at at time zone 'UTC', 'YYYY-MM-DD') as day, to_char(h.at at time zone 'UTC', 'HH24:MI:SS') as time,
          h.username, h.entity_type as "entityType", h.entity_id as "entityId", h.action
        from history h where ${where} ${after ? sql`and h.id > ${after.id}` : NOTHING}
        order by h.id limit ${limit}`);
      return result.rows;
    })) {
      yield { ...row, entityType: optionLabel(RECORD_TYPES, row.entityType, ctx.lang), action: optionLabel(ACTIONS, row.action, ctx.lang) };
    }
  },
});
