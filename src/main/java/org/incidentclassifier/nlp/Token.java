package org.incidentclassifier.nlp;

import java.util.Locale;

/**
 * A token with its span in the analysed (repaired) text, its Universal Dependencies POS tag
 * (NOUN, PROPN, VERB, NUM...) and a lower-case stem (irregular forms to their base, then Porter): what lexicon phrases are matched on.
 * {@code lower} is the text in lower case (Locale.ROOT), computed once: extraction asks for it many times per token.
 */
public record Token(String text, int start, int end, String pos, String stem, String lower) {

    public Token(String text, int start, int end, String pos, String stem) {
        this(text, start, end, pos, stem, text.toLowerCase(Locale.ROOT));
    }

    public boolean isPos(String tag) {
        return pos.startsWith(tag);
    }
}
