export function currentPath() {
  return window.location.pathname + window.location.search;
}

/** The sign-in page, remembering where to go back to. */
export function loginUrl(next: string, expired = false) {
  const params = new URLSearchParams();
  if (next && next !== '/' && !next.startsWith('/login')) params.set('next', next);
  if (expired) params.set('expired', '1');
  const query = params.toString();
  return `/login${query ? `?${query}` : ''}`;
}
