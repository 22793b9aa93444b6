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
import static org.incidentclassifier.facts.IncidentType.FACILITY_INFRASTRUCTURE_ATTACK;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.PERPETRATORS;
import static org.incidentclassifier.facts.TriggerKind.BOMBING;
import static org.incidentclassifier.facts.TriggerKind.INFRASTRUCTURE;

import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A blast that struck infrastructure and hurt no one is a facility attack beside the bombing. */
class InfrastructureBlastRulesTest {
    private static final Trigger PIPELINE = trigger(INFRASTRUCTURE, "pipeline", DOC, 1, 60);
    private static final Trigger BLAST = trigger(BOMBING, "blast", DOC, 3, 200);

    @Nested
    class ClassifyFacilityInfrastructureBlastNoCasualties {
        private static final String RULE = "classify-facility-infrastructure-blast-no-casualties";

        @Test
        void aBlastThatHurtNoOneWhereTheLeadNamesAPipelineIsAFacilityAttack() {
            // "A charge ripped through a section of pipeline on Wednesday ... Nobody was hurt in the blast"
            assertThat(concludedBy(RULE, BLAST, PIPELINE)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(FACILITY_INFRASTRUCTURE_ATTACK, 0.55), RULE, BLAST, PIPELINE));
        }

        @Test
        void theAttackersKilledByTheirOwnBombLeaveItAFacilityAttack() {
            assertThat(rulesFiredOn(BLAST, PIPELINE, claim("c1", 2, PERPETRATORS, KILLED).in(DOC, 3).build())).contains(RULE);
        }

        @Test
        void aBlastThatKilledPeopleStruckThePeople() {
            assertThat(rulesFiredOn(BLAST, PIPELINE, claim("c1", 9, PEOPLE, KILLED).in(DOC, 3).build())).doesNotContain(RULE);
        }

        @Test
        void infrastructureNamedOnlyAfterTheLeadIsNoTarget() {
            assertThat(rulesFiredOn(BLAST, trigger(INFRASTRUCTURE, "railway", DOC, 6, 400))).doesNotContain(RULE);
        }
    }
}
