package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.exact;
import static org.incidentclassifier.engine.FactBuilder.threatened;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.facts.TriggerKind.AIRSTRIKE;
import static org.incidentclassifier.facts.TriggerKind.ARMED_ATTACK;
import static org.incidentclassifier.facts.TriggerKind.ASSASSINATION;
import static org.incidentclassifier.facts.TriggerKind.BOMBING;
import static org.incidentclassifier.facts.TriggerKind.HIJACKING;
import static org.incidentclassifier.facts.TriggerKind.HOSTAGE_TAKING;
import static org.incidentclassifier.facts.TriggerKind.KIDNAPPING;
import static org.incidentclassifier.facts.TriggerKind.SABOTAGE;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_FORCE;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_OPERATION;
import static org.incidentclassifier.facts.TriggerKind.SIEGE;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.Facility;
import org.incidentclassifier.facts.FrameKind;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Subject;
import org.junit.jupiter.api.Test;

/** Each classification rule with facts that make it fire and a near miss that must not. */
class ClassificationRulesTest {

    /** type -> rule id of the strongest classification of each type. */
    private static Map<String, String> types(List<?> facts) {
        Map<String, String> types = new TreeMap<>();
        List<Object> withDocument = new java.util.ArrayList<>(facts);
        withDocument.add(new Document("doc", "doc.txt"));
        for (Derivation d : RuleSession.reason(withDocument).of(Classification.class)) {
            types.put(((Classification) d.conclusion()).getType().name(), d.rule());
        }
        return types;
    }

    @Test
    void hostagesHeldAtTheSiteIsABarricadeHostageTaking() {
        assertThat(types(List.of(trigger(HOSTAGE_TAKING, "hostage-takers"),
                exact("c1", 41, Subject.HOSTAGES, ClaimStatus.HELD))))
                .containsExactly(Map.entry("HOSTAGE_TAKING_BARRICADE", "classify-barricade-hostage-taking"));
        assertThat(types(List.of(threatened(HOSTAGE_TAKING, "hostage"), exact("c1", 41, Subject.HOSTAGES, ClaimStatus.HELD))))
                .isEmpty();
    }

    @Test
    void hostagesInASurroundedSiteIsABarricadeHostageTaking() {
        assertThat(types(List.of(trigger(HOSTAGE_TAKING, "hostages"), trigger(SIEGE, "surrounded"))))
                .containsExactly(Map.entry("HOSTAGE_TAKING_BARRICADE", "classify-barricade-siege"));
        assertThat(types(List.of(trigger(HOSTAGE_TAKING, "hostages")))).isEmpty();
    }

    @Test
    void aHostageTakingAtAFacilityIsABarricadeHostageTaking() {
        Trigger crisis = trigger(HOSTAGE_TAKING, "hostage crisis");
        Facility plant = new Facility("doc", "GAS_FACILITY", "UTILITIES", crisis.evidence());
        Facility elsewhere = new Facility("doc", "GAS_FACILITY", "UTILITIES",
                new org.incidentclassifier.facts.Evidence("doc", 4, 900, 909, "gas plant"));

        assertThat(types(List.of(crisis, plant)))
                .containsExactly(Map.entry("HOSTAGE_TAKING_BARRICADE", "classify-barricade-at-facility"));
        assertThat(types(List.of(crisis, elsewhere))).isEmpty();
    }

    @Test
    void peopleTakenAwayWithoutASiegeIsAKidnapping() {
        assertThat(types(List.of(trigger(KIDNAPPING, "abducted"))))
                .containsExactly(Map.entry("HOSTAGE_TAKING_KIDNAPPING", "classify-kidnapping"));
        assertThat(types(List.of(trigger(KIDNAPPING, "kidnappers"), trigger(SIEGE, "stand-off")))).isEmpty();
    }

    @Test
    void forcesThatGoInMakeASecurityForceOperation() {
        assertThat(types(List.of(trigger(AIRSTRIKE, "helicopter strikes"), trigger(SECURITY_FORCE, "army"))))
                .containsExactly(Map.entry("SECURITY_FORCE_OPERATION", "classify-security-force-operation"));
        assertThat(types(List.of(trigger(SECURITY_OPERATION, "rescue operation")))).isEmpty();
    }

    @Test
    void anAttackThatKillsIsAnArmedAssault() {
        assertThat(types(List.of(trigger(ARMED_ATTACK, "attack"), exact("c1", 2, Subject.PEOPLE, ClaimStatus.KILLED))))
                .containsExactly(Map.entry("ARMED_ASSAULT", "classify-armed-assault-attack-toll"));
        assertThat(types(List.of(trigger(ARMED_ATTACK, "attack"), exact("c1", 2, Subject.PEOPLE, ClaimStatus.FREED))))
                .isEmpty();
    }

