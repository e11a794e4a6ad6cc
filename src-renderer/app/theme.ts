import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif',
});
