import type * as SignpdfUtils from '@signpdf/utils';
import type Forge from 'node-forge';
import type Pkcs11 from 'pkcs11js';
import { requireOnFirstUse } from '../requireOnFirstUse';

/* The signing libraries cost a sixth of the back end's start; the first answer (and most sessions) never sign. */
export const forgeLibrary = requireOnFirstUse<typeof Forge>('node-forge');
export const pkcs11Library = requireOnFirstUse<typeof Pkcs11>('pkcs11js');
export const signpdfUtils = requireOnFirstUse<typeof SignpdfUtils>('@signpdf/utils');
