package org.incidentclassifier.nlp;

import java.util.List;

/** A text split into sentences and tokens. Offsets refer to {@code text}. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }
}
