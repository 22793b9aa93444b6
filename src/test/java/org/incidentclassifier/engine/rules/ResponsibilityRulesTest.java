package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.actor;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.denied;
import static org.incidentclassifier.engine.FactBuilder.threatened;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.TriggerKind.RESPONSIBILITY;

import java.util.Set;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Responsibility;
import org.incidentclassifier.facts.ResponsibilityStatus;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Test;

/** rules/actors/responsibility.drl: who claimed the incident, as a sentence says it, with its facts built by hand. */
class ResponsibilityRulesTest {
    private static final Set<String> RULES = Set.of("responsibility-claimed", "responsibility-claimed-hostages",
            "responsibility-denied", "responsibility-not-claimed");
    /** "The Harbour Front ..." at the start of sentence 2. */
    private static final ActorMention FRONT = actor("harbour-front", ActorKind.ARMED_GROUP).in("doc", 2).at(200).build();
    private static final ActorMention POLICE = actor("police", ActorKind.STATE_FORCE).in("doc", 2).at(200).build();

    @Test
    void aGroupNamedBeforeAClaimClaimsTheAttack() {
        // "The Harbour Front claimed responsibility for the blast."
        Trigger claim = trigger(RESPONSIBILITY, "claimed responsibility", "doc", 2, 220);

        assertThat(concludedBy("responsibility-claimed", FRONT, claim)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                .containsExactly(derivation(new Responsibility(ResponsibilityStatus.CLAIMED), "responsibility-claimed",
                        claim, FRONT));
    }

    @Test
    void responsibilityWordsWithNoGroupBeforeThemClaimNothing() {
        // "Police said they did not yet know who was behind the attack." / a group named only after the words
        assertThat(firedOf(POLICE, trigger(RESPONSIBILITY, "behind the attack", "doc", 2, 260))).isEmpty();
        assertThat(firedOf(FRONT, trigger(RESPONSIBILITY, "behind the attack", "doc", 2, 150))).isEmpty();
        // "The Harbour Front threatened to claim more attacks": a threat is no claim
        assertThat(firedOf(FRONT, threatened(RESPONSIBILITY, "claim", "doc", 2, 230))).isEmpty();
    }

    @Test
    void aGroupThatSaysItHoldsHostagesClaimsTheHostageTaking() {
        // "The Harbour Front said it was holding 12 hostages."
        CountClaim holding = claim("c1", 12, HOSTAGES, HELD).from("the Harbour Front", SourceKind.PERPETRATOR)
                .in("doc", 2).build();

        assertThat(concludedBy("responsibility-claimed-hostages", holding, FRONT))
                .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                .containsExactly(derivation(new Responsibility(ResponsibilityStatus.CLAIMED),
                        "responsibility-claimed-hostages", holding, FRONT));
    }

    @Test
    void aFigureFromAnotherSourceOrOfTheDeadClaimsNothing() {
        // "Officials said 12 hostages were held", "The Harbour Front said 12 hostages were killed"
        assertThat(firedOf(FRONT, claim("c1", 12, HOSTAGES, HELD).from("officials", SourceKind.STATE_OFFICIAL)
                .in("doc", 2).build())).isEmpty();
        assertThat(firedOf(FRONT, claim("c1", 12, HOSTAGES, KILLED).from("the Harbour Front", SourceKind.PERPETRATOR)
                .in("doc", 2).build())).isEmpty();
    }

    @Test
    void aNamedGroupThatDeniesItDeniesResponsibility() {
        // "The Harbour Front denied responsibility for the blast."
        Trigger denial = denied(RESPONSIBILITY, "denied responsibility", "doc", 2, 220);

        assertThat(concludedBy("responsibility-denied", FRONT, denial)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                .containsExactly(derivation(new Responsibility(ResponsibilityStatus.DENIED), "responsibility-denied",
                        denial, FRONT));
        assertThat(firedOf(FRONT, denial)).containsExactly("responsibility-denied");
    }

    @Test
    void noGroupNamedBeforeADeniedClaimIsNoClaimAtAll() {
        // "No group has claimed responsibility for the blast."
        Trigger none = denied(RESPONSIBILITY, "claimed responsibility", "doc", 2, 215);

        assertThat(concludedBy("responsibility-not-claimed", none)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                .containsExactly(derivation(new Responsibility(ResponsibilityStatus.NOT_CLAIMED),
                        "responsibility-not-claimed", none));
        // "No group has claimed it, though police suspect the Harbour Front": the group stands after the words
        assertThat(firedOf(none, actor("harbour-front", ActorKind.ARMED_GROUP).in("doc", 2).at(260).build()))
                .containsExactly("responsibility-not-claimed");
    }

    @Test
    void aClaimAndANoClaimInOneIncidentAreBothConcludedForTheVerdictToWeigh() {
        // "No group had claimed the attack by nightfall. ... On Friday the Harbour Front claimed responsibility."
        assertThat(firedOf(denied(RESPONSIBILITY, "claimed", "doc", 1, 100), FRONT,
                trigger(RESPONSIBILITY, "claimed responsibility", "doc", 2, 220)))
                .containsExactlyInAnyOrder("responsibility-not-claimed", "responsibility-claimed");
    }

    private static Set<String> firedOf(Object... facts) {
        Set<String> fired = new java.util.TreeSet<>(rulesFiredOn(facts));
        fired.retainAll(RULES);
        return fired;
    }
}
