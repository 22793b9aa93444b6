package org.incidentclassifier.facts;

/**
 * Where a fact comes from: the document, the sentence (0-based index), the character span in the
 * document's original text (start inclusive, end exclusive, Java string offsets) and the quoted words.
 */
public record Evidence(String document, int sentence, int start, int end, String text) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ") in " + document);
        }
    }
}
