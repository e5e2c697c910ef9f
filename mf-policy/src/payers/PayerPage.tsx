import { Placeholder } from '../Placeholder.js';

export default function PayerPage() {
  return <Placeholder page="payer" />;
}
