import type { ModuleHandlers } from '../../api/handlers';
import { tokenModuleCandidates } from '../../signing/tokens/tokenModules';
import { inspectPkcs12 } from './inspectPkcs12';
import { tokenCertificates } from './tokenCertificates';
import { addTrusted, listTrusted, removeTrusted } from './trustList';

export const signingHandlers: ModuleHandlers<'signing.tokenModules' | 'signing.tokenCertificates' | 'signing.inspectPkcs12' | 'signing.trustList' | 'signing.trustAdd' | 'signing.trustRemove'> = {
  'signing.tokenModules': () => tokenModuleCandidates(),
  'signing.tokenCertificates': tokenCertificates,
  'signing.inspectPkcs12': inspectPkcs12,
  'signing.trustList': listTrusted,
  'signing.trustAdd': addTrusted,
  'signing.trustRemove': removeTrusted,
};
