import { createTheme } from '@mantine/core';
import type { CSSVariablesResolver } from '@mantine/core';

/**
 * The app's theme, chosen for WCAG 2.2 AA: every text at least 4.5:1 against its background.
 * Mantine's defaults fall short (white on blue-6 is 3.56:1, the dimmed grey-6 on white 3.3:1), so filled
 * controls use shade 8 and pick black or white text by luminance, and secondary text is grey-7.
 */
export const theme = createTheme({
  fontFamily: '"Be Vietnam Pro", system-ui, sans-serif',
  headings: { fontFamily: '"Be Vietnam Pro", system-ui, sans-serif' },
  primaryColor: 'blue',
  primaryShade: 8,
  autoContrast: true,
  // Below this relative luminance white text reaches 4.5:1, above it black does.
  luminanceThreshold: 0.18,
  defaultRadius: 'sm',
  focusRing: 'always',
});

export const accessibleColors: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Text of the light variant (alerts, light badges and buttons) on its tinted background.
    '--mantine-color-yellow-light-color': '#8f5600',
    '--mantine-color-orange-light-color': '#b35300',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-green-light-color': '#1d6b30',
    '--mantine-color-teal-light-color': '#087f5b',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-violet-light-color': '#5f3dc4',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
