/** English for why no year's programme can be made. */
export const planningEnglish = {
  'planning.nothingToPlan': 'No unit needs an inspection: there is no active unit in the CCHC inspection scope or applying ISO 9001.',
  'planning.noWorkingDay': 'The year {year} has no working day in the scheduling months (months {months}) once Saturdays, Sundays and public holidays are left out.',
  'planning.noLeader': 'No active staff member may lead a team. Tick "May lead a team" for at least one person in the directory.',
  'planning.tooFewPeople': 'Each team needs {size} people but the directory has only {active} active staff.',
  'planning.noLeaderFor': 'No suitable team leader for the {visit} of {unit}: it needs a person who may lead a team{trained} and does not belong to this unit.',
  'planning.tooFewFor': 'Not enough people for the {visit} team of {unit}: it needs {size} staff not from this unit{trained}, there are only {eligible}.',
  'planning.trained': ', trained as internal auditors',
  'planning.tooManyVisits':
    '{visits} inspections are needed but the scheduling months have only {days} working days, at most {perDay} teams a day (by the number of team leaders and staff), so at most {most} inspections. Add scheduling months, add staff or make teams smaller.',
  'planning.noDayFor': 'The {visit} team of {unit} could not be scheduled: no working day from {from} to {to} still has enough suitable staff free.',
  'planning.visit.CCHC': 'CCHC inspection',
  'planning.visit.ISO': 'ISO evaluation',
} as const;
