import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import css from '../styles/index.css?inline';
import { articlePlacement } from '../viewer/articlePlacement.ts';
import { EmbeddedGallery } from './EmbeddedGallery.tsx';

// Inside the shadow root nothing of the host's CSS applies, but inherited properties still flow in
// from the host element: `all: initial` stops them at the border.
const HOST_CSS = ':host { all: initial; display: block; } :host([hidden]) { display: none; }';

let sheet: CSSStyleSheet | undefined;
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${HOST_CSS}\n${css}`);
  }
  return sheet;
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
    const src = this.getAttribute('src');
    if (!this.#root || !this.#portal || !src) return;
    const options = {
      src: new URL(src, document.baseURI).href,
      lang: this.getAttribute('lang') ?? undefined,
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
