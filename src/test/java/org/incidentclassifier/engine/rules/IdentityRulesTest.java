package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.actor;
import static org.incidentclassifier.engine.FactBuilder.affiliation;
import static org.incidentclassifier.engine.FactBuilder.alias;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.reason;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ActorKind.ARMED_GROUP;
import static org.incidentclassifier.facts.ActorKind.PERSON;
import static org.incidentclassifier.facts.Relation.AFFILIATED_TO;
import static org.incidentclassifier.facts.Relation.LED_BY;
import static org.incidentclassifier.facts.Relation.LOYAL_TO;
import static org.incidentclassifier.facts.Role.PERPETRATOR;
import static org.incidentclassifier.facts.TriggerKind.RESPONSIBILITY;

import java.util.List;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.ActorRole;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.AliasClaim;
import org.incidentclassifier.facts.Identity;
import org.incidentclassifier.facts.SameActor;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/actors/identity.drl: which actor ids name one actor. */
class IdentityRulesTest {

    @Nested
    class IdentityOfEachActor {
        private static final String RULE = "identity-of-each-actor";

        @Test
        void anActorNamedTwiceIsOnceItself() {
            ActorMention acronym = actor("aqim", ARMED_GROUP).named("AQIM").at(40).build();
            ActorMention fullName = actor("aqim", ARMED_GROUP).named("al-Qaeda in the Islamic Maghreb").at(0).build();

            // Identity is a record: the second mention supports the same fact, it adds no other
            assertThat(concludedBy(RULE, acronym, fullName)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Identity("aqim", "aqim"), RULE, acronym));
        }

        @Test
        void anActorOnlyATargetOfARelationIsNoIdentityByMention() {
            // nobody names AQIM itself: "militants linked to AQIM"; the claimed-actor rule covers it
            assertThat(reason(List.of(affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").build()))
                    .of(Identity.class)).extracting(Derivation::rule).containsOnly("identity-of-each-claimed-actor");
        }
    }

    @Nested
    class IdentityOfEachClaimedActor {
        private static final String RULE = "identity-of-each-claimed-actor";

        @Test
        void theHolderAndTheTargetOfAClaimAreThemselves() {
            var claim = affiliation("a1", "unnamed-perpetrators", LOYAL_TO, "aqim").build();

            assertThat(reason(List.of(claim)).of(Identity.class)).extracting(Derivation::conclusion)
                    .containsExactlyInAnyOrder(new Identity("unnamed-perpetrators", "unnamed-perpetrators"),
                            new Identity("aqim", "aqim"));
        }

        @Test
        void withoutAClaimNoActorIsNamed() {
            assertThat(reason(List.of(org.incidentclassifier.engine.FactBuilder.document("doc"))).of(Identity.class))
                    .isEmpty();
        }
    }

    @Nested
    class SameActorFromAlias {
        private static final String RULE = "same-actor-from-alias";

        @Test
        void twoNamesAGroupCallsItselfAreOneActor() {
            AliasClaim callsItself = alias("signed-in-blood", "masked-brigade", "CALLS_ITSELF");

            assertThat(concludedBy(RULE, callsItself)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new SameActor("signed-in-blood", "masked-brigade"), RULE, callsItself));
        }

        @Test
        void anAliasThatIsNoKnownActorJoinsNothing() {
            assertThat(rulesFiredOn(alias("mokhtar-belmokhtar", null, "ALSO_KNOWN_AS"))).doesNotContain(RULE);
        }

        @Test
        void anAcronymOfTheSameActorJoinsNothing() {
            // "al-Qaeda in the Islamic Maghreb (AQIM)": both names are the lexicon's aqim
            assertThat(rulesFiredOn(alias("aqim", "aqim", "ACRONYM"))).doesNotContain(RULE);
        }
    }

    @Nested
    class UnnamedPerpetratorsAreTheNamedGroup {
        private static final String RULE = "unnamed-perpetrators-are-the-named-group";

        @Test
        void theUnnamedHostageTakersAreTheGroupThatClaimedTheAttack() {
            ActorMention brigade = actor("signed-in-blood", ARMED_GROUP).named("Blood Signatories").in("doc", 5)
                    .at(693).build();
            Trigger claimed = trigger(RESPONSIBILITY, "claimed responsibility", "doc", 5, 730);
            AffiliationClaim ledBy = affiliation("a1", "unnamed-perpetrators", LED_BY, "mokhtar-belmokhtar")
                    .holderNamed("hostage-takers").in("doc", 17).build();

            assertThat(concludedBy(RULE, brigade, claimed, ledBy)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new SameActor("signed-in-blood", "unnamed-perpetrators"), RULE,
                            ledBy, new ActorRole("signed-in-blood", PERPETRATOR), brigade));
        }

