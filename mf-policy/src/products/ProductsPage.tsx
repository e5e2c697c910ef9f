import { Placeholder } from '../Placeholder.js';

export default function ProductsPage() {
  return <Placeholder page="products" />;
}
