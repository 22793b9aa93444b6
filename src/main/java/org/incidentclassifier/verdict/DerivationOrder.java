package org.incidentclassifier.verdict;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.Evidenced;

/**
 * Conclusions in an order that depends only on what they say, never on when their rules fired. A batch session
 * fires its rules over all of an incident's reports at once, while the desk's long-lived session (engine.LiveSession)
 * concludes report by report and withdraws by truth maintenance: the same conclusions come in another order. The
 * parts of the verdict that keep the first of several conclusions (the rule named for an affiliation two rules
 * found, the order of an actor's affiliations, merges and roles) read them in this order, so an incident's verdict
 * is the same whichever way it was reasoned over.
 *
 * <p>The order: by the conclusion (its text: actor, relation, target, status...), then by rule id, then by the
 * facts the rule matched (their evidence in the text, or their text).
 */
final class DerivationOrder {
    private static final Comparator<Derivation> CANONICAL = Comparator
            .comparing((Derivation d) -> String.valueOf(d.conclusion()))
            .thenComparing(Derivation::rule)
            .thenComparing(DerivationOrder::matched);

    private DerivationOrder() {
    }

    /** The derivations in the canonical order (a new list). */
    static List<Derivation> canonical(List<Derivation> derivations) {
        return derivations.stream().sorted(CANONICAL).toList();
    }

    private static String matched(Derivation d) {
        return d.matched().stream().map(f -> f instanceof Evidenced e
                ? e.evidence().document() + ":" + e.evidence().start() + "-" + e.evidence().end()
                : String.valueOf(f)).collect(Collectors.joining(","));
    }
}
