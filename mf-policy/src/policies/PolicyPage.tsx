import { Placeholder } from '../Placeholder.js';

export default function PolicyPage() {
  return <Placeholder page="policy" />;
}
