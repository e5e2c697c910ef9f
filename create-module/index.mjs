/**
 * The scaffold of a Kente console module, written into an empty folder: a page on its own
 * route and menu entry, a panel contributed to mf-insuree's insuree page
 * (`insuree.insuree.panels`), English texts, a test of the built module, and build, test
 * and publish scripts. It builds against the published SDK only (`@kente/sdk`,
 * `@kente/contract-insuree` for the panel's props type).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Library ranges the scaffold starts with: those the SDK is built and tested with (its peers). */
export const VERSIONS = {
  '@kente/sdk': '^1.2.0',
  '@kente/contract-insuree': '^0.1.0',
  react: '^19.3.1',
  'react-dom': '^19.3.1',
  '@module-federation/vite': '1.23.0',
  '@vitejs/plugin-react': '^6.0.0',
  vite: '^8.3.8',
  '@types/node': '^22.19.0',
  '@types/react': '^19.2.0',
  '@types/react-dom': '^19.2.0',
  typescript: '~5.9.3',
};

const MODULE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `file:` specs for the SDK tarballs found in a folder (scripts/pack-sdk.mjs's output), by package name. */
function tarballSpecs(folder) {
  const specs = {};
  for (const file of readdirSync(folder).filter((f) => /^kente-.*\.tgz$/.test(f))) {
    const name = `@kente/${file.replace(/^kente-/, '').replace(/-\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\.tgz$/, '')}`;
    specs[name] = `file:${join(folder, file)}`;
  }
  return specs;
}

/**
 * Writes the module. `name`: the package name (a scope is allowed, `@org/mf-hello`); the part
 * after the scope is the module's name in compositions. `sdk`: the @kente/sdk spec (default
 * the published range). `packages`: a folder of SDK tarballs to install from instead of the
 * registry (every @kente package found there, also forced for transitive use). Returns the files written.
 */
export function scaffold({ dir, name, sdk, packages }) {
  const moduleName = name.replace(/^@[^/]+\//, '');
  if (!MODULE_NAME.test(moduleName)) throw new Error(`${name}: a module name is lower-case words joined by dashes, such as mf-hello`);
  if (existsSync(dir) && readdirSync(dir).length) throw new Error(`${dir} is not empty`);
  const namespace = moduleName.replace(/^mf-/, '');
  const route = `/${namespace}`;
  const title = namespace.replace(/(^|-)([a-z0-9])/g, (_, dash, c) => `${dash ? ' ' : ''}${c.toUpperCase()}`);
  const local = packages ? tarballSpecs(packages) : {};
  const spec = (pkg) => local[pkg] ?? (pkg === '@kente/sdk' && sdk ? sdk : VERSIONS[pkg]);
  const pick = (list) => Object.fromEntries(list.map((pkg) => [pkg, spec(pkg)]));

  const pkg = {
    name,
    version: '0.1.0',
    private: true,
    description: `${title}: a Kente console module.`,
    type: 'module',
    scripts: {
      build: 'vite build',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable in an npm script
      dev: 'vite --port ${PORT:-5174}',
      typecheck: 'tsc -p tsconfig.json',
      test: 'node --test test/module.test.mjs',
      publish: 'kente-publish dist',
    },
    dependencies: pick(['@kente/sdk', 'react', 'react-dom']),
    devDependencies: pick([
      '@kente/contract-insuree',
      '@module-federation/vite',
      '@types/node',
      '@types/react',
      '@types/react-dom',
      '@vitejs/plugin-react',
      'typescript',
      'vite',
    ]),
    // Tarballs of the SDK's own packages stand for the registry's versions everywhere in the tree.
    ...(Object.keys(local).length ? { overrides: local } : {}),
  };

  const files = {
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'kente.manifest.ts': `import { defineModule } from '@kente/sdk/contract';

export default defineModule({
  description: '${title}: a page and a panel on the insuree page.',
  requires: { sdk: '${VERSIONS['@kente/sdk']}', slots: { 'insuree.insuree.panels': '^1.0.0' } },
  menu: [{ id: 'home', section: 'reports', label: 'menu.home', icon: 'report', route: '${route}', order: 90 }],
  routes: [{ path: '${route}', page: './HomePage', title: 'home.title' }],
  contributions: [{ id: 'insuree-panel', slot: 'insuree.insuree.panels', component: './InsureePanel', order: 90 }],
  i18n: { namespace: '${namespace}', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: { defaults: {} },
  // Gzipped KB each page may download beyond the shell; kente-check fails the module over it.
  budgets: { pages: { '${route}': 10 } },
});
`,
    'vite.config.ts': `import { kenteModule } from '@kente/sdk/vite';
import { defineConfig } from 'vite';
import manifest from './kente.manifest.ts';

export default defineConfig(
  kenteModule({
    dir: import.meta.dirname,
    manifest,
    // Every page and contribution the manifest names, by its exposed name.
    exposes: {
      './HomePage': './src/HomePage.tsx',
      './InsureePanel': './src/InsureePanel.tsx',
    },
  }),
);
`,
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'Bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          isolatedModules: true,
          verbatimModuleSyntax: true,
          allowImportingTsExtensions: true,
          types: ['node', 'vite/client'],
        },
        include: ['src', 'vite.config.ts', 'kente.manifest.ts'],
      },
      null,
      2,
    )}\n`,
    'src/env.d.ts': `/// <reference types="vite/client" />
