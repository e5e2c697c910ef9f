import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { repoRoot, runtimeComposition } from './paths.ts';

export interface CompositionFile {
  modules: Array<{ name: string; version: string; url?: string }>;
  packs: Array<{ name: string; version: string }>;
  contributions?: Record<string, unknown>;
  config?: Record<string, Record<string, unknown>>;
  loadTimeoutMs?: number;
  [key: string]: unknown;
}

/** The composition implementers ship (the repository's composition.json). */
export function defaultComposition(): CompositionFile {
  return JSON.parse(readFileSync(join(repoRoot, 'composition.json'), 'utf8')) as CompositionFile;
}

/** Writes the file the server reads on every request: the next reload uses it. */
export function writeComposition(composition: CompositionFile | string) {
  writeFileSync(runtimeComposition, typeof composition === 'string' ? composition : JSON.stringify(composition, null, 2));
}

export function compose(change: (composition: CompositionFile) => void = () => {}) {
  const composition = defaultComposition();
  change(composition);
  writeComposition(composition);
  return composition;
}

export async function signIn(page: Page, username = 'Admin', password = 'admin123', path = '/') {
  await page.goto(path);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
}

export function mainMenu(page: Page) {
  return page.getByRole('navigation', { name: /Main menu|Menu principal|Menyu kuu/ });
}

/** GraphQL as the signed-in user (the page's session); throws on a GraphQL error. */
export async function graphqlAs<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kente-csrf': '1' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: unknown; errors?: Array<{ message: string }> };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data;
    },
    { query, variables },
  ) as Promise<T>;
}
