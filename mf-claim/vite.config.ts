import { kenteModule } from '@kente/sdk/vite';
import { defineConfig } from 'vite';
import manifest from './kente.manifest.ts';

export default defineConfig(
  kenteModule({
    dir: import.meta.dirname,
    manifest,
    exposes: {
      './ClaimsByStatusCard': './src/dashboard/ClaimsByStatusCard.tsx',
      './ClaimAmountsCard': './src/dashboard/ClaimAmountsCard.tsx',
      './RejectionsCard': './src/dashboard/RejectionsCard.tsx',
      './TopDiagnosesCard': './src/dashboard/TopDiagnosesCard.tsx',
      './TimelinessCard': './src/dashboard/TimelinessCard.tsx',
      './ClaimsPage': './src/claims/ClaimsPage.tsx',
      './ClaimPage': './src/claims/ClaimPage.tsx',
      './ReviewsPage': './src/review/ReviewsPage.tsx',
      './ClaimReviewPage': './src/review/ClaimReviewPage.tsx',
      './FeedbackPage': './src/feedback/FeedbackPage.tsx',
      './ClaimFeedbackPage': './src/feedback/ClaimFeedbackPage.tsx',
      './ClaimFeedbackPanel': './src/feedback/ClaimFeedbackPanel.tsx',
      './BatchRunsPage': './src/batch/BatchRunsPage.tsx',
      './EnquiryClaimsPanel': './src/enquiry/EnquiryClaimsPanel.tsx',
      './RecentClaimsPanel': './src/insuree/RecentClaimsPanel.tsx',
      './ClaimsByStatusReport': './src/claims/ClaimsByStatusReport.tsx',
    },
  }),
);
