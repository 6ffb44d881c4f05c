// Types of 'precis/react': <precis-summary> as a JSX intrinsic element for React
// (import type {} from 'precis/react'; the element itself comes from 'precis/widget').
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PrecisSummaryAttributes, PrecisSummaryElement } from './widget.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'precis-summary': DetailedHTMLProps<HTMLAttributes<PrecisSummaryElement>, PrecisSummaryElement> &
        Omit<PrecisSummaryAttributes, 'lang'>;
    }
  }
}

export {};
