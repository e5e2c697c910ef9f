import { CatalogRecordPage } from './CatalogRecordPage.js';

/** One diagnosis (/:diagnosisId) or a new one (/new). */
export default function DiagnosisPage(props: { params: { diagnosisId?: string } }) {
  return <CatalogRecordPage kind="D" id={props.params.diagnosisId} />;
}
