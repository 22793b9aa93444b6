package org.incidentclassifier.facts;

/** How one actor stands to another, as a text or the lexicon says. */
public enum Relation {
    AFFILIATED_TO("affiliated to"), MEMBER_OF("a member of"), LED_BY("led by"), LOYAL_TO("loyal to"),
    BROKE_AWAY_FROM("broken away from");

    private final String words;

    Relation(String words) {
        this.words = words;
    }

    /** The relation in words, after "is said to be": "a member of", "led by". */
    public String words() {
        return words;
    }
}
