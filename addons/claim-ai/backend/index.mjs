// @ts-check
/**
 * claim-ai, backend part: a Kente add-on domain the server loads from its configuration
 * (KENTE_ADDONS=addons/claim-ai/backend/index.mjs), never compiled into the backend.
 *
 * It scores each claim when it is submitted (hook `claim.submitting`, in the submission's
 * transaction) with an explainable model: every reason carries its points and the figures behind
 * it, and the score is their sum (at most 100). The score and reasons live in its own table; the
 * graph shows them as `Claim.fraudScore`, read with its own right 111301.
 *
 * Reasons (points):
 * - AMOUNT_DIAGNOSIS: the claimed amount is over 1.5 x the average of the other submitted claims
 *   with the same main diagnosis (at least 3 of them): 10 + 10 per time over the average, at most 35.
 * - AMOUNT_FACILITY: over 2 x the facility's average claim (at least 3 claims): 5 per time, at most 20.
 * - FREQUENT_VISITS: 2 or more other claims of the insuree with a visit in the 30 days before: 8 each, at most 25.
 * - DUPLICATE_SERVICE: a service of the claim claimed for the same insuree in another claim (not
 *   rejected) with a visit within 7 days: 15 per line, at most 30.
 * - PROVIDER_REJECTIONS: the facility had 30 % or more of its claims rejected in the 90 days before
 *   (at least 10 claims): 30 x the share, at most 20.
 */

/** openIMIS claim statuses: 1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated. */
const SUBMITTED = [1, 4, 8, 16];
const PASSED = [4, 8, 16];
export const MODEL = 'claim-ai 1.0';
export const RIGHT_VIEW = 111301;

/** The system roles that search claims see the scores. */
const GRANT = `UPDATE roles SET rights = array_append(rights, ${RIGHT_VIEW}) WHERE is_system AND 111001 = ANY(rights) AND NOT ${RIGHT_VIEW} = ANY(rights)`;

/** @param {number} value @param {number} max */
const capped = (value, max) => Math.max(0, Math.min(max, Math.round(value)));

/**
 * The claim's reasons, from what the database holds now (the claim itself excluded from every norm).
 * @param {any} kit the server's add-on kit
 * @param {any} tx a transaction or the database
 * @param {number} claimId
 */
