/** English for the storeHealth area, loaded only when English is chosen. */
export const storeHealthEnglish = {
  'storeHealth.title': 'The data file is damaged',
  'storeHealth.intro':
    'The integrity check that runs in the background after opening found errors in the data file. From now on the app writes nothing more to it: you can still view the data, but every change is refused until it is restored from a backup as described below (instructions in Vietnamese).',
  'storeHealth.readOnly': 'View data only',
  'storeHealth.banner': 'The data file is damaged: view only, nothing is written. Restore it from a backup (.bak).',
  'storeHealth.showSteps': 'How to fix it',
};
