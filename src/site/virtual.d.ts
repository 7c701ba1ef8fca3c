// The configuration as scripts/vite/site-config-plugin.ts hands it to the app, already checked.
declare module 'virtual:site-config' {
  export const site: import('./schema.ts').AppSite;
}

declare module 'virtual:site-config/accessibility' {
  export const accessibility: import('./schema.ts').AccessibilityConfig;
}

/** The photos' default licence and usage terms, for the lazily loaded download tools. */
declare module 'virtual:site-config/press' {
  export const press: import('./schema.ts').PressConfig;
}
