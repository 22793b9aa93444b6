package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.DOC;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.threatened;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.assertConcludes;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.ClaimStatus.TAKEN;
import static org.incidentclassifier.facts.IncidentType.HOSTAGE_TAKING_BARRICADE;
import static org.incidentclassifier.facts.IncidentType.HOSTAGE_TAKING_KIDNAPPING;
import static org.incidentclassifier.facts.Subject.FOREIGNERS;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.TriggerKind.HOSTAGE_TAKING;
import static org.incidentclassifier.facts.TriggerKind.KIDNAPPING;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_OPERATION;
import static org.incidentclassifier.facts.TriggerKind.SIEGE;
import static org.incidentclassifier.facts.TriggerKind.STATE_OPERATION;

import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/classify/hostage-taking.drl: barricade hostage-takings and kidnappings. */
class HostageTakingRulesTest {
    private static final Trigger HOSTAGE_TAKERS = trigger(HOSTAGE_TAKING, "hostage-takers");

    @Nested
    class ClassifyBarricadeHostageTaking {
        private static final String RULE = "classify-barricade-hostage-taking";

        @Test
        void hostagesHeldAtTheSiteIsABarricadeHostageTaking() {
            CountClaim held = claim("c1", 41, HOSTAGES, HELD).build();

            assertConcludes(RULE, new Classification(HOSTAGE_TAKING_BARRICADE, 0.9), HOSTAGE_TAKERS, held);
        }

        @Test
        void hostagesTakenButNotSaidToBeHeldAreNoBarricade() {
            assertThat(rulesFiredOn(HOSTAGE_TAKERS, claim("c1", 41, FOREIGNERS, TAKEN).build())).doesNotContain(RULE);
        }

