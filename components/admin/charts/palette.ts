// Series colours, from the theme (app/globals.css) plus a green and a grey that keep 3:1
// contrast against the white card.
export const CHART_COLORS = {
  primary: "var(--color-brand-700)",
  secondary: "var(--color-brand-300)",
  good: "#15803d",
  muted: "#78716c",
  grid: "var(--color-line)",
  text: "var(--color-ink-muted)",
};

/** Distinct lines for up to twelve cohorts: light (older) to dark (newer) brand tones and a few accents. */
export const COHORT_COLORS = ["#dcb182", "#cc8d52", "#b87333", "#9c5a25", "#7f461f", "#64381d", "#4a2a17", "#0f766e", "#1d4ed8", "#7c3aed", "#be123c", "#15803d"];
