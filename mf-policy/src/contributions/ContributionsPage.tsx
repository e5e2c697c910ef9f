import { Placeholder } from '../Placeholder.js';

export default function ContributionsPage() {
  return <Placeholder page="contributions" />;
}
