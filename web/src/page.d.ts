// Types of 'precis/page.mjs': the DOM front end of the core's article extraction.

/** The page in the wire format the core reads, and the text nodes it counts (texts[i] is text i). */
export declare function readPage(doc: Document, target?: Element | null): { wire: string; texts: Text[] };

/** The Range of characters [start, end) of an article paragraph (Article['paragraphs'][i]). */
export declare function paragraphRange(doc: Document, texts: Text[],
  paragraph: { text: string; first_text: number; last_text: number }, start: number, end: number): Range | null;

/** The Range of the first place `text` stands in `root` (whitespace runs compare as one space). */
export declare function findText(doc: Document, root: Node, text: string): Range | null;
