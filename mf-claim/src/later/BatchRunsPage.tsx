import { Placeholder } from './Placeholder.js';

export default function BatchRunsPage() {
  return <Placeholder page="batchRuns" />;
}
