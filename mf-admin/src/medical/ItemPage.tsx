import { CatalogRecordPage } from './CatalogRecordPage.js';

/** One item (/:itemId) or a new one (/new). */
export default function ItemPage(props: { params: { itemId?: string } }) {
  return <CatalogRecordPage kind="I" id={props.params.itemId} />;
}
