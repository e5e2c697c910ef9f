/** How a user's roles and area read in a list (system roles by their translation key). */
import type { useModuleTranslation } from '@kente/sdk';
import type { AreaChoice } from './userForm.js';

type Translate = ReturnType<typeof useModuleTranslation>['t'];

export const roleLabel = (t: Translate, role: { name: string; nameKey?: string | null }) =>
  role.nameKey ? t(`roles.${role.nameKey}`, { defaultValue: role.name }) : role.name;

export const areaLabel = (areas: ReadonlyArray<Pick<AreaChoice, 'name'>>) => areas.map((area) => area.name).join(', ');
