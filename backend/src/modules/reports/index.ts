/**
 * reports: the catalogue and the downloads of every domain's reports (platform/report.ts).
 *   query reportDefinitions           the reports the signed-in user may run (right or 131200)
 *   GET /api/reports/<name>.<csv|xlsx|pdf>?<params>&lang=en|fr|sw   the file, streamed
 * Long runs go through the journal (modules/jobs). See ../../../README.md, "Reports".
 * A user streams at most KENTE_REPORTS_PER_USER (2) downloads at once and the server
 * KENTE_REPORTS_RUNNING (6): one person opening a big export in many tabs cannot take every
 * database connection (429, try again or use the journal).
 */
import { connectionArgs, connectionType } from '../../graphql/connection.js';
import { requireRight, requireUser } from '../../graphql/errors.js';
import { loadRequired } from '../../graphql/loader.js';
import { defineDomain, type HttpHandler, rightsFrom } from '../../platform/domain.js';
import { concurrencyGate, envLimit } from '../../platform/rateLimit.js';
import { ALL_REPORTS_RIGHT, allReports, LANGS, type Lang, mayRun, textIn } from '../../platform/report.js';
import { REPORT_CONTENT_TYPES, writeReport } from '../../platform/reportOutput.js';
import { searchOfficers } from '../core/officerSearch.js';
import { Rights } from '../core/rights.js';
import { users } from '../core/tables.js';
import { prepareRun } from './run.js';

const typeDefs = /* GraphQL */ `
  "A report the signed-in user may run: GET /api/reports/<name>.<csv|xlsx|pdf>?<params> (or POST /api/jobs/reports/... for the journal)."
  type ReportDefinition {
    "openIMIS's name, snake_case (premium_collection)"
    name: String!
    "the report's right (1312xx); 131200 gives every report"
    right: Int!
    "the backend domain that offers it"
    domain: String!
    "the title in the asked language (the console has its own words per module)"
    title: String!
    params: [ReportParamDefinition!]!
    columns: [ReportColumnDefinition!]!
  }
  type ReportParamDefinition {
    name: String!
    "date (YYYY-MM-DD), month (YYYY-MM), quarter (YYYY-Qn), year, location, product, facility, officer, enum, insuranceNumber, integer"
    type: String!
    required: Boolean!
    "enum: the accepted values"
    options: [String!]
    "enum: the accepted values with their labels in the asked language, in the same order"
    choices: [ReportParamChoice!]
    min: Int
    max: Int
    "location: region, district, municipality or village"
    level: String
    label: String!
  }
  "A value of an enum parameter and its label"
  type ReportParamChoice {
    value: String!
    label: String!
  }
  type ReportColumnDefinition {
    key: String!
    "text, integer, number, money, date or percent (a fraction: 0.25 = 25 %)"
    type: String!
    label: String!
  }
  "An enrolment officer as a report's officer parameter offers them (its value is the id)."
  type ReportOfficer { id: ID!, code: String!, otherNames: String!, lastName: String! }
  ${connectionType('ReportOfficer')}
  input ReportOfficerFilter {
    "Code prefix, or part of the names"
    search: String
  }
  extend type Query {
    "The reports the signed-in user may run (their right or 131200), in the asked language (default: the user's)."
    reportDefinitions(lang: String): [ReportDefinition!]!
    "Enrolment officers of the caller's area, for the officer parameter: to whoever may run a report that has one (its right or 131200)."
    reportOfficers(filter: ReportOfficerFilter, ${connectionArgs}): ReportOfficerConnection!
  }
`;

/** Downloads being streamed, per user and in all. */
const downloads = concurrencyGate(
  () => envLimit('KENTE_REPORTS_PER_USER', 2),
  () => envLimit('KENTE_REPORTS_RUNNING', 6),
);

