// Types of the widget: 'precis/widget' (and the script tag precis-widget.js), which define
// <precis-summary> and the global Precis.mount() / Precis.setAssetBase().
import type { Article, Language, Result, SummaryLength, SummaryType } from './precis.js';

/** What a box shows. */
export interface MountOptions {
  type?: SummaryType;
  length?: SummaryLength;
  lang?: Language;
  /** Points from after the lead paragraph, for a box shown right above it. Default false. */
  skipLead?: boolean;
}

/** A box on the page, once it shows. */
export interface Widget {
  host: PrecisSummaryElement;
  /** The article found and the summary; null for a box the server rendered (adopted). */
  article: Article | null;
  result: Result | null;
  adopted?: boolean;
}

/** What Precis.mount() returns, and <precis-summary>'s `widget`. */
export interface MountedWidget {
  /** Resolves when the box first shows; rejects when it never will (no article, no WebAssembly). */
  ready: Promise<Widget>;
  /** Other options or another article: the box is redone. */
  update(target?: string | Element | null, options?: MountOptions): void;
  /** Removes the box (a placeholder is emptied) and every observer, timer and listener. */
  destroy(): void;
}

/** The attributes of <precis-summary>. */
export interface PrecisSummaryAttributes {
  /** The id of the article's element. */
  for?: string;
  type?: SummaryType;
  length?: SummaryLength;
  lang?: Language;
  /** Present (and not "false"): points from after the lead paragraph. */
  'skip-lead'?: boolean | '' | 'true' | 'false';
  /** The folder of worker.mjs and precis.wasm, when they are not beside the module. */
  'data-precis-base'?: string;
}

export interface PrecisSummaryElement extends HTMLElement {
  /**
   * The box's handle: a placeholder's own, or for a box the widget inserted (the script
   * tag's, Precis.mount()'s) the one that mount returned; null while not in the page.
   */
  readonly widget: MountedWidget | null;
}

export interface PrecisReadyDetail {
  result: Result | null;
  article: Article | null;
  adopted: boolean;
}

export interface PrecisGlobal {
  /** Puts a box before the article in `target` (a selector or an element; the whole page when omitted). */
  mount(target?: string | Element | null, options?: MountOptions): MountedWidget;
  /** Where worker.mjs and precis.wasm are (a folder URL); null: beside the module. */
  setAssetBase(url: string | URL | null): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'precis-summary': PrecisSummaryElement;
  }
  interface HTMLElementEventMap {
    'precis:ready': CustomEvent<PrecisReadyDetail>;
    'precis:error': CustomEvent<{ message: string }>;
  }
  interface DocumentEventMap {
    'precis:ready': CustomEvent<PrecisReadyDetail>;
    'precis:error': CustomEvent<{ message: string }>;
  }
  interface Window {
    Precis: PrecisGlobal;
  }
  /** The widget's global (the script tag or 'precis/widget'). */
  var Precis: PrecisGlobal;
}

export {};
