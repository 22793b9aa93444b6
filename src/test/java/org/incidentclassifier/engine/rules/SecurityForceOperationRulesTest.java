package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.threatened;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.assertConcludes;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.IncidentType.SECURITY_FORCE_OPERATION;
import static org.incidentclassifier.facts.SourceKind.STATE_OFFICIAL;
import static org.incidentclassifier.facts.Subject.PERPETRATORS;
import static org.incidentclassifier.facts.TriggerKind.AIRSTRIKE;
import static org.incidentclassifier.facts.TriggerKind.ATTACKER_STOPPED;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_FORCE;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_OPERATION;
import static org.incidentclassifier.facts.Subject.SECURITY_FORCES;

import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/classify/security-force-operation.drl: raids, rescues and air strikes by security forces. */
class SecurityForceOperationRulesTest {
    private static final Trigger ARMY = trigger(SECURITY_FORCE, "army", "doc", 0, 0);

    @Nested
    class ClassifySecurityForceOperation {
        private static final String RULE = "classify-security-force-operation";

        @Test
        void helicopterStrikesByTheArmyAreASecurityForceOperation() {
            Trigger strikes = trigger(AIRSTRIKE, "helicopter strikes", "doc", 0, 20);

            assertConcludes(RULE, new Classification(SECURITY_FORCE_OPERATION, 0.7), strikes, ARMY);
        }

        @Test
        void aRescueOperationByTheArmyIsASecurityForceOperation() {
            Trigger rescue = trigger(SECURITY_OPERATION, "rescue operation", "doc", 0, 20);

            assertConcludes(RULE, new Classification(SECURITY_FORCE_OPERATION, 0.7), rescue, ARMY);
        }

        @Test
        void anOperationWithNoForcesNamedIsNoSecurityForceOperation() {
            assertThat(rulesFiredOn(trigger(SECURITY_OPERATION, "rescue operation"))).doesNotContain(RULE);
        }

        @Test
        void aForceNamedAfterTheRaidIsItsTargetNotItsActor() {
            // "militants raided a police post"
            assertThat(rulesFiredOn(trigger(SECURITY_OPERATION, "raided", "doc", 0, 10),
                    trigger(SECURITY_FORCE, "police", "doc", 0, 30))).doesNotContain(RULE);
        }

        @Test
        void anArmyThatOnlyThreatensToGoInMakesNoSecurityForceOperation() {
            assertThat(rulesFiredOn(threatened(SECURITY_OPERATION, "storm"), ARMY)).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifySecurityForceOperationAttackerShot {
        private static final String RULE = "classify-security-force-operation-attacker-shot";

        @Test
        void policeWhoShootTheGunmanMakeASecurityForceOperationRankedBelowTheAttack() {
            // "Police shot the gunman dead after he opened fire on shoppers"
            assertConcludes(RULE, new Classification(SECURITY_FORCE_OPERATION, 0.5),
                    trigger(ATTACKER_STOPPED, "police shot the", "doc", 0, 0));
        }

        @Test
        void forcesThatOnlyThreatenToShootMakeNoSecurityForceOperation() {
            // "police threatened that officers would shoot any gunman"
            assertThat(rulesFiredOn(threatened(ATTACKER_STOPPED, "officers shoot any"))).doesNotContain(RULE);
        }

        @Test
        void aPoliceWordWithNoShootingMakesNoSecurityForceOperation() {
            // "police cordoned off the area"
            assertThat(rulesFiredOn(trigger(SECURITY_FORCE, "police", "doc", 0, 0))).doesNotContain(RULE);
        }
    }

    /** Forces that are the victims or the source of the report are not the ones acting. */
    @Nested
    class ForcesHarmedOrSpeakingDoNotAct {
        /** One sentence: "soldiers" at {@code soldiersAt}, {@code dead} of them killed, a counter-attack. */
        private static Object[] soldiersKilledAndCounterAttack(int soldiersAt, int dead, int counterAttackAt) {
            return new Object[] {trigger(SECURITY_FORCE, "soldiers", "doc", 1, soldiersAt),
                    claim("c1", dead, SECURITY_FORCES, KILLED).in("doc", 1).at(100).build(),
                    trigger(SECURITY_OPERATION, "counter-attack", "doc", 1, counterAttackAt)};
        }

        @Test
        void soldiersKilledBeforeACounterAttackAreNotTheForceThatLaunchedIt() {
            // "the army said 14 soldiers had been killed and dozens of militants died in the counter-attack"
            assertThat(rulesFiredOn(soldiersKilledAndCounterAttack(103, 14, 180)))
                    .doesNotContain("classify-security-force-operation");
        }

        @Test
        void soldiersNamedApartFromAnyTollStillAct() {
            assertThat(rulesFiredOn(soldiersKilledAndCounterAttack(60, 2, 80)))
                    .contains("classify-security-force-operation");
        }

        @Test
        void anArmyThatOnlyReportsTheAttackersKilledMakesNoOperation() {
            // "Twelve soldiers were killed; the army said 20 assailants were also killed"
            Trigger army = trigger(SECURITY_FORCE, "army", "doc", 1, 40);
            CountClaim assailants = claim("c1", 20, PERPETRATORS, KILLED).in("doc", 1).at(50).from("the army", STATE_OFFICIAL).build();
            assertThat(rulesFiredOn(army, assailants)).doesNotContain("classify-security-force-operation-attackers-stopped");
        }

        @Test
        void forcesNamedInATollReportedBySomeoneElseStillAct() {
            // "security forces killed 20 assailants, a witness said"
            Trigger forces = trigger(SECURITY_FORCE, "security forces", "doc", 1, 0);
            CountClaim assailants = claim("c1", 20, PERPETRATORS, KILLED).in("doc", 1).at(30).build();
            assertThat(rulesFiredOn(forces, assailants)).contains("classify-security-force-operation-attackers-stopped");
        }
    }
}
