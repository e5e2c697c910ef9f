import { CatalogRecordPage } from './CatalogRecordPage.js';

/** One service (/:serviceId) or a new one (/new). */
export default function ServicePage(props: { params: { serviceId?: string } }) {
  return <CatalogRecordPage kind="S" id={props.params.serviceId} />;
}
