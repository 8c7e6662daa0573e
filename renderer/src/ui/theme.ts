// The Mantine theme: Sarabun (the Thai government family) everywhere, readable sizes for long days.
import { createTheme } from '@mantine/core';

export const theme = createTheme({
  fontFamily: "Sarabun, 'TH Sarabun New', Tahoma, sans-serif",
  headings: { fontFamily: "Sarabun, 'TH Sarabun New', Tahoma, sans-serif" },
  primaryColor: 'teal',
  defaultRadius: 'sm',
});
