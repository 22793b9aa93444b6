package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.DOC;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.IncidentType.ARMED_ASSAULT;
import static org.incidentclassifier.facts.IncidentType.FACILITY_INFRASTRUCTURE_ATTACK;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.SECURITY_FORCES;
import static org.incidentclassifier.facts.TriggerKind.ARMED_ATTACK;
import static org.incidentclassifier.facts.TriggerKind.ARSON;
import static org.incidentclassifier.facts.TriggerKind.ATTACKER;
import static org.incidentclassifier.facts.TriggerKind.BOMBING;
import static org.incidentclassifier.facts.TriggerKind.TARGETED_KILLING;
import static org.incidentclassifier.facts.TriggerKind.WEAPON_ATTACK;

import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Complex attacks: bombs with gunfire or a storming party, where both a bombing and an armed assault happened;
 * a killing with a burning, where both an armed assault and a facility attack happened.
 */
class ComplexAttackRulesTest {
    private static final Trigger CAR_BOMB = trigger(BOMBING, "car bomb", DOC, 0, 20);

    @Nested
    class ClassifyArmedAssaultBesideBombing {
        private static final String RULE = "classify-armed-assault-beside-bombing";

        @Test
        void gunmenWhoOpenFireAfterACarBombAreAlsoAnArmedAssault() {
            // "Militants set off a car bomb at the gate and then gunmen opened fire. At least 15 people were killed."
            Trigger openedFire = trigger(WEAPON_ATTACK, "opened fire", DOC, 0, 90);
            CountClaim killed = claim("c1", 15, PEOPLE, KILLED).in(DOC, 1).build();

            assertThat(concludedBy(RULE, openedFire, CAR_BOMB, killed)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(ARMED_ASSAULT, 0.55), RULE, openedFire, CAR_BOMB, killed));
        }

        @Test
        void aStormingAfterTheGateWasBlownOpenIsAlsoAnArmedAssault() {
            // "blew open the gate with explosives and stormed the barracks. Six guards were killed."
            // the lexicon phrase is "storm @DET"; the rule reads any phrase of storming
            Trigger stormed = trigger(ARMED_ATTACK, "storm @DET", DOC, 0, 60);
            assertThat(rulesFiredOn(stormed, trigger(BOMBING, "blew open", DOC, 0, 10),
                    claim("c1", 6, SECURITY_FORCES, KILLED).in(DOC, 1).build())).contains(RULE);
        }

        @Test
        void theSlainOfABombingWithNoGunfireAreNoArmedAssault() {
            // "a suicide bomber blew himself up ... the slain were buried on Friday"
            assertThat(rulesFiredOn(trigger(TARGETED_KILLING, "slain", DOC, 3, 10), CAR_BOMB,
                    claim("c1", 40, PEOPLE, KILLED).in(DOC, 3).build())).doesNotContain(RULE);
        }

        @Test
        void gunfireWithATollTwoSentencesOffIsNone() {
            assertThat(rulesFiredOn(trigger(WEAPON_ATTACK, "gunfire", DOC, 0, 90), CAR_BOMB,
                    claim("c1", 15, PEOPLE, KILLED).in(DOC, 2).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyArmedAssaultStandsAsideForABombingInItsSentence {
        @Test
        void gunmenToldWithTheCarBombLeaveTheTollToTheBombing() {
            // "a car bomb went off at the gate; witnesses saw gunmen flee": the bare word names who, not gunfire
            Trigger gunmen = trigger(ATTACKER, "gunmen", DOC, 0, 80);
            assertThat(rulesFiredOn(gunmen, CAR_BOMB, claim("c1", 15, PEOPLE, KILLED).in(DOC, 1).build()))
                    .doesNotContain("classify-armed-assault", "classify-armed-assault-beside-bombing");
        }

        @Test
        void gunmenWhoOpenFireBesideTheCarBombAreAlsoAnArmedAssault() {
            Trigger openedFire = trigger(WEAPON_ATTACK, "opened fire", DOC, 0, 80);
            assertThat(rulesFiredOn(trigger(ATTACKER, "gunmen", DOC, 0, 70), openedFire, CAR_BOMB,
                    claim("c1", 15, PEOPLE, KILLED).in(DOC, 1).build()))
                    .doesNotContain("classify-armed-assault").contains("classify-armed-assault-beside-bombing");
        }
    }

    @Nested
    class ClassifyArmedAssaultKillingWithArson {
        private static final String RULE = "classify-armed-assault-killing-with-arson";
        // "Raiders murdered the caretaker and then torched the clinic" (lexicon: militants|... =murdered @DET)
        private final Trigger murdered = trigger(TARGETED_KILLING, "raiders murdered the", DOC, 0, 0);
        private final Trigger torched = trigger(ARSON, "torch", DOC, 0, 40);

        @Test
        void attackersWhoKillSomeoneAndBurnAPlaceAreFirstAnArmedAssault() {
            assertThat(concludedBy(RULE, murdered, torched)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(ARMED_ASSAULT, 0.82), RULE, murdered, torched));
        }

        @Test
        void aBurningWithABombIsNone() {
            // "the raiders murdered the caretaker, planted a bomb and torched the clinic": the bombing ranks first
            assertThat(rulesFiredOn(murdered, torched, CAR_BOMB)).doesNotContain(RULE);
        }

        @Test
        void aKillingWithNoBurningIsNone() {
            assertThat(rulesFiredOn(murdered)).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyFacilityArsonBesideAttack {
        private static final String RULE = "classify-facility-arson-beside-attack";
        private final Trigger setAblaze = trigger(ARSON, "set ... ablaze", DOC, 0, 50);

        @Test
        void aBurningBesideGunfireIsAFacilityAttackRankedLast() {
            // "Raiders opened fire on the depot and set two lorries ablaze; no one was hurt."
            Trigger openedFire = trigger(WEAPON_ATTACK, "open fire", DOC, 0, 8);
            assertThat(concludedBy(RULE, setAblaze, openedFire)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(FACILITY_INFRASTRUCTURE_ATTACK, 0.5), RULE, setAblaze, openedFire));
            // the shots stay an armed assault beside the burning
            assertThat(rulesFiredOn(setAblaze, openedFire)).doesNotContain("classify-facility-arson")
                    .contains("classify-armed-assault-no-toll");
        }

        @Test
        void gunmenWhoOnlyBurnAPlaceAreArsonAlone() {
            // "Gunmen set the depot ablaze": who burned it, not a shot fired
            Trigger gunmen = trigger(ATTACKER, "gunmen", DOC, 0, 0);
            assertThat(rulesFiredOn(setAblaze, gunmen)).doesNotContain(RULE).contains("classify-facility-arson");
            // the gunfire reading may fire first, and is withdrawn once the burning is concluded
            assertThat(concludedBy("classify-armed-assault-no-toll", setAblaze, gunmen)).isEmpty();
        }
    }
}
