package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.threatened;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.IncidentType.SECURITY_FORCE_OPERATION;
import static org.incidentclassifier.facts.TriggerKind.AIRSTRIKE;
import static org.incidentclassifier.facts.TriggerKind.ATTACKER_STOPPED;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_FORCE;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_OPERATION;

import org.incidentclassifier.facts.Classification;
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

            assertThat(concludedBy(RULE, strikes, ARMY)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(SECURITY_FORCE_OPERATION, 0.7), RULE, strikes, ARMY));
        }

        @Test
        void aRescueOperationByTheArmyIsASecurityForceOperation() {
            Trigger rescue = trigger(SECURITY_OPERATION, "rescue operation", "doc", 0, 20);

            assertThat(concludedBy(RULE, rescue, ARMY)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(SECURITY_FORCE_OPERATION, 0.7), RULE, rescue, ARMY));
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
            Trigger shot = trigger(ATTACKER_STOPPED, "police shot the", "doc", 0, 0);

            assertThat(concludedBy(RULE, shot)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(SECURITY_FORCE_OPERATION, 0.5), RULE, shot));
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
}
