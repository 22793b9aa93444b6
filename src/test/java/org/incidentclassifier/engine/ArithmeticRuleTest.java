package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.about;
import static org.incidentclassifier.engine.FactBuilder.atLeast;
import static org.incidentclassifier.engine.FactBuilder.exact;
import static org.incidentclassifier.facts.ClaimStatus.ESCAPED;
import static org.incidentclassifier.facts.ClaimStatus.FREED;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.Subject.FOREIGN_HOSTAGES;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.PERPETRATORS;
import static org.incidentclassifier.facts.Subject.WORKERS;

import java.util.List;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.InconsistencyKind;
import org.incidentclassifier.facts.Severity;
import org.junit.jupiter.api.Test;

/** Rule arithmetic-killed-and-released-exceed-held, on hand-built claims. */
class ArithmeticRuleTest {
    private static final String RULE = "arithmetic-killed-and-released-exceed-held";

    @Test
    void killedPlusEscapedAboveHeldIsAnInconsistency() {
        CountClaim held = exact("held", 41, HOSTAGES, HELD);
        CountClaim killed = exact("killed", 35, HOSTAGES, KILLED);
        CountClaim escaped = exact("escaped", 15, FOREIGN_HOSTAGES, ESCAPED);

        List<Derivation> found = RuleSession.reason(List.of(held, killed, escaped)).of(Inconsistency.class);

        assertThat(found).hasSize(1);
        Derivation d = found.get(0);
        Inconsistency i = (Inconsistency) d.conclusion();
        assertThat(d.rule()).isEqualTo(RULE);
        assertThat(i.getKind()).isEqualTo(InconsistencyKind.ARITHMETIC);
        assertThat(i.getSeverity()).isEqualTo(Severity.HIGH);
        assertThat(i.getExplanation()).isEqualTo("35 hostages killed (according to a source) plus 15 foreign hostages"
                + " escaped (according to a source) make 50, more than the 41 hostages held (according to a source).");
        assertThat(d.matched().stream().filter(CountClaim.class::isInstance)).containsExactly(held, killed, escaped);
    }

    @Test
    void figuresThatFitInsideTheNumberHeldAreConsistent() {
        List<Object> facts = List.of(exact("held", 41, HOSTAGES, HELD), exact("killed", 35, HOSTAGES, KILLED),
                exact("freed", 6, HOSTAGES, FREED));

        assertThat(RuleSession.reason(facts).of(Inconsistency.class)).isEmpty();
    }

    @Test
    void onlyTheLargestFigureHeldIsTheWhole() {
        // 7 still held is a part, not the total: 35 + 15 > 7 says nothing while 41 were held.
        List<Object> facts = List.of(exact("held", 41, HOSTAGES, HELD), exact("still", 7, HOSTAGES, HELD),
                exact("killed", 20, HOSTAGES, KILLED), exact("escaped", 15, HOSTAGES, ESCAPED));

        assertThat(RuleSession.reason(facts).of(Inconsistency.class)).isEmpty();
    }

    @Test
    void otherPeopleDoNotCountAgainstTheHostagesHeld() {
        List<Object> facts = List.of(exact("held", 41, HOSTAGES, HELD), exact("captors", 35, PERPETRATORS, KILLED),
                exact("workers", 200, WORKERS, ESCAPED));

        assertThat(RuleSession.reason(facts).of(Inconsistency.class)).isEmpty();
    }

    @Test
    void anApproximateWholeAllowsItsBand() {
        // "some 200 held": 150 killed + 40 freed = 190 is within the band, 150 + 80 = 230 is not.
        assertThat(RuleSession.reason(List.of(about("held", 200, HOSTAGES, HELD), exact("k", 150, HOSTAGES, KILLED),
                exact("f", 40, HOSTAGES, FREED))).of(Inconsistency.class)).isEmpty();
        assertThat(RuleSession.reason(List.of(about("held", 200, HOSTAGES, HELD), exact("k", 150, HOSTAGES, KILLED),
                exact("f", 80, HOSTAGES, FREED))).of(Inconsistency.class)).hasSize(1);
    }

    @Test
    void aWholeGivenAsALowerBoundCannotBeExceeded() {
        List<Object> facts = List.of(atLeast("held", 41, HOSTAGES, HELD), exact("killed", 35, HOSTAGES, KILLED),
                exact("escaped", 15, HOSTAGES, ESCAPED));

        assertThat(RuleSession.reason(facts).of(Inconsistency.class)).isEmpty();
    }
}
