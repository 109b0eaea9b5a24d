import { describe, expect, it } from 'vitest';
import { isLanguageLoaded, loadLanguage, translate } from '../../electron/shared/i18n/catalog';

describe('the English catalog', () => {
  it('is not loaded with the Vietnamese one; until it is, text reads in Vietnamese', async () => {
    expect(isLanguageLoaded('vi')).toBe(true);
    expect(isLanguageLoaded('en')).toBe(false);
    expect(translate('en', 'menu.quit')).toBe('Thoát');
    await loadLanguage('en');
    expect(isLanguageLoaded('en')).toBe(true);
    expect(translate('en', 'menu.quit')).toBe('Quit');
    expect(translate('vi', 'menu.quit')).toBe('Thoát');
  });
});
