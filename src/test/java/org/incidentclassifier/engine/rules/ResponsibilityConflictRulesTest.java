package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.denied;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.InconsistencyKind.RESPONSIBILITY_CONFLICT;
import static org.incidentclassifier.facts.Severity.LOW;
import static org.incidentclassifier.facts.TriggerKind.RESPONSIBILITY;

import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Test;

/** rules/consistency/responsibility-conflict.drl: no claim of responsibility in one report, a claim in another. */
class ResponsibilityConflictRulesTest {
    private static final String RULE = "responsibility-conflict";

    @Test
    void noClaimInOneReportAgainstAClaimInAnotherIsAConflictCitingTheFirstClaim() {
        Trigger none = denied(RESPONSIBILITY, "claimed responsibility", "monday", 4, 300);
        Trigger claim = trigger(RESPONSIBILITY, "claimed responsibility", "thursday", 1, 80);
        Trigger again = trigger(RESPONSIBILITY, "claimed responsibility", "thursday", 9, 900);

        assertThat(concludedBy(RULE, none, claim, again)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                .containsExactly(derivation(new Inconsistency(RESPONSIBILITY_CONFLICT, LOW,
                        "monday says no one has claimed the attack (\"claimed responsibility\"), but thursday reports a"
                                + " claim (\"claimed responsibility\").",
                        "the report that says no one has claimed the attack may have been written before the claim"),
                        RULE, none, claim));
    }

    @Test
    void noClaimAndThenAClaimInOneReportIsTheStoryUnfolding() {
        assertThat(rulesFiredOn(denied(RESPONSIBILITY, "claimed responsibility", "doc", 2, 100),
                trigger(RESPONSIBILITY, "claimed responsibility", "doc", 8, 700))).doesNotContain(RULE);
    }

    @Test
    void claimsInTwoReportsAgree() {
        assertThat(rulesFiredOn(trigger(RESPONSIBILITY, "claimed responsibility", "monday", 2, 100),
                trigger(RESPONSIBILITY, "claimed responsibility", "thursday", 8, 700))).doesNotContain(RULE);
    }
}
