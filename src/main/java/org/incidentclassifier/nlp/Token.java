package org.incidentclassifier.nlp;

/**
 * A token with its span in the analysed (repaired) text, its Universal Dependencies POS tag
 * (NOUN, PROPN, VERB, NUM...) and a lower-case stem (irregular forms to their base, then Porter): what lexicon phrases are matched on.
 */
public record Token(String text, int start, int end, String pos, String stem) {

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isPos(String tag) {
        return pos.startsWith(tag);
    }
}
