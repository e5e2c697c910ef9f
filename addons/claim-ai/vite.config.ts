import { kenteModule } from '@kente/sdk/vite';
import { defineConfig } from 'vite';
import manifest from './kente.manifest.ts';

export default defineConfig(
  kenteModule({
    dir: import.meta.dirname,
    manifest,
    exposes: {
      './FraudScorePanel': './src/FraudScorePanel.tsx',
      './LineFlag': './src/LineFlag.tsx',
      './HighRiskSelection': './src/HighRiskSelection.tsx',
    },
  }),
);
