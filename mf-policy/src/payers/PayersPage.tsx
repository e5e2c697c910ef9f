import { Placeholder } from '../Placeholder.js';

export default function PayersPage() {
  return <Placeholder page="payers" />;
}
