package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.actor;
import static org.incidentclassifier.engine.FactBuilder.affiliation;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.document;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ActorKind.ARMED_GROUP;
import static org.incidentclassifier.facts.ActorKind.INTERNATIONAL_ORGANISATION;
import static org.incidentclassifier.facts.ActorKind.NATIONALITY_GROUP;
import static org.incidentclassifier.facts.ActorKind.PERSON;
import static org.incidentclassifier.facts.ClaimStatus.INJURED;
import static org.incidentclassifier.facts.Relation.BROKE_AWAY_FROM;
import static org.incidentclassifier.facts.Relation.LED_BY;
import static org.incidentclassifier.facts.Relation.LOYAL_TO;
import static org.incidentclassifier.facts.Subject.PEOPLE;

import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.ActorRole;
import org.incidentclassifier.facts.Affiliation;
import org.incidentclassifier.facts.AffiliationStatus;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.facts.Role;
import org.incidentclassifier.facts.TriggerKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rules added after the first per-rule tests: unarmed assault, mediators, allegiance through a leader. */
class LaterRulesTest {

    @Nested
    class ClassifyUnarmedAssault {
        private static final String RULE = "classify-unarmed-assault";

        @Test
        void anAcidAttackThatInjuresIsAnUnarmedAssault() {
            var acid = trigger(TriggerKind.UNARMED_ATTACK, "acid attack", "doc", 1, 80);
            var injured = claim("c1", 12, PEOPLE, INJURED).in("doc", 1).build();

            assertThat(concludedBy(RULE, document("doc"), acid, injured)).extracting(Derivation::conclusion)
                    .extracting(c -> ((Classification) c).getType(), c -> ((Classification) c).getConfidence())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(IncidentType.UNARMED_ASSAULT, 0.75));
        }

        @Test
        void aBombingIsNotAnUnarmedAssault() {
            assertThat(rulesFiredOn(document("doc"), trigger(TriggerKind.UNARMED_ATTACK, "chemical attack", "doc", 1, 80),
                    trigger(TriggerKind.BOMBING, "bomb", "doc", 2, 200), claim("c1", 12, PEOPLE, INJURED).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class RoleMediator {
        private static final String RULE = "role-mediator";
        private final ActorMention redCross = actor("icrc", INTERNATIONAL_ORGANISATION).named("Red Cross")
                .in("doc", 3).at(300).build();

        @Test
        void anOrganisationNamedWhereMediationIsMentionedMediates() {
            var mediate = trigger(TriggerKind.MEDIATION, "mediate", "doc", 3, 320);

            assertThat(concludedBy(RULE, redCross, mediate)).extracting(Derivation::conclusion)
                    .extracting(c -> ((ActorRole) c).getActorId(), c -> ((ActorRole) c).getRole())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("icrc", Role.MEDIATOR));
        }

        @Test
        void nationalsAndMediationInAnotherSentenceAreNoMediators() {
            assertThat(rulesFiredOn(redCross, trigger(TriggerKind.MEDIATION, "mediate", "doc", 7, 700))).doesNotContain(RULE);
            assertThat(rulesFiredOn(actor("nationals-gb", NATIONALITY_GROUP).in("doc", 3).at(300).build(),
                    trigger(TriggerKind.MEDIATION, "mediate", "doc", 3, 320))).doesNotContain(RULE);
        }
    }

    @Nested
    class AffiliationThroughLeader {
        private static final String RULE = "affiliation-through-leader";
        private final ActorMention brigade = actor("masked-brigade", ARMED_GROUP).in("doc", 1).build();
        private final ActorMention leader = actor("mokhtar-belmokhtar", PERSON).in("doc", 1).at(40).build();

        @Test
        void aGroupLedByAManLoyalToAlQaedaIsLoyalToAlQaeda() {
            var ledBy = affiliation("a1", "masked-brigade", LED_BY, "mokhtar-belmokhtar").in("doc", 1).build();
            var loyal = affiliation("a2", "mokhtar-belmokhtar", LOYAL_TO, "al-qaeda").in("doc", 2).build();

            assertThat(concludedBy(RULE, brigade, leader, ledBy, loyal)).extracting(Derivation::conclusion)
                    .extracting(c -> ((Affiliation) c).getActorId() + " " + ((Affiliation) c).getRelation() + " "
                            + ((Affiliation) c).getTargetId() + " " + ((Affiliation) c).getStatus())
                    .containsExactly("masked-brigade LOYAL_TO al-qaeda " + AffiliationStatus.ASSERTED);
        }

        @Test
        void aGroupThatBrokeAwayFromItsLeadersAllyDoesNotFollowHim() {
            assertThat(rulesFiredOn(brigade, leader,
                    affiliation("a1", "masked-brigade", LED_BY, "mokhtar-belmokhtar").build(),
                    affiliation("a2", "mokhtar-belmokhtar", LOYAL_TO, "al-qaeda").build(),
                    affiliation("a3", "masked-brigade", BROKE_AWAY_FROM, "al-qaeda").build())).doesNotContain(RULE);
        }

        @Test
        void aGroupLoyalToAnotherGroupDoesNotInheritThatGroupsTies() {
            assertThat(rulesFiredOn(brigade, actor("aqim", ARMED_GROUP).build(),
                    affiliation("a1", "masked-brigade", LOYAL_TO, "aqim").build(),
                    affiliation("a2", "aqim", LOYAL_TO, "al-qaeda").build())).doesNotContain(RULE);
        }
    }
}
