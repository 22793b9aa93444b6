package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.at;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.InconsistencyKind.COUNT_CONFLICT;
import static org.incidentclassifier.facts.InconsistencyKind.COUNT_DIFFERENCE;
import static org.incidentclassifier.facts.Severity.LOW;
import static org.incidentclassifier.facts.Severity.MEDIUM;

import org.incidentclassifier.facts.AttackerCount;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.junit.jupiter.api.Test;

/** rules/consistency/attacker-count-conflict.drl: two sources counting the attackers differently. */
class AttackerCountConflictRulesTest {
    private static final String RULE = "attacker-count-conflict";

    private static AttackerCount count(String id, String doc, Integer value, Integer min, Integer max, String source) {
        Source from = source == null ? Source.unknown() : new Source(source, SourceKind.STATE_OFFICIAL, null);
        return new AttackerCount(id, doc, value, min, max, false, from, Stance.REPORTED, at(doc, 0, 0, "gunmen"));
    }

    @Test
    void twoReportsCountingFourAndFiveGunmenConflict() {
        AttackerCount four = count("n1", "doc1", 4, 4, 4, "police");
        AttackerCount five = count("n2", "doc2", 5, 5, 5, null);

        assertThat(concludedBy(RULE, four, five)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                .containsExactly(derivation(new Inconsistency(COUNT_CONFLICT, MEDIUM,
                        "4 attackers (according to police, doc1) against 5 (source not named, doc2).",
                        "the number of attackers is one figure, and these cannot both hold"), RULE, four, five));
    }

    @Test
    void atLeastThreeAgainstFiveIsADifferenceThatCanHold() {
        AttackerCount atLeastThree = count("n1", "doc1", null, 3, null, "police");
        AttackerCount five = count("n2", "doc2", 5, 5, 5, null);

        assertThat(concludedBy(RULE, atLeastThree, five)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                .containsExactly(derivation(new Inconsistency(COUNT_DIFFERENCE, LOW,
                        "at least 3 attackers (according to police, doc1) against 5 (source not named, doc2): the"
                                + " ranges overlap.", "the ranges overlap, so both figures can hold"),
                        RULE, atLeastThree, five));
    }

    @Test
    void twoReportsGivingTheSameNumberAgree() {
        assertThat(rulesFiredOn(count("n1", "doc1", 4, 4, 4, "police"), count("n2", "doc2", 4, 4, 4, null)))
                .doesNotContain(RULE);
    }

    @Test
    void oneSourceGivingTwoNumbersInOneReportIsNotADisagreement() {
        assertThat(rulesFiredOn(count("n1", "doc1", 2, 2, 2, "police"), count("n2", "doc1", 3, 3, 3, "police")))
                .doesNotContain(RULE);
    }
}
