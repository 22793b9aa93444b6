package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.DOC;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.facility;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.assertConcludes;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.ClaimStatus.RELEASED;
import static org.incidentclassifier.facts.ClaimStatus.TAKEN;
import static org.incidentclassifier.facts.IncidentType.ASSASSINATION;
import static org.incidentclassifier.facts.IncidentType.BOMBING_EXPLOSION;
import static org.incidentclassifier.facts.IncidentType.HOSTAGE_TAKING_BARRICADE;
import static org.incidentclassifier.facts.IncidentType.HOSTAGE_TAKING_KIDNAPPING;
import static org.incidentclassifier.facts.IncidentType.UNARMED_ASSAULT;
import static org.incidentclassifier.facts.Subject.CIVILIANS;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.PASSENGERS;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.PERPETRATORS;
import static org.incidentclassifier.facts.Subject.WORKERS;
import static org.incidentclassifier.facts.TriggerKind.BOMBING;
import static org.incidentclassifier.facts.TriggerKind.DEMAND;
import static org.incidentclassifier.facts.TriggerKind.FIGURE_HARMED;
import static org.incidentclassifier.facts.TriggerKind.HIJACKING;
import static org.incidentclassifier.facts.TriggerKind.HOSTAGE_TAKING;
import static org.incidentclassifier.facts.TriggerKind.KILLING;
import static org.incidentclassifier.facts.TriggerKind.PUBLIC_FIGURE;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_FORCE;
import static org.incidentclassifier.facts.TriggerKind.SIEGE;
import static org.incidentclassifier.facts.TriggerKind.TARGETING;
import static org.incidentclassifier.facts.TriggerKind.UNARMED_ATTACK;
import static org.incidentclassifier.facts.TriggerKind.WEAPON_ATTACK;

import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Types told without their word: people seized, people held in a stand-off, unarmed harm with no toll, an attack
 * aimed at a public figure, a public figure killed by a bomb or read as the one shot, people held inside a
 * building. Each rule with a firing case and a near miss.
 */
class UnnamedAttackRulesTest {

    /** "{dead} people were killed", told in the first sentence: the toll that makes a figure one among many. */
    private static CountClaim peopleKilled(int dead) {
        return claim("c1", dead, PEOPLE, KILLED).in(DOC, 0).build();
    }

    @Nested
    class ClassifyKidnappingPeopleTaken {
        private static final String RULE = "classify-kidnapping-people-taken";

        @Test
        void engineersSeizedByArmedMenAreAKidnapping() {
            // "Armed men seized three engineers from a road camp"
            assertConcludes(RULE, new Classification(HOSTAGE_TAKING_KIDNAPPING, 0.7),
                    claim("c1", 3, HOSTAGES, TAKEN).in(DOC, 0).build());
        }

        @Test
        void militantsCapturedAreNoKidnapping() {
            // "Troops captured 12 militants"
            assertThat(rulesFiredOn(claim("c1", 12, PERPETRATORS, TAKEN).in(DOC, 0).build())).doesNotContain(RULE);
        }

