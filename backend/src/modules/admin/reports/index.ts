/**
 * admin's report (issue 12): status of the registers (131209), how many records each register
 * holds and when it last changed.
 * Locations and facilities count those of the user's area; the catalogues are national.
 */
import { type SQL, sql } from 'drizzle-orm';
import { defineReport, queryRows, type ReportCtx, scopeSql } from '../../../platform/report.js';
import { Rights } from '../../core/rights.js';

function registerRow(name: string, table: SQL, where: SQL): SQL {
  return sql`select ${name}::text as register, count(*)::int as records,
    to_char(max(updated_at), 'YYYY-MM-DD') as "lastChange" from ${table} where ${where}`;
}

export const registersStatus = defineReport({
  name: 'registers_status',
  right: Rights.reportStatusOfRegisters,
  title: { en: 'Status of registers', fr: 'État des registres', sw: 'Hali ya rejista' },
  params: [],
  columns: [
    { key: 'register', type: 'text', label: { en: 'Register', fr: 'Registre', sw: 'Rejista' } },
    { key: 'records', type: 'integer', label: { en: 'Records', fr: 'Enregistrements', sw: 'Rekodi' } },
    { key: 'lastChange', type: 'date', label: { en: 'Last change', fr: 'Dernière modification', sw: 'Badiliko la mwisho' } },
  ],
  async *rows(ctx: ReportCtx) {
    const all = sql`true`;
    const parts = [
      registerRow('locations', sql`locations`, await scopeSql(ctx, 'Location')),
      registerRow('facilities', sql`health_facilities`, await scopeSql(ctx, 'HealthFacility')),
      registerRow('services', sql`medical_services`, all),
      registerRow('items', sql`medical_items`, all),
      registerRow('diagnoses', sql`diagnoses`, all),
    ];
    yield* queryRows(ctx, sql.join(parts, sql` union all `));
  },
});
