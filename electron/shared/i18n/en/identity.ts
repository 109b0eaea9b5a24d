/** English for the identity area, loaded only when English is chosen. */
export const identityEnglish = {
  'identity.title': 'This laptop and the data store',
  'identity.hint':
    'When work moves between laptops, each laptop and each data store is known by a name and an identifier. The laptop name is recorded in the change log; the store name travels with the data (a store restored on a new laptop keeps its name, the new laptop keeps its own).',
  'identity.machineName': 'Name of this laptop',
  'identity.storeName': 'Name of the data store',
  'identity.id': 'Identifier: {id}',
  'identity.saved': 'The name was saved.',
} as const;
