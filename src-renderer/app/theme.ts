import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  type MantineThemeOverride,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';
import type { TFunction } from 'i18next';

// The look, and the words Mantine's own parts say to a screen reader. Both are chosen for people
// who read the screen all day and for WCAG AA (axe-core checks every screen in CI):
// - text on a tinted ("light") background, and "subtle" or "outline" text, is the colour's
//   darkest shade darkened further: Mantine's defaults measured 3.3–4.3:1, below 4.5:1;
// - filled controls and links use shade 9 (teal.9 on white is 5.0:1; teal.6 was 2.6:1);
// - dimmed text is gray.7 (8.2:1; gray.6 was 3.3:1), error text red.9 (5.1:1);
// - close buttons, password toggles, pagers and clear buttons are named in the screen's language
//   (Mantine names some in English, others not at all).

const readableVariants: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const shades = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  if (!shades) return base;
  const text = darken(shades[9], 0.3);
  if (input.variant === 'light') {
    return { ...base, background: shades[0], hover: shades[1], color: text, hoverColor: text };
  }
  if (input.variant === 'subtle' || input.variant === 'transparent')
    return { ...base, color: text, hoverColor: text };
  // Filled: white on shade 9, and darker (never lighter) under the pointer — Mantine's hover
  // shade 8 gave white text 3.9:1, so a button under a resting mouse failed AA.
  if ((input.variant ?? 'filled') === 'filled') return { ...base, hover: darken(shades[9], 0.15) };
  if (input.variant === 'outline')
    return { ...base, color: text, hoverColor: text, border: `1px solid ${text}` };
  return base;
};

/**
 * The same "light" colours as CSS variables, for parts that read them directly instead of asking
 * the resolver (the active NavLink: teal.9 on teal.1 was 4.3:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057',
    '--mantine-color-placeholder': theme.colors.gray[6] ?? '#868e96',
    // Field errors: red.9 (5.1:1); red.6 was 3.3:1 for 12 px text.
    '--mantine-color-error': theme.colors.red[9] ?? '#c92a2a',
  };
  for (const [name, shades] of Object.entries(theme.colors)) {
    const names = name === theme.primaryColor ? [name, 'primary'] : [name];
    for (const n of names) {
      const prefix = n === 'primary' ? '--mantine-primary-color' : `--mantine-color-${n}`;
      light[`${prefix}-light`] = shades[0];
      light[`${prefix}-light-hover`] = shades[1];
      light[`${prefix}-light-color`] = darken(shades[9], 0.3);
      // Filled under the pointer: darker than shade 9, not Mantine's lighter shade 8 (3.9:1).
      light[`${prefix}-filled-hover`] = darken(shades[9], 0.15);
    }
  }
  return { variables: {}, light, dark: {} };
};

export function makeTheme(t: TFunction): MantineThemeOverride {
  const close = { 'aria-label': t('common.close') };
  return createTheme({
    primaryColor: 'teal',
    primaryShade: { light: 9, dark: 7 },
    defaultRadius: 'sm',
    fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif',
    variantColorResolver: readableVariants,
    components: {
      Modal: { defaultProps: { closeButtonProps: close } },
      Drawer: { defaultProps: { closeButtonProps: close } },
      Notification: { defaultProps: { closeButtonProps: close } },
      CloseButton: { defaultProps: close },
      PasswordInput: {
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } },
      },
      Select: { defaultProps: { clearButtonProps: { 'aria-label': t('common.clear') } } },
      MultiSelect: { defaultProps: { clearButtonProps: { 'aria-label': t('common.clear') } } },
      Pagination: {
        defaultProps: {
          getControlProps: (control: string) => ({ 'aria-label': t(`common.pager.${control}`) }),
          getItemProps: (page: number) => ({ 'aria-label': t('common.pager.page', { page }) }),
        },
      },
      // A typed value a bound would change is left as typed; the form says what the bound is.
      NumberInput: { defaultProps: { clampBehavior: 'none' } },
    },
  });
}
