import { useModuleConfig } from '@kente/sdk';
import { gql } from 'urql';

export interface FraudReason {
  code: string;
  points: number;
  value: number | null;
  norm: number | null;
  count: number | null;
  lines: number[] | null;
}
export interface FraudScore {
  score: number;
  model: string;
  scoredAt: string;
  reasons: FraudReason[];
}

/** One claim's score: the panel and every line flag of the page ask it, urql answers them from one request. */
export const CLAIM_SCORE = gql<{ claim: { id: string; fraudScore: FraudScore | null } | null }, { id: string }>`
  query ClaimAiScore($id: ID!) {
    claim(id: $id) {
      id
      fraudScore {
        score
        model
        scoredAt
        reasons {
          code
          points
          value
          norm
          count
          lines
        }
      }
    }
  }
`;

export type RiskLevel = 'high' | 'medium' | 'low';

/** The thresholds from the composition's config (defaults 60 and 30). */
export function useThresholds(): { high: number; medium: number } {
  const config = useModuleConfig<{ high?: number; medium?: number }>();
  return { high: config.high ?? 60, medium: config.medium ?? 30 };
}

export function riskLevel(score: number, thresholds: { high: number; medium: number }): RiskLevel {
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium) return 'medium';
  return 'low';
}
