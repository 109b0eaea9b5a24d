import { builtOnFirstUse } from '../../../shared/builtOnFirstUse';

/** Numbers as Vietnamese documents write them: 1.234 and 98,5; a share as "98,5%". */
const counts = builtOnFirstUse(() => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }));
const decimals = builtOnFirstUse(() => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }));

export const formatCount = (value: number) => counts().format(value);
export const formatDecimal = (value: number) => decimals().format(value);
export const formatShare = (percent: number) => `${decimals().format(percent)}%`;
