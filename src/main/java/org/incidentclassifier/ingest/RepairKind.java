package org.incidentclassifier.ingest;

/** The kinds of repair ingest makes to a text, in the order the repairs are applied. */
public enum RepairKind {
    /** The bytes were not valid UTF-8 and were decoded with a fallback charset (a marker, no text). */
    ENCODING,
    /** UTF-8 text that had been mis-decoded as windows-1252/latin-1 ("â€™" for "’"). */
    MOJIBAKE,
    /**
     * Characters nobody sees: zero-width spaces and joiners, soft hyphens, stray byte-order marks,
     * terminal colour escapes and other control characters (tab and line breaks excepted).
     */
    INVISIBLE,
    /** A line break inside a sentence, joined with one space. */
    BROKEN_LINE,
    /** Line endings, trailing or repeated spaces, non-breaking spaces, leading spaces. */
    WHITESPACE
}
