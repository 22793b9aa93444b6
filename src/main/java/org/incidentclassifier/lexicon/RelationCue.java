package org.incidentclassifier.lexicon;

import org.incidentclassifier.facts.Relation;

/**
 * A row of relations.csv: words that state a relation, and where the relation's holder (X) and target (Y)
 * stand around them ({@link Shape}).
 */
public record RelationCue(String phrase, Relation relation, Shape shape) {
    /** Where holder X and target Y stand around the cue words, as written in relations.csv's {@code shape} column. */
    public enum Shape {
        /** "X, affiliated to Y", "X was a member of Y", "X broke away from Y". */
        HOLDER_CUE_TARGET("X cue Y"),
        /** "Y, leader of X", "Y commander X", "a Y splinter group known as X". */
        TARGET_CUE_HOLDER("Y cue X"),
        /** "Y-linked X", "Y linked X", "Y-backed X": the cue ends a compound word. */
        COMPOUND("Y-cue X"),
        /** "pro-Y X": the cue starts a compound word. */
        PREFIX("cue-Y X");

        private final String written;

        Shape(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        /** The shape written in relations.csv, or null. */
        public static Shape of(String written) {
            for (Shape s : values()) {
                if (s.written.equals(written.trim())) {
                    return s;
                }
            }
            return null;
        }

        /** Whether the cue is part of a word ("linked" in "al-Qaida-linked") rather than words of its own. */
        public boolean isAffix() {
            return this == COMPOUND || this == PREFIX;
        }
    }
}
