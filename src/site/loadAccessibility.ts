import type { AccessibilityConfig } from './schema.ts';

let loading: Promise<AccessibilityConfig> | undefined;

/**
 * The statement's part of the configuration, in a file of its own: only its page needs it. One
 * promise for the page's life, as React's use() needs.
 */
export function loadAccessibility(): Promise<AccessibilityConfig> {
  loading ??= import('virtual:site-config/accessibility').then((module) => module.accessibility);
  return loading;
}
