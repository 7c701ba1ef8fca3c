import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import css from '../styles/index.css?inline';
import { articlePlacement } from '../viewer/articlePlacement.ts';
import { EmbeddedGallery } from './EmbeddedGallery.tsx';

/*
 * Inherited properties flow in from the host element, and `:host` cannot stop them: the host
 * page's own rules for the element (`* {}`, `event-gallery {}`) beat `:host` in the cascade. So
 * the boxes inside the shadow root start from `all: initial` and the gallery sets its own values
 * from there (.eg-root); custom properties are not part of `all`, so `--event-gallery-*` still
 * theme it.
 */
const HOST_CSS = `:host { all: initial; display: block; } :host([hidden]) { display: none; }
.eg-shadow { all: initial; display: block; }`;

let sheet: CSSStyleSheet | undefined;
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${HOST_CSS}\n${css}`);
  }
  return sheet;
}

/** What a visitor sees of a long `data:` address in a message. */
const SHOWN_CHARS = 80;

/**
 * The event file's address: http(s), absolute or relative to the page. Anything else (`data:`,
 * `javascript:`, `blob:`, an unparseable address) is refused before any request.
 */
export function eventSource(value: string, base: string): string | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function RefusedSource({ value }: { value: string }) {
  const { messages } = useI18n();
  const shown = value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value;
  return (
    <div className="eg-root">
      <div className="eg-error" role="alert">
        <h1 className="eg-error__title">{messages.errorTitle}</h1>
        <p>{messages.errorSource(shown)}</p>
      </div>
    </div>
  );
}

/**
 * `<event-gallery src="…/events/<id>.json" lang photo article>`: the gallery in a shadow root,
 * immune to the host page's CSS and leaving none of its own there. Removing the element unmounts
 * React, which removes every listener it added.
 */
export class EventGalleryElement extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'photo', 'article'];
  #root: Root | null = null;
  #mount: HTMLDivElement | null = null;
  #portal: HTMLDivElement | null = null;

  connectedCallback() {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [styles()];
      this.#mount = document.createElement('div');
      this.#portal = document.createElement('div');
      this.#mount.className = 'eg-shadow';
      this.#portal.className = 'eg-shadow';
      shadow.append(this.#mount, this.#portal);
    }
    if (this.#mount && !this.#root) this.#root = createRoot(this.#mount);
    this.#render();
  }

  disconnectedCallback() {
    this.#root?.unmount();
    this.#root = null;
  }

  attributeChangedCallback() {
    this.#render();
  }

  #render() {
    const value = this.getAttribute('src');
    if (!this.#root || !this.#portal || !value) return;
    const lang = this.getAttribute('lang') ?? undefined;
    const src = eventSource(value, document.baseURI);
    if (src === null) {
      this.#root.render(
        <I18nProvider lang={lang ?? document.documentElement.lang}>
          <RefusedSource value={value} />
        </I18nProvider>,
      );
      return;
    }
    const options = {
      src,
      lang,
      photo: this.getAttribute('photo') ?? undefined,
      article: articlePlacement(this.getAttribute('article'), 'beside'),
    };
    this.#root.render(
      <StrictMode>
        <EmbeddedGallery options={options} portalRoot={this.#portal} />
      </StrictMode>,
    );
  }
}

if (!customElements.get('event-gallery')) customElements.define('event-gallery', EventGalleryElement);
