import { useLayoutEffect } from 'react';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Gives a document or a shadow root a stylesheet once. A constructed stylesheet needs no
 * `<style>` element (so no `style-src 'unsafe-inline'`) and lands inside an embedding's shadow
 * root, where a `<link>` in the host's head would never reach and would leak into the host page.
 */
export function useAdoptedStyles(cssText: string, target: Document | ShadowRoot | undefined) {
  useLayoutEffect(() => {
    if (!target || !('adoptedStyleSheets' in target) || typeof CSSStyleSheet === 'undefined') return;
    let sheet = sheets.get(cssText);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
      sheets.set(cssText, sheet);
    }
    if (!target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  }, [cssText, target]);
}