/** The module's version, set at build time from package.json. */
declare const __KENTE_MODULE_VERSION__: string;
`,
    'src/HomePage.tsx': `import { useModuleTranslation, useUser } from '@kente/sdk';
import { Box, Card, CardContent, Typography } from '@kente/sdk/ui';

/** The module's page, at ${route} (see kente.manifest.ts). */
export default function HomePage() {
  const { t } = useModuleTranslation();
  const user = useUser();
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('home.title')}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <Typography>{t('home.greeting', { name: user?.names ?? '' })}</Typography>
        </CardContent>
      </Card>
      <Typography variant="caption" color="text.secondary" data-testid="module-version">
        ${moduleName} {__KENTE_MODULE_VERSION__}
      </Typography>
    </Box>
  );
}
`,
    'src/InsureePanel.tsx': `import type { InsureePanelsProps } from '@kente/contract-insuree/slots';
import { useModuleTranslation } from '@kente/sdk';
import { Typography } from '@kente/sdk/ui';

/** Contributed to mf-insuree's insuree page (insuree.insuree.panels 1.x). */
export default function InsureePanel({ insuranceNumber }: InsureePanelsProps) {
  const { t } = useModuleTranslation();
  return (
    <section aria-label={t('panel.title')}>
      <Typography variant="h6" component="h2" color="primary">
        {t('panel.title')}
      </Typography>
      <Typography>{t('panel.text', { number: insuranceNumber })}</Typography>
    </section>
  );
}
`,
    'locales/en.json': `${JSON.stringify(
      {
        menu: { home: title },
        home: { title, greeting: 'Welcome, {{name}}. This page comes from a module built outside the Kente repository.' },
        panel: { title: `${title} panel`, text: `Insurance number {{number}}, seen by ${moduleName}.` },
      },
      null,
      2,
    )}\n`,
    'test/module.test.mjs': `// The built module as the shell will read it: run \`npm run build\` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateManifest } from '@kente/sdk/contract';

const dist = new URL('../dist/', import.meta.url);
const read = (file) => JSON.parse(readFileSync(new URL(file, dist), 'utf8'));

test('the built manifest is valid and names files that exist', () => {
  assert.ok(existsSync(new URL('kente-manifest.json', dist)), 'dist/kente-manifest.json is missing: run npm run build');
  const result = validateManifest(read('kente-manifest.json'));
  assert.ok(result.ok, JSON.stringify(result.problems));
  const manifest = result.value;
  assert.equal(manifest.name, '${moduleName}');
  assert.ok(existsSync(new URL(manifest.federation.entry, dist)), \`\${manifest.federation.entry} is missing\`);
  for (const lng of manifest.i18n.languages) assert.ok(existsSync(new URL(manifest.i18n.path.replace('{{lng}}', lng), dist)));
});

test('every text the manifest names is translated in English', () => {
  const manifest = read('kente-manifest.json');
  const texts = read('locales/en.json');
  const lookup = (key) => key.split('.').reduce((node, part) => node?.[part], texts);
  const keys = [...manifest.menu.map((m) => m.label), ...manifest.routes.flatMap((r) => (r.title ? [r.title] : []))];
  for (const key of keys) assert.equal(typeof lookup(key), 'string', \`locales/en.json has no \${key}\`);
});
`,
    '.gitignore': 'node_modules/\ndist/\n',
    'CHANGELOG.md': `# ${name}\n\n## 0.1.0\n\n- First version: the ${route} page and a panel on the insuree page.\n`,
    'README.md': `# ${name}

A Kente console module: the page ${route} (menu Reports > ${title}) and a panel on the insuree
page (slot \`insuree.insuree.panels\`). Built against the published \`@kente/sdk\` only.

| command | what |
| --- | --- |
| \`npm run build\` | builds \`dist/\`: kente-manifest.json, the federation entry, locales |
| \`npm test\` | checks the built module (after a build) |
| \`npm run typecheck\` | TypeScript, with the slots' props contracts |
| \`npm run dev\` | a dev server the shell loads with \`?kente-dev=\` |
| \`KENTE_REGISTRY=<folder or URL> npm run publish\` | publishes \`dist/\` as \`<registry>/${moduleName}/<version>/\`; a version already published is refused |

Compose it: add \`{ "name": "${moduleName}", "version": "0.1.0" }\` to the console's composition.json
(with \`"url"\` when the registry is not the console's own), then check with
\`npx kente-check composition.json --registry <registry>\`. Bump \`version\` in package.json and add a
CHANGELOG.md entry for every release.
`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return Object.keys(files);
}

/** The scaffold package's own version (for messages). */
export const version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
