import { Placeholder } from '../Placeholder.js';

export default function ProductPage() {
  return <Placeholder page="product" />;
}
