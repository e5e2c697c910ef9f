import { DuplicateProductDialog } from './DuplicateProductDialog.js';
import { ExistingProductEditor, NewProductEditor } from './ProductEditor.js';
import type { ProductDetails } from './productQueries.js';

/** The product page's lazily loaded part: the form (new or stored) and the duplicate dialog. */
export default function ProductEditors(
  props:
    | { mode: 'new' }
    | { mode: 'edit'; product: ProductDetails; onSaved: (saved: ProductDetails) => void; onVersion: (version: number) => void }
    | { mode: 'duplicate'; product: ProductDetails; onClose: () => void },
) {
  if (props.mode === 'new') return <NewProductEditor />;
  if (props.mode === 'duplicate') return <DuplicateProductDialog product={props.product} onClose={props.onClose} />;
  return <ExistingProductEditor key={props.product.id} product={props.product} onSaved={props.onSaved} onVersion={props.onVersion} />;
}
