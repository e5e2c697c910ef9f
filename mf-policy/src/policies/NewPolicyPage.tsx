import { Placeholder } from '../Placeholder.js';

export default function NewPolicyPage() {
  return <Placeholder page="newPolicy" />;
}