    @Test
    void bombsAndExplosionsAreABombing() {
        assertThat(types(List.of(trigger(BOMBING, "bomb"), trigger(BOMBING, "blast"))))
                .containsExactly(Map.entry("BOMBING_EXPLOSION", "classify-bombing"));
        assertThat(types(List.of(trigger(BOMBING, "bomb")))).isEmpty();
    }

    @Test
    void aBombThatKillsInTheSameSentenceIsPrimarilyABombing() {
        Trigger bomber = trigger(BOMBING, "suicide bomber");
        CountClaim dead = new CountClaim("c1", "doc", 22, 22, null, false, Subject.PEOPLE, ClaimStatus.KILLED,
                org.incidentclassifier.facts.Source.unknown(), org.incidentclassifier.facts.Stance.REPORTED, List.of(),
                false, bomber.evidence());
        CountClaim deadElsewhere = new CountClaim("c2", "doc", 22, 22, null, false, Subject.PEOPLE, ClaimStatus.KILLED,
                org.incidentclassifier.facts.Source.unknown(), org.incidentclassifier.facts.Stance.REPORTED, List.of(),
                false, new org.incidentclassifier.facts.Evidence("doc", 9, 990, 999, "22 killed"));

        assertThat(types(List.of(bomber, dead)))
                .containsExactly(Map.entry("BOMBING_EXPLOSION", "classify-bombing-with-casualties"));
        // a casualty figure far from the one bombing word is no bombing's toll
        assertThat(types(List.of(bomber, deadElsewhere))).isEmpty();
    }

    @Test
    void theFacilityStruckIsTheTargetType() {
        Trigger attack = trigger(ARMED_ATTACK, "attack");
        Facility field = new Facility("doc", "GAS_FIELD", "UTILITIES", attack.evidence());
        Facility elsewhere = new Facility("doc", "SCHOOL", "EDUCATIONAL_INSTITUTION",
                new org.incidentclassifier.facts.Evidence("doc", 8, 800, 806, "school"));
        java.util.function.Function<List<Object>, List<String>> targets = facts -> {
            List<Object> all = new java.util.ArrayList<>(facts);
            all.add(new Document("doc", "doc.txt"));
            return RuleSession.reason(all).of(org.incidentclassifier.facts.TargetType.class).stream()
                    .map(d -> ((org.incidentclassifier.facts.TargetType) d.conclusion()).getType() + " "
                            + ((org.incidentclassifier.facts.TargetType) d.conclusion()).getCode() + " " + d.rule())
                    .toList();
        };

        String rule = "target-type-facility";
        assertThat(targets.apply(List.of(attack, field))).containsExactly("UTILITIES 21 " + rule);
        assertThat(targets.apply(List.of(attack, elsewhere))).isEmpty();
    }

    @Test
    void hijackingAssassinationAndSabotage() {
        assertThat(types(List.of(trigger(HIJACKING, "hijacked"))))
                .containsExactly(Map.entry("HIJACKING", "classify-hijacking"));
        assertThat(types(List.of(trigger(ASSASSINATION, "assassinated"))))
                .containsExactly(Map.entry("ASSASSINATION", "classify-assassination"));
        assertThat(types(List.of(trigger(SABOTAGE, "blew up the pipeline"))))
                .containsExactly(Map.entry("FACILITY_INFRASTRUCTURE_ATTACK", "classify-facility-attack"));
        assertThat(types(List.of(threatened(HIJACKING, "hijack")))).isEmpty();
        assertThat(types(List.of(threatened(ASSASSINATION, "assassinate")))).isEmpty();
        assertThat(types(List.of(threatened(SABOTAGE, "blow up the pipeline")))).isEmpty();
    }

    @Test
    void aReviewWithAttackWordsIsNotAnIncident() {
        List<Object> review = List.of(FactBuilder.frame(FrameKind.REVIEW, 3, true, 0), trigger(HIJACKING, "hijacked"));
        assertThat(types(review)).isEmpty();
        // two cues outside the lead are not enough to call a real hijacking a review
        assertThat(types(List.of(FactBuilder.frame(FrameKind.REVIEW, 2, false, 4), trigger(HIJACKING, "hijacked"))))
                .containsOnlyKeys("HIJACKING");
    }
}