        @Test
        void theLeaderTheUnnamedPerpetratorsFollowIsNotThem() {
            // Belmokhtar is a perpetrator as their leader, but a person, not the group
            assertThat(rulesFiredOn(actor("mokhtar-belmokhtar", PERSON).build(),
                    affiliation("a1", "unnamed-perpetrators", LED_BY, "mokhtar-belmokhtar").build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aGroupThatPlaysNoPerpetratorRoleIsNotThem() {
            assertThat(rulesFiredOn(actor("signed-in-blood", ARMED_GROUP).build(),
                    affiliation("a1", "unnamed-perpetrators", LED_BY, "mokhtar-belmokhtar").build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aGroupTheUnnamedPerpetratorsAreLoyalToIsNotThem() {
            // "the hostage-takers, loyal to AQIM": followers of AQIM, not AQIM
            assertThat(rulesFiredOn(actor("aqim", ARMED_GROUP).named("AQIM").build(),
                    affiliation("a1", "unnamed-perpetrators", LOYAL_TO, "aqim").build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class IdentityIsSymmetric {
        private static final String RULE = "identity-is-symmetric";

        @Test
        void twoNamesOfOneActorAreTheSameBothWays() {
            AliasClaim callsItself = alias("signed-in-blood", "masked-brigade", "CALLS_ITSELF");
            SameActor same = new SameActor("signed-in-blood", "masked-brigade");

            assertThat(concludedBy(RULE, callsItself)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Identity("signed-in-blood", "masked-brigade"), RULE, same),
                            derivation(new Identity("masked-brigade", "signed-in-blood"), RULE, same));
        }

        @Test
        void twoActorsNoReportCallsOneAreNotTheSame() {
            List<Derivation> identities = reason(List.of(actor("signed-in-blood", ARMED_GROUP).build(),
                    actor("aqim", ARMED_GROUP).build())).of(Identity.class);

            assertThat(identities).extracting(Derivation::conclusion)
                    .containsExactly(new Identity("signed-in-blood", "signed-in-blood"), new Identity("aqim", "aqim"));
            assertThat(identities).extracting(Derivation::rule).containsOnly("identity-of-each-actor");
        }
    }

    @Nested
    class IdentityIsTransitive {
        private static final String RULE = "identity-is-transitive";

        @Test
        void theSameAsTheSameIsTheSame() {
            // "the Masked Brigade, which calls itself Signed in Blood", "Signed in Blood (the Blood Signatories)"
            List<Object> facts = List.of(alias("masked-brigade", "signed-in-blood", "CALLS_ITSELF"),
                    alias("signed-in-blood", "blood-signatories", "ALSO_KNOWN_AS"));

            assertThat(concludedBy(RULE, facts.toArray())).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactlyInAnyOrder(
                            derivation(new Identity("masked-brigade", "blood-signatories"), RULE,
                                    new Identity("masked-brigade", "signed-in-blood"),
                                    new Identity("signed-in-blood", "blood-signatories")),
                            derivation(new Identity("blood-signatories", "masked-brigade"), RULE,
                                    new Identity("blood-signatories", "signed-in-blood"),
                                    new Identity("signed-in-blood", "masked-brigade")));
        }

        @Test
        void twoPairsOfNamesThatShareNoNameStayApart() {
            List<Derivation> identities = reason(List.of(alias("masked-brigade", "signed-in-blood", "CALLS_ITSELF"),
                    alias("aqim", "gspc", "ALSO_KNOWN_AS"))).of(Identity.class);

            // nor does going there and back make an unmentioned name the same as itself
            assertThat(identities).extracting(Derivation::conclusion).containsExactlyInAnyOrder(
                    new Identity("masked-brigade", "signed-in-blood"), new Identity("signed-in-blood", "masked-brigade"),
                    new Identity("aqim", "gspc"), new Identity("gspc", "aqim"));
            assertThat(rulesFiredOn(alias("masked-brigade", "signed-in-blood", "CALLS_ITSELF"),
                    alias("aqim", "gspc", "ALSO_KNOWN_AS"))).doesNotContain(RULE);
        }
    }
}