export async function scoreClaim(kit, tx, claimId) {
  const { sql } = kit;
  const [claim] = (
    await tx.execute(
      sql`SELECT id, health_facility_id, insuree_id, diagnosis_id, visit_from::text AS visit_from, claimed::float8 AS claimed FROM claims WHERE id = ${claimId}`,
    )
  ).rows;
  if (!claim) return null;
  /** @type {{ code: string, points: number, value: number | null, norm: number | null, count: number | null, lines?: number[] }[]} */
  const reasons = [];
  const passed = sql.raw(`(${PASSED.join(',')})`);
  const submitted = sql.raw(`(${SUBMITTED.join(',')})`);

  const [byDiagnosis] = (
    await tx.execute(
      sql`SELECT count(*)::int AS n, coalesce(avg(claimed), 0)::float8 AS average FROM claims WHERE diagnosis_id = ${claim.diagnosis_id} AND id <> ${claim.id} AND status IN ${passed}`,
    )
  ).rows;
  if (byDiagnosis.n >= 3 && byDiagnosis.average > 0 && claim.claimed > 1.5 * byDiagnosis.average) {
    const ratio = claim.claimed / byDiagnosis.average;
    reasons.push({
      code: 'AMOUNT_DIAGNOSIS',
      points: capped(10 + 10 * (ratio - 1), 35),
      value: claim.claimed,
      norm: round2(byDiagnosis.average),
      count: byDiagnosis.n,
    });
  }

  const [byFacility] = (
    await tx.execute(
      sql`SELECT count(*)::int AS n, coalesce(avg(claimed), 0)::float8 AS average FROM claims WHERE health_facility_id = ${claim.health_facility_id} AND id <> ${claim.id} AND status IN ${passed}`,
    )
  ).rows;
  if (byFacility.n >= 3 && byFacility.average > 0 && claim.claimed > 2 * byFacility.average) {
    const ratio = claim.claimed / byFacility.average;
    reasons.push({ code: 'AMOUNT_FACILITY', points: capped(5 * ratio, 20), value: claim.claimed, norm: round2(byFacility.average), count: byFacility.n });
  }

  const [visits] = (
    await tx.execute(
      sql`SELECT count(*)::int AS n FROM claims WHERE insuree_id = ${claim.insuree_id} AND id <> ${claim.id} AND status IN ${submitted}
          AND visit_from BETWEEN ${claim.visit_from}::date - 30 AND ${claim.visit_from}::date`,
    )
  ).rows;
  if (visits.n >= 2) reasons.push({ code: 'FREQUENT_VISITS', points: capped(8 * visits.n, 25), value: null, norm: null, count: visits.n });

  const [duplicates] = (
    await tx.execute(
      sql`SELECT count(DISTINCT mine.id)::int AS n, coalesce(array_agg(DISTINCT mine.line_no), '{}') AS lines FROM claim_lines mine
          JOIN claim_lines theirs ON theirs.service_id = mine.service_id AND theirs.claim_id <> mine.claim_id AND coalesce(theirs.status, 1) = 1
          JOIN claims other ON other.id = theirs.claim_id AND other.insuree_id = ${claim.insuree_id} AND other.status IN ${submitted}
            AND other.visit_from BETWEEN ${claim.visit_from}::date - 7 AND ${claim.visit_from}::date + 7
          WHERE mine.claim_id = ${claim.id} AND mine.service_id IS NOT NULL`,
    )
  ).rows;
  if (duplicates.n > 0)
    reasons.push({
      code: 'DUPLICATE_SERVICE',
      points: capped(15 * duplicates.n, 30),
      value: null,
      norm: null,
      count: duplicates.n,
      lines: duplicates.lines.map(Number).sort((a, b) => a - b),
    });

  const [provider] = (
    await tx.execute(
      sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 1)::int AS rejected FROM claims
          WHERE health_facility_id = ${claim.health_facility_id} AND id <> ${claim.id} AND status IN ${submitted}
            AND date_claimed BETWEEN ${claim.visit_from}::date - 90 AND ${claim.visit_from}::date`,
    )
  ).rows;
  if (provider.n >= 10 && provider.rejected / provider.n >= 0.3) {
    const share = provider.rejected / provider.n;
    reasons.push({ code: 'PROVIDER_REJECTIONS', points: capped(30 * share, 20), value: round2(share * 100), norm: 30, count: provider.n });
  }

  const score = Math.min(
    100,
    reasons.reduce((sum, r) => sum + r.points, 0),
  );
  return { score, reasons };
}

/** @param {number} n */
function round2(n) {
  return Math.round(n * 100) / 100;
}

/** Scores a claim and keeps the result (a resubmitted claim restored from a rejection is scored anew). */
async function scoreAndKeep(/** @type {any} */ kit, /** @type {any} */ tx, /** @type {number} */ claimId) {
  const result = await scoreClaim(kit, tx, claimId);
  if (!result) return;
  await tx.execute(kit.sql`INSERT INTO claim_ai_scores (claim_id, score, reasons, model) VALUES (${claimId}, ${result.score}, ${JSON.stringify(result.reasons)}::jsonb, ${MODEL})
    ON CONFLICT (claim_id) DO UPDATE SET score = excluded.score, reasons = excluded.reasons, model = excluded.model, scored_at = now()`);
}

/** @param {any} kit the server's add-on kit (defineDomain, sql, userError, batcher, perContext) */
export default function claimAi(kit) {
  const { sql } = kit;
  return {
    name: 'claim-ai',
    version: '1.0.0',
    rights: [{ code: RIGHT_VIEW, name: 'claimAiView', description: 'See the fraud score of claims and its reasons (claim-ai add-on)' }],
    typeDefs: /* GraphQL */ `
      "A claim's fraud score (claim-ai add-on): the sum of its reasons' points, 0-100."
      type ClaimFraudScore {
        score: Int!
        reasons: [ClaimFraudReason!]!
        model: String!
        scoredAt: DateTime!
      }
      "One reason of a fraud score, with the figures behind it."
      type ClaimFraudReason {
        "AMOUNT_DIAGNOSIS, AMOUNT_FACILITY, FREQUENT_VISITS, DUPLICATE_SERVICE, PROVIDER_REJECTIONS"
        code: String!
        points: Int!
        "the claim's figure (amount, rejection share in %)"
        value: Float
        "the norm it is compared with"
        norm: Float
        "how many claims or lines the reason counts"
        count: Int
        "the claim's line numbers the reason is about (DUPLICATE_SERVICE)"
        lines: [Int!]
      }
      "A claim at risk: what the review selection needs."
      type ClaimAtRisk {
        claimId: ID!
        code: String!
        score: Int!
      }
      extend type Query {
        "Checked claims not yet selected for review whose score is at least minScore, riskiest first, at most 500 (right 111301, the user's area only)."
        claimsAtRisk(minScore: Int!, healthFacilityId: ID, visitFrom: Date, visitTo: Date, first: Int = 200): [ClaimAtRisk!]!
      }
      extend type Claim {
        "Scored when the claim was submitted (null before, or for claims submitted before the add-on)."
        fraudScore: ClaimFraudScore
      }
    `,
    typeRules: {
      ClaimFraudScore: { read: [RIGHT_VIEW] },
      ClaimFraudReason: { read: [RIGHT_VIEW] },
      ClaimAtRisk: { read: [RIGHT_VIEW] },
    },
    resolvers: {
      Query: {
        claimsAtRisk: async (/** @type {unknown} */ _parent, /** @type {any} */ args, /** @type {any} */ ctx) => {
          kit.requireRight(ctx, RIGHT_VIEW);
          if (!Number.isInteger(args.minScore) || args.minScore < 0 || args.minScore > 100) throw kit.badInput('minScore must be 0-100.', 'minScore');
          if (args.healthFacilityId != null && !/^\d{1,9}$/.test(args.healthFacilityId))
            throw kit.badInput('healthFacilityId is not an id.', 'healthFacilityId');
          const first = Math.min(Math.max(1, args.first ?? 200), 500);
          const conditions = [sql`claims.status = 4`, sql`claims.review_status = 1`, sql`s.score >= ${args.minScore}`];
          if (args.healthFacilityId != null) conditions.push(sql`claims.health_facility_id = ${Number(args.healthFacilityId)}`);
          if (args.visitFrom) conditions.push(sql`claims.visit_from >= ${args.visitFrom}`);
          if (args.visitTo) conditions.push(sql`claims.visit_from <= ${args.visitTo}`);
          const scope = await kit.scopeWhere(ctx, 'Claim');
          if (scope) conditions.push(scope);
          const rows = (
            await ctx.db.execute(
              sql`SELECT claims.id, claims.code, s.score FROM claim_ai_scores s JOIN claims ON claims.id = s.claim_id WHERE ${sql.join(conditions, sql` AND `)} ORDER BY s.score DESC, claims.id LIMIT ${first}`,
            )
          ).rows;
          return rows.map((/** @type {any} */ r) => ({ claimId: String(r.id), code: r.code, score: r.score }));
        },
      },
      Claim: {
        fraudScore: async (/** @type {{ id: number }} */ claim, /** @type {unknown} */ _args, /** @type {any} */ ctx) => {
          const load = kit.perContext(ctx, 'claim-ai.scores', () =>
            kit.batcher(async (/** @type {number[]} */ ids) => {
              const rows = (
                await ctx.db.execute(
                  sql`SELECT claim_id, score, reasons, model, scored_at FROM claim_ai_scores WHERE claim_id IN (${sql.join(
                    ids.map((id) => sql`${id}`),
                    sql`, `,
                  )})`,
                )
              ).rows;
              return new Map(
                rows.map((/** @type {any} */ r) => [r.claim_id, { score: r.score, reasons: r.reasons, model: r.model, scoredAt: new Date(r.scored_at) }]),
              );
            }),
          );
          return (await load(claim.id)) ?? null;
        },
      },
    },
    hooks: {
      'claim.submitting': async (/** @type {{ tx: any, claim: { id: number } }} */ { tx, claim }) => {
        await scoreAndKeep(kit, tx, claim.id);
        return undefined;
      },
    },
    /** The demo's submitted claims, scored as if the add-on had been there. */
    seed: async (/** @type {any} */ tx) => {
      // the demo's roles are made by the seed, after the migrations
      await tx.execute(sql.raw(GRANT));
      const rows = (await tx.execute(sql`SELECT id FROM claims WHERE status IN (1, 4, 8, 16) ORDER BY id`)).rows;
      for (const row of rows) await scoreAndKeep(kit, tx, row.id);
    },
    migrations: [
      {
        name: '0001_scores',
        sql: `CREATE TABLE claim_ai_scores (
          claim_id integer PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
          score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
          reasons jsonb NOT NULL,
          model varchar(40) NOT NULL,
          scored_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX claim_ai_scores_score_idx ON claim_ai_scores (score, claim_id);
        ${GRANT};`,
      },
    ],
  };
}
