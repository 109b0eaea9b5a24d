import { actionsMessages } from './areas/actions';
import { auditsMessages } from './areas/audits';
import { checklistsMessages } from './areas/checklists';
import { menuMessages } from './areas/menu';
import { minutesMessages } from './areas/minutes';
import { peopleMessages } from './areas/people';
import { programmeMessages } from './areas/programme';
import { settingsMessages } from './areas/settings';
import { setupMessages } from './areas/setup';
import { shellMessages } from './areas/shell';
import { storeHealthMessages } from './areas/storeHealth';
import { tokenSigningMessages } from './areas/tokenSigning';
import { unitsMessages } from './areas/units';

/** The one message catalog. Each area keeps its messages in ./areas; Vietnamese is the reference. */
const vi = {
  ...shellMessages.vi,
  ...unitsMessages.vi,
  ...peopleMessages.vi,
  ...programmeMessages.vi,
  ...settingsMessages.vi,
  ...menuMessages.vi,
  ...actionsMessages.vi,
  ...minutesMessages.vi,
  ...checklistsMessages.vi,
  ...auditsMessages.vi,
  ...storeHealthMessages.vi,
  ...setupMessages.vi,
  ...tokenSigningMessages.vi,
};

export type MessageKey = keyof typeof vi;

/** English must translate every Vietnamese key: the type fails to check otherwise. */
const en: Record<MessageKey, string> = {
  ...shellMessages.en,
  ...unitsMessages.en,
  ...peopleMessages.en,
  ...programmeMessages.en,
  ...settingsMessages.en,
  ...menuMessages.en,
  ...actionsMessages.en,
  ...minutesMessages.en,
  ...checklistsMessages.en,
  ...auditsMessages.en,
  ...storeHealthMessages.en,
  ...setupMessages.en,
  ...tokenSigningMessages.en,
};

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

export const catalog: Record<Language, Record<MessageKey, string>> = { vi, en };

export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalog[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
