package org.incidentclassifier.engine;

import java.util.List;
import java.util.Map;

/**
 * What one rule session concluded: the conclusions still standing when the rules stopped firing (a logical
 * conclusion whose support went away is in {@code withdrawn}), and how often each rule fired.
 */
public record Reasoning(List<Derivation> conclusions, List<Derivation> withdrawn, Map<String, Integer> rulesFired) {
    public Reasoning {
        conclusions = List.copyOf(conclusions);
        withdrawn = List.copyOf(withdrawn);
        rulesFired = Map.copyOf(rulesFired);
    }

    /** The conclusions of one type, e.g. {@code Classification.class}. */
    public <T> List<Derivation> of(Class<T> type) {
        return conclusions.stream().filter(d -> type.isInstance(d.conclusion())).toList();
    }
}
