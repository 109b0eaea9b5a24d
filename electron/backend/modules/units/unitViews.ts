import { eq } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { people, units } from '../../../../db/schema';
import type { UnitView } from '../../../shared/contract/units';
import { vietnameseCollator } from '../../../shared/text';
import { notFound } from '../../api/errors';

export function selectUnitViews(db: AppDatabase, where?: SQL): UnitView[] {
  const rows = db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      shortName: units.shortName,
      category: units.category,
      inCchcScope: units.inCchcScope,
      isoApplying: units.isoApplying,
      headPersonId: units.headPersonId,
      headName: people.fullName,
      active: units.active,
      sortOrder: units.sortOrder,
    })
    .from(units)
    .leftJoin(people, eq(people.id, units.headPersonId))
    .where(where)
    .all();
  return rows.sort((a, b) => a.sortOrder - b.sortOrder || vietnameseCollator.compare(a.name, b.name));
}

export function requireUnitView(db: AppDatabase, id: string): UnitView {
  const [unit] = selectUnitViews(db, eq(units.id, id));
  if (!unit) throw notFound('unit');
  return unit;
}
