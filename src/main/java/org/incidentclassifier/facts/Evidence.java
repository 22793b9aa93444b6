package org.incidentclassifier.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a fact comes from: the document, the sentence (0-based index), the character span in the
 * document's <em>original</em> text (start inclusive, end exclusive, Java string offsets), and the quoted words
 * as the analysis read them, after ingest's repairs ("hostages — 30 Algerians", not the mojibake
 * "hostages â 30 Algerians"). {@code original} is the original text of the span when the repairs changed it
 * (mojibake, a broken line, stray whitespace), else null: the span always selects {@code original} when it
 * is given, {@code text} otherwise.
 */
public record Evidence(String document, int sentence, int start, int end, String text,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String original) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ") in " + document);
        }
    }

    /** Evidence whose words are as the original text has them. */
    public Evidence(String document, int sentence, int start, int end, String text) {
        this(document, sentence, start, end, text, null);
    }
}
