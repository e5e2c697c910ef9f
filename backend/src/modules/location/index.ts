/** location: Region > District > Municipality > Village. */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/engine.js';
import { defineDomain, rightsFrom } from '../../platform/domain.js';
import { NATIONAL } from '../../platform/scope.js';
import { Rights } from '../core/rights.js';
import { resolvers } from './resolvers.js';
import { seedLocations } from './seed.js';
import { locations } from './tables.js';
import { typeDefs } from './typeDefs.js';

export { LOCATION_TYPES, type LocationRow, refuseWhileUsed } from './service.js';

const r = Rights;
export const locationDomain = defineDomain({
  name: 'location',
  version: '1.0.0',
  typeDefs,
  resolvers,
  rights: rightsFrom(Rights, {
    locationSearch: 'Search and view locations',
    locationAdd: 'Add locations',
    locationEdit: 'Edit locations',
    locationDelete: 'Delete locations',
  }),
  // Names of places are not personal data: anyone reads them where another type shows one; the rest
  // of a location (and lists, pickers, by-id reads) only inside the user's area and the path above it.
  typeRules: {
    Location: {
      read: [r.locationSearch, r.locationAdd, r.locationEdit, r.locationDelete],
      scope: 'Location',
      limited: { read: 'public', fields: ['id', 'code', 'name', 'type', 'parentId', 'parent'] },
    },
  },
  // A scoped user changes the locations of their area; they also see those above it (the region
  // of their district), so a picker walks down from the region to their district.
  scope: {
    Location: {
      table: locations,
      where: (area) => sql`${locations.id} = any(${area})`,
      visible: (area, above) => sql`(${locations.id} = any(${area}) or ${locations.id} = any(${above}))`,
    },
  },
  guards: {
    // no parent = a new region: national users only
    createLocation: { right: r.locationAdd, records: [['Location', (a) => a.input.parentId || NATIONAL]] },
    updateLocation: {
      right: r.locationEdit,
      records: [
        ['Location', (a) => a.input.id],
        ['Location', (a) => a.input.parentId],
      ],
    },
    deleteLocation: { right: r.locationDelete, records: [['Location', (a) => a.input.id]] },
  },
  inputBounds: { CreateLocationInput: locations, UpdateLocationInput: locations, LocationFilter: { type: 1 } },
  historyRights: { Location: Rights.locationSearch },
  seed: (db: DbOrTx) => seedLocations(db),
});
