package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.actor;
import static org.incidentclassifier.engine.FactBuilder.incidentReport;
import static org.incidentclassifier.engine.FactBuilder.place;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ActorKind.ARMED_GROUP;
import static org.incidentclassifier.facts.ActorKind.COMPANY;
import static org.incidentclassifier.facts.ActorKind.MEDIA;
import static org.incidentclassifier.facts.ActorKind.NATIONALITY_GROUP;
import static org.incidentclassifier.facts.PlaceKind.CITY;
import static org.incidentclassifier.facts.PlaceKind.COUNTRY;
import static org.incidentclassifier.facts.PlaceKind.SITE;

import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.IncidentReport;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.facts.SameIncident;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/incidents/grouping.drl: which reports are about one incident. */
class GroupingRulesTest {
    private static final IncidentReport FIRST = incidentReport("doc1");
    private static final IncidentReport SECOND = incidentReport("doc2");

    @Nested
    class SameIncidentSameSite {
        private static final String RULE = "same-incident-same-site";
        private final PlaceMention gasFieldInFirst = place("Tiguentourine gas field", SITE, "doc1");

        @Test
        void reportsNamingTheSameSiteAreAboutOneIncident() {
            PlaceMention gasFieldInSecond = place("Tiguentourine gas field", SITE, "doc2");

            assertThat(concludedBy(RULE, SECOND, FIRST, gasFieldInSecond, gasFieldInFirst))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(derivation(
                            new SameIncident("doc1", "doc2"), RULE, FIRST, SECOND, gasFieldInFirst, gasFieldInSecond));
        }

        @Test
        void reportsNamingDifferentSitesAreNotJoined() {
            assertThat(rulesFiredOn(FIRST, SECOND, gasFieldInFirst, place("Westgate mall", SITE, "doc2")))
                    .doesNotContain(RULE);
        }

        @Test
        void aDocumentThatReportsNoIncidentIsNotJoined() {
            // doc2 is a business story about the gas field: no IncidentReport
            assertThat(rulesFiredOn(FIRST, gasFieldInFirst, place("Tiguentourine gas field", SITE, "doc2")))
                    .doesNotContain(RULE);
        }

        @Test
        void aSharedCountryIsNoSharedSite() {
            assertThat(rulesFiredOn(FIRST, SECOND, place("Algeria", COUNTRY, "doc1"), place("Algeria", COUNTRY, "doc2")))
                    .doesNotContain(RULE);
        }

        @Test
        void aReportNamingTheSiteTwiceIsNotJoinedToItself() {
            assertThat(rulesFiredOn(FIRST, gasFieldInFirst, place("Tiguentourine gas field", SITE, "doc1")))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class SameIncidentSameCityAndActor {
        private static final String RULE = "same-incident-same-city-and-actor";
        private final PlaceMention nairobiInFirst = place("Nairobi", CITY, "doc1");
        private final PlaceMention nairobiInSecond = place("Nairobi", CITY, "doc2");

        @Test
        void reportsNamingTheSameCityAndTheSameGroupAreAboutOneIncident() {
            ActorMention shabaabInFirst = actor("al-shabaab", ARMED_GROUP).in("doc1", 2).build();
            ActorMention shabaabInSecond = actor("al-shabaab", ARMED_GROUP).in("doc2", 5).build();

            assertThat(concludedBy(RULE, FIRST, SECOND, nairobiInFirst, nairobiInSecond, shabaabInFirst, shabaabInSecond))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(derivation(
                            new SameIncident("doc1", "doc2"), RULE, FIRST, SECOND, nairobiInFirst, nairobiInSecond,
                            shabaabInFirst, shabaabInSecond));
        }

        @Test
        void reportsNamingTheSameCityAndTheSameCompanyAreAboutOneIncident() {
            ActorMention bpInFirst = actor("bp", COMPANY).in("doc1", 1).build();
            ActorMention bpInSecond = actor("bp", COMPANY).in("doc2", 1).build();

            assertThat(concludedBy(RULE, FIRST, SECOND, nairobiInFirst, nairobiInSecond, bpInFirst, bpInSecond))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(derivation(
                            new SameIncident("doc1", "doc2"), RULE, FIRST, SECOND, nairobiInFirst, nairobiInSecond,
                            bpInFirst, bpInSecond));
        }

        @Test
        void aSharedCityAloneIsTooCommon() {
            assertThat(rulesFiredOn(FIRST, SECOND, nairobiInFirst, nairobiInSecond,
                    actor("al-shabaab", ARMED_GROUP).in("doc1", 2).build(), actor("aqim", ARMED_GROUP).in("doc2", 2).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void sharedNationalitiesProveNothing() {
            assertThat(rulesFiredOn(FIRST, SECOND, nairobiInFirst, nairobiInSecond,
                    actor("british", NATIONALITY_GROUP).in("doc1", 2).build(),
                    actor("british", NATIONALITY_GROUP).in("doc2", 2).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aSharedOutletProvesNothing() {
            assertThat(rulesFiredOn(FIRST, SECOND, nairobiInFirst, nairobiInSecond,
                    actor("reuters", MEDIA).in("doc1", 2).build(), actor("reuters", MEDIA).in("doc2", 2).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void theSameGroupInDifferentCitiesIsNotOneIncident() {
            assertThat(rulesFiredOn(FIRST, SECOND, nairobiInFirst, place("Mombasa", CITY, "doc2"),
                    actor("al-shabaab", ARMED_GROUP).in("doc1", 2).build(),
                    actor("al-shabaab", ARMED_GROUP).in("doc2", 5).build()))
                    .doesNotContain(RULE);
        }
    }
}
