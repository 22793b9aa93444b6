package org.incidentclassifier.ingest;

import java.util.Objects;

/**
 * One repair made to a text: {@code originalText[start, end)} was replaced by {@code replacement}.
 *
 * <p>Offsets are UTF-16 indices into the document's original (decoded) text, end exclusive. The
 * repairs of a document do not overlap, so applying every repair except the {@link
 * RepairKind#ENCODING} marker to the original text gives the repaired text. The {@code ENCODING}
 * marker has {@code start == end == 0}, an empty {@code original} and the fallback charset's name as
 * {@code replacement}.
 *
 * @param kind        what was repaired
 * @param start       first original offset replaced
 * @param end         original offset after the last one replaced
 * @param original    the original text replaced, {@code originalText.substring(start, end)}
 * @param replacement the text that now stands in its place
 */
public record Repair(RepairKind kind, int start, int end, String original, String replacement) {

    public Repair {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad repair span [" + start + ", " + end + ")");
        }
        if (original.length() != end - start) {
            throw new IllegalArgumentException("original \"" + original + "\" has length "
                    + original.length() + " but the span [" + start + ", " + end + ") has "
                    + (end - start));
        }
    }

    /** The marker recorded when the input was decoded with a fallback charset. */
    static Repair encoding(String charsetName) {
        return new Repair(RepairKind.ENCODING, 0, 0, "", charsetName);
    }

    /** Whether this repair changed text (every kind but the {@code ENCODING} marker). */
    boolean changesText() {
        return kind != RepairKind.ENCODING;
    }
}
