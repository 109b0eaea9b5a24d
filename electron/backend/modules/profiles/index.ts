import type { ModuleHandlers } from '../../api/handlers';
import { appInfo } from './appInfo';
import { createProfile } from './createProfile';
import { listProfileViews } from './profileViews';
import { selectProfile } from './selectProfile';
import { updateProfile } from './updateProfile';

export const profilesHandlers: ModuleHandlers<'app.info' | 'profiles.list' | 'profiles.create' | 'profiles.update' | 'profiles.select'> = {
  'app.info': appInfo,
  'profiles.list': (ctx) => listProfileViews(ctx.store),
  'profiles.create': createProfile,
  'profiles.update': updateProfile,
  'profiles.select': selectProfile,
};
