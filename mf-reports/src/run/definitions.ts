/** What the backend says about the reports the signed-in user may run (`reportDefinitions`). */

export type ParamType = 'date' | 'month' | 'quarter' | 'year' | 'location' | 'product' | 'facility' | 'officer' | 'enum' | 'insuranceNumber' | 'integer';

export interface ReportParam {
  name: string;
  /** In the language the definitions were asked in. */
  label?: string | null;
  type: ParamType | string;
  required?: boolean | null;
  options?: string[] | null;
  /** enum: each value with its label in the language the definitions were asked in. */
  choices?: { value: string; label: string }[] | null;
  min?: number | null;
  max?: number | null;
  /** For a location: the deepest level the user chooses. */
  level?: 'region' | 'district' | 'municipality' | 'village' | string | null;
}

export interface ReportDefinition {
  name: string;
  /** In the asked language; the catalogue shows the module's own words. */
  title?: string;
  right: number;
  params: ReportParam[];
}

export const REPORT_DEFINITIONS = /* GraphQL */ `
  query ReportDefinitions($lang: String) {
    reportDefinitions(lang: $lang) { name title right params { name label type required options choices { value label } min max level } }
  }
`;

export type Output = 'pdf' | 'xlsx' | 'csv';
export const OUTPUTS: readonly Output[] = ['pdf', 'xlsx', 'csv'];

/** One problem the server found with a parameter (400 answer). */
export interface ParamProblem {
  param?: string | null;
  code: string;
  message: string;
}
