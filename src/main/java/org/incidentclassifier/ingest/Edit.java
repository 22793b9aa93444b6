package org.incidentclassifier.ingest;

import java.util.Objects;

/**
 * A change one repair stage wants to make: {@code text[start, end)} of the text the stage was given
 * becomes {@code replacement}. Stages speak in their own input's offsets; {@link RepairedText}
 * translates to original offsets.
 */
record Edit(int start, int end, String replacement, RepairKind kind) {

    Edit {
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(kind, "kind");
        // An edit always replaces something: insertions would have no original text to map to.
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("an edit must replace a non-empty span, got [" + start
                    + ", " + end + ")");
        }
    }
}
