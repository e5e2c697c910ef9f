import { Placeholder } from './Placeholder.js';

export default function ReviewsPage() {
  return <Placeholder page="reviews" />;
}
