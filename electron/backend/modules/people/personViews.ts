import { eq } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { people, units } from '../../../../db/schema';
import type { PersonView } from '../../../shared/contract/people';
import { byPersonName } from '../../../shared/personNames';
import { notFound } from '../../api/errors';

export function selectPersonViews(db: AppDatabase, where?: SQL): PersonView[] {
  return db
    .select({
      id: people.id,
      fullName: people.fullName,
      unitId: people.unitId,
      unitName: units.name,
      position: people.position,
      phone: people.phone,
      email: people.email,
      auditorTrained: people.auditorTrained,
      auditorCertNumber: people.auditorCertNumber,
      auditorCertDate: people.auditorCertDate,
      auditorCertIssuer: people.auditorCertIssuer,
      mayLead: people.mayLead,
      active: people.active,
    })
    .from(people)
    .leftJoin(units, eq(units.id, people.unitId))
    .where(where)
    .all()
    .sort(byPersonName);
}

export function requirePersonView(db: AppDatabase, id: string): PersonView {
  const [person] = selectPersonViews(db, eq(people.id, id));
  if (!person) throw notFound('person');
  return person;
}