        @Test
        void peopleTakenInsideABankAreHeldThereNotKidnapped() {
            assertThat(rulesFiredOn(claim("c1", 11, HOSTAGES, TAKEN).in(DOC, 0).build(), facility("BANK", DOC, 0, 60)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyKidnappingRansom {
        private static final String RULE = "classify-kidnapping-ransom";

        @Test
        void aCaptiveHeldForARansomIsAKidnapping() {
            // "Gunmen took a trader captive and asked his family for a ransom"
            assertConcludes(RULE, new Classification(HOSTAGE_TAKING_KIDNAPPING, 0.7),
                    trigger(HOSTAGE_TAKING, "took a trader captive", DOC, 0, 7), trigger(DEMAND, "ransom", DOC, 0, 60));
        }

        @Test
        void hostagesInAHotelHeldForARansomAreNoKidnapping() {
            // "Gunmen took guests hostage in a hotel and demanded a ransom"
            assertThat(rulesFiredOn(trigger(HOSTAGE_TAKING, "took guests hostage", DOC, 0, 7),
                    trigger(DEMAND, "ransom", DOC, 0, 60), facility("HOTEL", DOC, 0, 35))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyBarricadePeopleHeld {
        private static final String RULE = "classify-barricade-people-held";

        @Test
        void patientsHeldByAManBarricadedInsideAreABarricadeHostageTaking() {
            assertConcludes(RULE, new Classification(HOSTAGE_TAKING_BARRICADE, 0.85),
                    trigger(SIEGE, "barricaded", DOC, 0, 30), claim("c1", 14, CIVILIANS, HELD).in(DOC, 0).build());
        }

        @Test
        void staffReleasedAfterAStandOffWereHostages() {
            // "barricaded himself in a post office with five staff, who were all released after a stand-off"
            assertConcludes(RULE, new Classification(HOSTAGE_TAKING_BARRICADE, 0.85),
                    trigger(SIEGE, "barricaded", DOC, 0, 8), claim("c1", 5, WORKERS, RELEASED).in(DOC, 0).build());
        }

        @Test
        void aStandOffWithNoOneHeldIsNoHostageTaking() {
            assertThat(rulesFiredOn(trigger(SIEGE, "barricaded", DOC, 0, 30))).doesNotContain(RULE);
        }

        @Test
        void theCaptorsHeldAreNotHostages() {
            assertThat(rulesFiredOn(trigger(SIEGE, "stand-off", DOC, 0, 30),
                    claim("c1", 2, PERPETRATORS, HELD).in(DOC, 0).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyUnarmedAssaultNoToll {
        private static final String RULE = "classify-unarmed-assault-no-toll";

        @Test
        void aBeatingToDeathWithNoNumberIsAnUnarmedAssault() {
            assertConcludes(RULE, new Classification(UNARMED_ASSAULT, 0.55),
                    trigger(UNARMED_ATTACK, "beat a shopkeeper to death", DOC, 0, 8));
        }

        @Test
        void aSubstanceNamedAloneIsNoAct() {
            // "A tank of acid leaked at the plant"
            assertThat(rulesFiredOn(trigger(UNARMED_ATTACK, "acid", DOC, 0, 10))).doesNotContain(RULE);
        }

        @Test
        void aBombInTheReportMakesItNoUnarmedAssault() {
            assertThat(rulesFiredOn(trigger(UNARMED_ATTACK, "poisoned", DOC, 0, 10), trigger(BOMBING, "bomb", DOC, 1, 40)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyAssassinationAimedAtFigure {
        private static final String RULE = "classify-assassination-aimed-at-figure";

        @Test
        void aCarBombTargetingAProsecutorIsAnAssassination() {
            // "A car bomb targeting the chief prosecutor exploded"
            assertConcludes(RULE, new Classification(ASSASSINATION, 0.9),
                    trigger(BOMBING, "car bomb", DOC, 0, 2), trigger(TARGETING, "targeting", DOC, 0, 11),
                    trigger(PUBLIC_FIGURE, "prosecutor", DOC, 0, 31));
        }

        @Test
        void aBombThatKilledManyIsNoAssassinationWhateverItTargeted() {
            assertThat(rulesFiredOn(trigger(BOMBING, "truck bomb", DOC, 0, 2), trigger(TARGETING, "targeting", DOC, 0, 13),
                    trigger(PUBLIC_FIGURE, "police chief", DOC, 0, 27), peopleKilled(30))).doesNotContain(RULE);
        }

        @Test
        void aFigureFarAfterTheTargetingWordIsNotItsTarget() {
            // "a bomb targeting a checkpoint ... on the road the governor had opened last year"
            assertThat(rulesFiredOn(trigger(BOMBING, "bomb", DOC, 0, 2), trigger(TARGETING, "targeting", DOC, 0, 7),
                    trigger(PUBLIC_FIGURE, "governor", DOC, 0, 80))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyAssassinationFigureKilledByBomb {
        private static final String RULE = "classify-assassination-figure-killed-by-bomb";

        @Test
        void aJudgeKilledWhenABombWentOffIsAnAssassination() {
            // "A judge was killed when a bomb fixed to his car exploded"
            assertConcludes(RULE, new Classification(ASSASSINATION, 0.9),
                    trigger(KILLING, "killed", DOC, 0, 16), trigger(PUBLIC_FIGURE, "judge", DOC, 0, 2),
                    trigger(BOMBING, "bomb", DOC, 0, 30));
        }

        @Test
        void aCouncillorAmongThreeDeadOfABombIsNoAssassination() {
            assertThat(rulesFiredOn(trigger(PUBLIC_FIGURE, "councillor", DOC, 0, 30), trigger(KILLING, "killed", DOC, 0, 46),
                    trigger(BOMBING, "bomb", DOC, 0, 60), peopleKilled(3))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyBarricadePeopleHeldAtFacility {
        private static final String RULE = "classify-barricade-people-held-at-facility";

        @Test
        void employeesHeldInsideATownHallAreABarricadeHostageTaking() {
            // "A man with a shotgun held eight council employees in the town hall for six hours"
            assertConcludes(RULE, new Classification(HOSTAGE_TAKING_BARRICADE, 0.8),
                    claim("c1", 8, WORKERS, HELD).in(DOC, 0).build(), facility("GOVERNMENT_BUILDING", DOC, 0, 60));
        }

        @Test
        void peopleThePoliceHoldAtTheStationAreNoHostages() {
            // "Police held eight men at the police station overnight"
            assertThat(rulesFiredOn(trigger(SECURITY_FORCE, "Police", DOC, 0, 0), claim("c1", 8, PEOPLE, HELD).in(DOC, 0).at(12).build(),
                    facility("POLICE_STATION", DOC, 0, 40))).doesNotContain(RULE);
        }

        @Test
        void aCrewHeldAboardTheirShipIsAHijackingNotABarricade() {
            assertThat(rulesFiredOn(claim("c1", 22, WORKERS, HELD).in(DOC, 0).build(), facility("SHIP", DOC, 0, 40)))
                    .doesNotContain(RULE);
        }

        @Test
        void passengersOfAHijackedBusDrivenToTheAirportAreTheHijackingsCaptives() {
            // "hijacked a bus with 15 passengers and forced the driver to head for the airport"
            assertThat(concludedBy(RULE, trigger(HIJACKING, "hijacked", DOC, 0, 10), claim("c1", 15, PASSENGERS, HELD).in(DOC, 0).at(30).build(),
                    facility("BUS", DOC, 0, 25), facility("AIRPORT", DOC, 0, 90))).isEmpty();
        }

        @Test
        void peopleHeldWithNoBuildingNamedAreNotThisRulesCase() {
            assertThat(rulesFiredOn(claim("c1", 8, WORKERS, HELD).in(DOC, 0).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyAssassinationFigureHarmed {
        private static final String RULE = "classify-assassination-figure-harmed";

        @Test
        void aCandidateReadAsTheOneShotDeadIsAnAssassination() {
            // "A candidate for the provincial assembly, Name, was shot dead while campaigning"
            assertConcludes(RULE, new Classification(ASSASSINATION, 0.85),
                    trigger(FIGURE_HARMED, "public figure \"candidate\" is the one \"shot dead\"", DOC, 0, 2));
        }

        @Test
        void aFigureAmongManyDeadIsNoAssassination() {
            assertThat(rulesFiredOn(trigger(FIGURE_HARMED, "public figure \"judge\" is the one \"killed\"", DOC, 0, 2),
                    peopleKilled(12))).doesNotContain(RULE);
        }

        @Test
        void aThreatToHarmAFigureIsNotFactual() {
            Trigger threat = new Trigger(DOC, FIGURE_HARMED, "public figure \"mayor\" is the one \"killed\"", false, true,
                    trigger(FIGURE_HARMED, "x", DOC, 0, 2).evidence());
            assertThat(rulesFiredOn(threat)).doesNotContain(RULE);
        }

        @Test
        void aFigureKilledWithHisOwnGuardsIsAnAssassination() {
            // "Gunmen shot dead a police chief and three of his bodyguards"
            assertThat(rulesFiredOn(trigger(FIGURE_HARMED, "public figure \"police chief\" is the one \"shot dead\"", DOC, 0, 7),
                    peopleKilled(4),
                    trigger(TARGETING, "of his bodyguards", DOC, 0, 60))).contains(RULE);
        }
    }

    @Nested
    class ClassifyAssassinationFigureHarmedByBomb {
        private static final String RULE = "classify-assassination-figure-harmed-by-bomb";
        private static final Trigger HARMED =
                trigger(FIGURE_HARMED, "public figure \"police commander\" is the one \"killed\"", DOC, 0, 20);
        private static final Trigger BOMBER = trigger(BOMBING, "suicide bomber", DOC, 0, 2);

        @Test
        void aCommanderKilledByABombWithThreeOfHisGuardsIsAnAssassinationFirst() {
            // "A suicide bomber killed a senior police commander and three of his guards"
            CountClaim dead = peopleKilled(4);
            Trigger guards = trigger(TARGETING, "of his guards", DOC, 0, 70);

            assertThat(concludedBy(RULE, HARMED, BOMBER, dead, guards)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(ASSASSINATION, 0.9), RULE, HARMED, BOMBER));
        }

        @Test
        void aCommanderKilledByABombAmongACrowdIsNoAssassination() {
            // "A car bomb at a market killed a police commander and eleven shoppers"
            assertThat(rulesFiredOn(HARMED, BOMBER, peopleKilled(12))).doesNotContain(RULE);
        }

        @Test
        void aFigureKilledWithNoBombInTheSentenceIsNotThisRules() {
            assertThat(rulesFiredOn(HARMED, trigger(BOMBING, "bomb", DOC, 1, 5))).doesNotContain(RULE);
        }
    }
    @Nested
    class ClassifyBombingBeforeGunfireToll {
        private static final String RULE = "classify-bombing-before-gunfire-toll";
        private static final Trigger BOMB = trigger(BOMBING, "bomb", DOC, 0, 30);
        private static final Trigger FIRED_ON = trigger(WEAPON_ATTACK, "fired on", DOC, 1, 12);
        private static final CountClaim FIVE_DEAD = claim("c1", 5, PEOPLE, KILLED).in(DOC, 1).at(30).build();

        @Test
        void aBombThenGunfireThatKilledFiveIsPrimarilyABombing() {
            // "Militants set off a bomb at the police post. Gunmen then fired on officers, killing five."
            assertConcludes(RULE, new Classification(BOMBING_EXPLOSION, 0.85), BOMB, FIRED_ON, FIVE_DEAD);
        }

        @Test
        void gunfireToldBeforeTheBombIsTheFirstAct() {
            // "Gunmen attacked the post. A bomb went off at its gate. They fired on officers, killing five."
            Trigger bomb = trigger(BOMBING, "bomb", DOC, 1, 3);
            Trigger firedOn = trigger(WEAPON_ATTACK, "fired on", DOC, 2, 12);
            CountClaim dead = claim("c1", 5, PEOPLE, KILLED).in(DOC, 2).at(30).build();
            assertThat(rulesFiredOn(trigger(WEAPON_ATTACK, "attacked", DOC, 0, 7), bomb, firedOn, dead)).doesNotContain(RULE);
        }

        @Test
        void attackersKilledAfterTheBombAreNoToll() {
            assertThat(rulesFiredOn(BOMB, FIRED_ON, claim("c1", 2, PERPETRATORS, KILLED).in(DOC, 1).at(30).build()))
                    .doesNotContain(RULE);
        }
    }
}
