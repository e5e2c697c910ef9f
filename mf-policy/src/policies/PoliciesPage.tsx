import { Placeholder } from '../Placeholder.js';

export default function PoliciesPage() {
  return <Placeholder page="policies" />;
}