        @Test
        void captivesStillHeldAfterAKidnappingWithNoSiegeAreNoBarricade() {
            // "kidnapped 14 people ... the hostages' families ... eight remain held"
            assertThat(rulesFiredOn(HOSTAGE_TAKERS, trigger(KIDNAPPING, "kidnapped"), claim("c1", 8, HOSTAGES, HELD).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void hostagesAtAFacilityHeldByCaptorsCalledKidnappersAreABarricade() {
            // "took 41 hostages at the gas complex ... the kidnappers are holding 41 hostages"
            Trigger hostages = trigger(HOSTAGE_TAKING, "hostages", org.incidentclassifier.engine.FactBuilder.DOC, 1, 40);
            assertThat(rulesFiredOn(hostages, trigger(KIDNAPPING, "kidnappers"),
                    org.incidentclassifier.engine.FactBuilder.facility("GAS_FACILITY", org.incidentclassifier.engine.FactBuilder.DOC, 1, 60),
                    claim("c1", 41, HOSTAGES, HELD).build())).contains(RULE);
        }

        @Test
        void captivesHeldByKidnappersInAStandOffAreABarricade() {
            assertThat(rulesFiredOn(HOSTAGE_TAKERS, trigger(KIDNAPPING, "kidnappers"), trigger(SIEGE, "stand-off"),
                    claim("c1", 8, HOSTAGES, HELD).build())).contains(RULE);
        }

        @Test
        void aThreatToTakeHostagesIsNoBarricade() {
            assertThat(rulesFiredOn(threatened(HOSTAGE_TAKING, "take hostages"), claim("c1", 41, HOSTAGES, HELD).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyBarricadeSiege {
        private static final String RULE = "classify-barricade-siege";

        @Test
        void hostagesInsideASurroundedSiteIsABarricadeHostageTaking() {
            Trigger surrounded = trigger(SIEGE, "surrounded");

            assertConcludes(RULE, new Classification(HOSTAGE_TAKING_BARRICADE, 0.85), HOSTAGE_TAKERS, surrounded);
        }

        @Test
        void hostageTakersThatOnlyThreatenAStandOffAreNoBarricade() {
            assertThat(rulesFiredOn(HOSTAGE_TAKERS, threatened(SIEGE, "stand-off"))).doesNotContain(RULE);
        }

        @Test
        void aSiegeWithoutHostagesIsNoBarricadeHostageTaking() {
            assertThat(rulesFiredOn(trigger(SIEGE, "besieged"), claim("c1", 3, HOSTAGES, KILLED).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyKidnapping {
        private static final String RULE = "classify-kidnapping";

        @Test
        void peopleTakenAwayWithoutASiegeIsAKidnapping() {
            Trigger abducted = trigger(KIDNAPPING, "abducted");
            CountClaim taken = claim("c1", 7, FOREIGNERS, TAKEN).build();

            assertThat(concludedBy(RULE, abducted, taken)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(HOSTAGE_TAKING_KIDNAPPING, 0.9), RULE, abducted));
        }

        @Test
        void kidnappersWhoHoldPeopleOnSiteAreNoKidnapping() {
            assertThat(rulesFiredOn(trigger(KIDNAPPING, "kidnappers"), claim("c1", 41, HOSTAGES, HELD).build(),
                    new Classification(HOSTAGE_TAKING_BARRICADE, 0.9))).doesNotContain(RULE);
        }

        @Test
        void peopleStillHeldAfterBeingTakenAwayAreAKidnapping() {
            // "gang members kidnapped all 14 people on board ... the other eight remain held"
            assertThat(rulesFiredOn(trigger(KIDNAPPING, "kidnapped"), claim("c1", 8, HOSTAGES, HELD).build()))
                    .contains(RULE);
        }

        @Test
        void kidnappersInAStandOffAreNoKidnapping() {
            assertThat(rulesFiredOn(trigger(KIDNAPPING, "kidnappers"), trigger(SIEGE, "stand-off")))
                    .doesNotContain(RULE);
        }

        @Test
        void theKidnappersKilledInARescueRaidTellNoTaking() {
            // "soldiers rescued five students in a raid, killing two of the kidnappers"
            assertThat(rulesFiredOn(trigger(SECURITY_OPERATION, "raid", DOC, 0, 30), trigger(KIDNAPPING, "kidnapper", DOC, 0, 70)))
                    .doesNotContain(RULE);
        }

        @Test
        void kidnappersNamedWithNoOperationInTheirSentenceAreAKidnapping() {
            assertThat(rulesFiredOn(trigger(SECURITY_OPERATION, "raid", DOC, 1, 130), trigger(KIDNAPPING, "kidnapper", DOC, 0, 20)))
                    .contains(RULE);
        }

        @Test
        void aThreatenedKidnappingIsNoKidnapping() {
            assertThat(rulesFiredOn(threatened(KIDNAPPING, "kidnap"))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyKidnappingRescuedAbductees {
        private static final String RULE = "classify-kidnapping-rescued-abductees";

        @Test
        void kidnappedPeopleRescuedByTheForcesTellAKidnapping() {
            // "Four kidnapped road workers were rescued by police": the rescue concludes a security-force operation
            assertThat(rulesFiredOn(trigger(STATE_OPERATION, "kidnapped road workers were rescued by police", DOC, 0, 5)))
                    .contains(RULE);
        }

        @Test
        void hostagesFreedByTheForcesTellNoKidnapping() {
            // "Nine hostages were freed by special forces": held where they were taken, or not said
            assertThat(rulesFiredOn(trigger(STATE_OPERATION, "hostages were freed by special forces", DOC, 0, 5)))
                    .doesNotContain(RULE);
        }

        @Test
        void aRescueOfKidnappedPeopleThatNoForceCarriedOutTellsNone() {
            // "a film about the rescue of kidnapped schoolgirls": no security-force operation concluded
            assertThat(rulesFiredOn(trigger(SECURITY_OPERATION, "rescue of kidnapped", DOC, 0, 15))).doesNotContain(RULE);
        }
    }
}
