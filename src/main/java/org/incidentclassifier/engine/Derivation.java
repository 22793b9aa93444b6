package org.incidentclassifier.engine;

import java.util.List;

/** A conclusion a rule inserted, the rule's {@code @id}, and the facts its match rested on. */
public record Derivation(Object conclusion, String rule, List<Object> matched) {
    public Derivation {
        matched = List.copyOf(matched);
    }
}
