// Names shared by the docs build and the Try-it bundle.

/** Id of the <script type="application/json"> element holding the console's data (try-it-data.mjs). */
export const DATA_ELEMENT_ID = 'haso-try-it-data';
