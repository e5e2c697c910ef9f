import { Placeholder } from '../Placeholder.js';

export default function RenewalsPage() {
  return <Placeholder page="renewals" />;
}
