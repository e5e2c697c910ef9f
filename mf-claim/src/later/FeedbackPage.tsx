import { Placeholder } from './Placeholder.js';

export default function FeedbackPage() {
  return <Placeholder page="feedback" />;
}
