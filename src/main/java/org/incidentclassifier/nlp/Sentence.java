package org.incidentclassifier.nlp;

import java.util.List;

/** One sentence: its index in the document, its span in the analysed text, and its tokens. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The text between two token positions (inclusive from, exclusive to) as it stands in the sentence. */
    public String textOf(int fromToken, int toToken) {
        if (fromToken >= toToken) {
            return "";
        }
        return text.substring(tokens.get(fromToken).start() - start, tokens.get(toToken - 1).end() - start);
    }
}