const handleReportsHttp: HttpHandler = async (req, res, url, rest, deps) => {
  const json = (status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return json(405, { errors: [{ message: 'Use GET to download a report.', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
  }
  const run = await prepareRun(req, url, rest, deps);
  if (!('ctx' in run)) return json(run.status, run.body);
  const leave = req.method === 'HEAD' ? () => {} : downloads.enter(String(run.ctx.user.id));
  if (!leave) {
    res.setHeader('retry-after', '10');
    return json(429, {
      errors: [
        {
          message: 'You already have reports downloading, or the server is busy with others. Wait until one ends, or run it in the background.',
          extensions: { code: 'BUSY' },
        },
      ],
    });
  }
  res.writeHead(200, {
    'content-type': REPORT_CONTENT_TYPES[run.format],
    'content-disposition': `attachment; filename="${run.fileName}"`,
    'cache-control': 'private, no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  let closed = false;
  res.once('close', () => {
    closed = true;
  });
  try {
    await writeReport(run.format, run.ctx, run.report, run.values, res, { ...run.options, stopped: () => closed });
  } catch (error) {
    // the status is sent: cut the file so the client sees a failed download, not a short file
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    console.error(`report ${run.report.name} failed: ${error instanceof Error ? error.name : 'error'}`);
  } finally {
    leave();
  }
};

export const reportsDomain = defineDomain({
  name: 'reports',
  version: '1.0.0',
  typeDefs,
  resolvers: {
    Query: {
      reportDefinitions: (_, args, ctx) => {
        const user = requireUser(ctx);
        const lang: Lang = LANGS.find((l) => l === args.lang) ?? LANGS.find((l) => l === user.language) ?? 'en';
        return allReports()
          .filter((report) => mayRun(user, report))
          .map((report) => ({
            name: report.name,
            right: report.right,
            domain: report.domain,
            title: textIn(report.title, lang),
            params: report.params.map((p) => ({
              name: p.name,
              type: p.type,
              required: Boolean(p.required),
              options: p.options?.map((o) => o.value) ?? null,
              choices: p.options?.map((o) => ({ value: o.value, label: textIn(o.label, lang) })) ?? null,
              min: p.min ?? null,
              max: p.max ?? null,
              level: p.level ?? null,
              label: textIn(p.label, lang),
            })),
            columns: report.columns.map((c) => ({ key: c.key, type: c.type, label: textIn(c.label, lang) })),
          }));
      },
      reportOfficers: (_, args, ctx) => {
        const user = requireUser(ctx);
        // the user search right is not needed: the reports that filter by officer are the key
        const picks = allReports().some((report) => report.params.some((p) => p.type === 'officer') && mayRun(user, report));
        if (!picks) requireRight(ctx, ALL_REPORTS_RIGHT);
        return searchOfficers(ctx, { search: args.filter?.search ?? null }, args);
      },
    },
    ReportOfficer: {
      otherNames: async (row, _, ctx) => (await loadRequired(ctx, users, row.id)).otherNames,
      lastName: async (row, _, ctx) => (await loadRequired(ctx, users, row.id)).lastName,
    },
  },
  rights: [
    { code: ALL_REPORTS_RIGHT, name: 'reports', description: 'Run every report' },
    ...rightsFrom(Rights, {
      reportPrimaryIndicatorsPolicies: 'Report: policies primary operational indicators',
      reportPrimaryIndicatorsClaims: 'Report: claims primary operational indicators',
      reportDerivedIndicators: 'Report: products derived operational indicators',
      reportContributionCollection: 'Report: premium collection',
      reportProductSales: 'Report: product sales',
      reportContributionDistribution: 'Report: contributions distribution',
      reportUserActivity: 'Report: user activity',
      reportStatusOfRegisters: 'Report: status of registers',
      reportPaymentCategoryOverview: 'Report: payment category overview',
      reportClaimOverview: 'Report: claims overview, timeliness and first-pass rate',
      reportPercentageReferrals: 'Report: percentage of referrals',
      reportFamiliesInsurees: 'Report: insurees without photo, pending enrolment, family overview, enrolled families',
      reportRenewals: 'Report: policy renewals',
      reportClaimHistory: 'Report: claim history of an insuree',
    }),
  ],
  typeRules: {
    ReportDefinition: { read: 'signedIn' },
    ReportParamDefinition: { read: 'signedIn' },
    ReportParamChoice: { read: 'signedIn' },
    ReportColumnDefinition: { read: 'signedIn' },
    // the root checks the report rights; each officer must be in the reader's area
    ReportOfficer: { read: 'signedIn', scope: 'EnrolmentOfficer' },
  },
  inputBounds: { ReportOfficerFilter: {} },
  http: handleReportsHttp,
});
