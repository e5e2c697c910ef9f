import { describe, expect, it } from 'vitest';
import { compareRouteSpecificity, findRoute, matchRoute, rankRoutes, routeShape } from './routes.js';

describe('matchRoute', () => {
  it('reads parameters, decoded, and tolerates a trailing slash', () => {
    expect(matchRoute('/insurees/families/:familyId', '/insurees/families/17')).toEqual({ familyId: '17' });
    expect(matchRoute('/a/:name', '/a/J%C3%A9r%C3%B4me/')).toEqual({ name: 'Jérôme' });
    expect(matchRoute('/insurees/families', '/insurees/families')).toEqual({});
  });

  it('does not match another length or another fixed segment', () => {
    expect(matchRoute('/insurees/families/:familyId', '/insurees/families')).toBeNull();
    expect(matchRoute('/insurees/families/:familyId', '/insurees/families/1/members')).toBeNull();
    expect(matchRoute('/insurees/families', '/insurees/insurees')).toBeNull();
    expect(matchRoute('/a/:x', '/a/%E0%A4%A')).toBeNull();
  });
});

describe('route ranking', () => {
  const routes = [
    { path: '/insurees/families/:familyId', page: 'family' },
    { path: '/insurees/families/:familyId/members/new', page: 'add-member' },
    { path: '/insurees/families/new', page: 'enrol' },
    { path: '/insurees/families', page: 'search' },
  ];

  it('serves /insurees/families/new by its own route whatever the order, and an id by the parameter route', () => {
    expect(findRoute(routes, '/insurees/families/new')?.page).toBe('enrol');
    expect(findRoute([...routes].reverse(), '/insurees/families/new')?.page).toBe('enrol');
    expect(findRoute(routes, '/insurees/families/301')?.page).toBe('family');
    expect(findRoute(routes, '/insurees/families/301/members/new')?.page).toBe('add-member');
    expect(findRoute(routes, '/nowhere')).toBeUndefined();
  });

  it('decides at the first segment that differs: a fixed segment beats a parameter', () => {
    expect(compareRouteSpecificity('/a/new', '/a/:id')).toBeLessThan(0);
    expect(compareRouteSpecificity('/a/:id', '/a/new')).toBeGreaterThan(0);
    expect(compareRouteSpecificity('/a/:id/edit', '/:section/1/edit')).toBeLessThan(0);
    expect(compareRouteSpecificity('/a/:x', '/a/:y')).toBe(0);
  });

  it('ranks the most specific first, keeping the order of equals', () => {
    expect(rankRoutes(routes).map((r) => r.page)).toEqual(['enrol', 'add-member', 'family', 'search']);
  });

  it('gives routes that serve the same paths the same shape', () => {
    expect(routeShape('/a/:id/b')).toBe(routeShape('/a/:key/b/'));
    expect(routeShape('/a/new')).not.toBe(routeShape('/a/:id'));
  });
});
