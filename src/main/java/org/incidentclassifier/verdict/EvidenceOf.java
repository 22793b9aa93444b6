package org.incidentclassifier.verdict;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Evidenced;
import org.incidentclassifier.facts.IncidentSignature;

/** The evidence behind conclusions: the evidence of every fact their rule matches used, in text order. */
final class EvidenceOf {
    private static final Comparator<Evidence> IN_TEXT_ORDER = Comparator.comparing(Evidence::document)
            .thenComparingInt(Evidence::start).thenComparingInt(Evidence::end);

    private EvidenceOf() {
    }

    static List<Evidence> derivations(Collection<Derivation> derivations) {
        TreeSet<Evidence> all = new TreeSet<>(IN_TEXT_ORDER);
        for (Derivation d : derivations) {
            for (Object fact : d.matched()) {
                if (fact instanceof Evidenced e) {
                    all.add(e.evidence());
                } else if (fact instanceof IncidentSignature s) {
                    all.addAll(s.evidence()); // where each report says the incident happened
                }
            }
        }
        return List.copyOf(all);
    }

    static List<Evidence> derivation(Derivation derivation) {
        return derivations(List.of(derivation));
    }
}
