import { defineConfig } from 'drizzle-kit';

// One migration folder for every domain; run `pnpm --filter @kente/backend db:generate`
// after changing any src/modules/*/tables.ts. The app applies them on start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/modules/*/tables.ts',
  out: './drizzle',
});
