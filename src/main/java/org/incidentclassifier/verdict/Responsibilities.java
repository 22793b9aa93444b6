package org.incidentclassifier.verdict;

import java.util.Comparator;
import java.util.List;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.Responsibility;
import org.incidentclassifier.facts.ResponsibilityStatus;

/** The verdict's responsibility for an incident, from the conclusions of rules/actors/responsibility.drl. */
final class Responsibilities {
    private Responsibilities() {
    }

    /**
     * The strongest status any rule concluded: a claim (a report that no one had claimed it may predate the claim),
     * then a denial, then no claim; with the first rule (by id) that concluded it and the evidence of every rule
     * that did. Null when no rule did: the reports do not say.
     */
    static Verdict.ResponsibilityEntry of(List<Derivation> responsibilities) {
        for (ResponsibilityStatus status : ResponsibilityStatus.values()) {
            List<Derivation> agreeing = responsibilities.stream()
                    .filter(d -> ((Responsibility) d.conclusion()).getStatus() == status)
                    .sorted(Comparator.comparing(Derivation::rule)).toList();
            if (!agreeing.isEmpty()) {
                return new Verdict.ResponsibilityEntry(status.name(), agreeing.get(0).rule(),
                        EvidenceOf.derivations(agreeing));
            }
        }
        return null;
    }
}
