package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;

import java.util.List;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.IncidentSignature;
import org.incidentclassifier.facts.SameIncident;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/incidents/grouping.drl: which reports are about one incident, from their signatures. */
class GroupingRulesTest {

    /** A signature: document, country, sites, places, facilities, types (primary first), date, actors. */
    private static IncidentSignature signature(String doc, String country, List<String> sites, List<String> places,
                                               List<String> facilities, List<String> types, String date,
                                               List<String> actors, boolean joining) {
        return new IncidentSignature(doc, country, sites, places, facilities, types, date, actors, joining, List.of());
    }

    private static IncidentSignature grouped(String doc, List<String> sites, List<String> places, List<String> facilities,
                                             List<String> types, String date) {
        return signature(doc, "KE", sites, places, facilities, types, date, List.of(), false);
    }

    private static IncidentSignature joining(String doc, List<String> sites, List<String> places, List<String> facilities,
                                             List<String> types, String date) {
        return signature(doc, "KE", sites, places, facilities, types, date, List.of(), true);
    }

    private static List<SameIncident> joins(String rule, Object... facts) {
        return concludedBy(rule, facts).stream().map(Derivation::conclusion).map(SameIncident.class::cast).toList();
    }

    @Nested
    class SameSite {
        private static final String RULE = "same-incident-same-site";

        @Test
        void reportsNamingTheSameSiteAreAboutOneIncident() {
            List<SameIncident> joined = joins(RULE,
                    grouped("doc1", List.of("Lakeview mall"), List.of(), List.of(), List.of("ARMED_ASSAULT"), null),
                    joining("doc2", List.of("Lakeview mall"), List.of(), List.of(), List.of("HOSTAGE_TAKING_BARRICADE"), null));

            assertThat(joined).extracting(SameIncident::getDocument, SameIncident::getOtherDocument)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("doc1", "doc2"));
        }

        @Test
        void reportsDatedWeeksApartAreTwoIncidentsEvenAtOneSite() {
            assertThat(rulesFiredOn(
                    grouped("doc1", List.of("Lakeview mall"), List.of(), List.of(), List.of(), "2031-03-01"),
                    joining("doc2", List.of("Lakeview mall"), List.of(), List.of(), List.of(), "2031-05-01")))
                    .doesNotContain(RULE);
        }

        @Test
        void twoReportsAlreadyGroupedAreNotJoinedAgain() {
            assertThat(rulesFiredOn(
                    grouped("doc1", List.of("Lakeview mall"), List.of(), List.of(), List.of(), null),
                    grouped("doc2", List.of("Lakeview mall"), List.of(), List.of(), List.of(), null)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class SamePlaceAndFacility {
        private static final String RULE = "same-incident-same-place-and-facility";

        @Test
        void theSamePlaceAndTheSameKindOfFacilityAreOneIncident() {
            assertThat(rulesFiredOn(
                    grouped("doc1", List.of(), List.of("Port Elnor"), List.of("HOTEL"), List.of("ARMED_ASSAULT"), null),
                    joining("doc2", List.of(), List.of("Port Elnor"), List.of("HOTEL", "BEACH"), List.of("ARMED_ASSAULT"), null)))
                    .contains(RULE);
        }

        @Test
        void theSamePlaceWithOtherFacilitiesIsNotEnough() {
            assertThat(rulesFiredOn(
                    grouped("doc1", List.of(), List.of("Port Elnor"), List.of("HOTEL"), List.of("ARMED_ASSAULT"), null),
                    joining("doc2", List.of(), List.of("Port Elnor"), List.of("SCHOOL"), List.of("BOMBING_EXPLOSION"), null)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class SamePlaceTypeAndWeek {
        private static final String RULE = "same-incident-same-place-type-and-week";

        @Test
        void theSameTypeAtTheSamePlaceWithinAWeekIsOneIncident() {
            assertThat(rulesFiredOn(
                    grouped("doc1", List.of(), List.of("Port Elnor"), List.of("RESTAURANT"), List.of("BOMBING_EXPLOSION"), "2031-03-01"),
                    joining("doc2", List.of(), List.of("Port Elnor"), List.of("AIRPORT"), List.of("BOMBING_EXPLOSION"), "2031-03-06")))
                    .contains(RULE);
        }

        @Test
        void undatedReportsNeedMoreThanPlaceAndType() {
            assertThat(rulesFiredOn(
                    grouped("doc1", List.of(), List.of("Port Elnor"), List.of("RESTAURANT"), List.of("BOMBING_EXPLOSION"), null),
                    joining("doc2", List.of(), List.of("Port Elnor"), List.of("AIRPORT"), List.of("BOMBING_EXPLOSION"), null)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class SamePlaceAndActor {
        private static final String RULE = "same-incident-same-place-and-actor";

        @Test
        void theSamePlaceAndTheSameCompanyAreOneIncident() {
            assertThat(rulesFiredOn(
                    signature("doc1", "KE", List.of(), List.of("Port Elnor"), List.of(), List.of("HOSTAGE_TAKING_BARRICADE"),
                            null, List.of("marlow-engineering"), false),
                    signature("doc2", "JP", List.of(), List.of("Port Elnor"), List.of("BUS"), List.of("HOSTAGE_TAKING_BARRICADE"),
                            null, List.of("marlow-engineering"), true)))
                    .contains(RULE);
        }

        @Test
        void theSameCompanyElsewhereIsAnotherIncident() {
            assertThat(rulesFiredOn(
                    signature("doc1", "KE", List.of(), List.of("Port Elnor"), List.of(), List.of(), null,
                            List.of("marlow-engineering"), false),
                    signature("doc2", "KE", List.of(), List.of("Vallis"), List.of(), List.of(), null,
                            List.of("marlow-engineering"), true)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class SameCountryFacilityAndType {
        private static final String RULE = "same-incident-same-country-facility-and-type";

        @Test
        void theSameAttackOnTheSameKindOfFacilityInOneCountryIsOneIncident() {
            assertThat(rulesFiredOn(
                    signature("doc1", "LK", List.of(), List.of("Harbourtown"), List.of("PLACE_OF_WORSHIP", "HOTEL"),
                            List.of("BOMBING_EXPLOSION"), null, List.of(), false),
                    signature("doc2", "LK", List.of(), List.of(), List.of("PLACE_OF_WORSHIP"),
                            List.of("ARMED_ASSAULT", "BOMBING_EXPLOSION"), null, List.of(), true)))
                    .contains(RULE);
        }

        @Test
        void twoTownsOfOneCountryAreTwoIncidents() {
            // two school kidnappings in one country, years apart, neither report dated
            assertThat(rulesFiredOn(
                    signature("doc1", "NG", List.of(), List.of("Amaka"), List.of("SCHOOL"),
                            List.of("HOSTAGE_TAKING_KIDNAPPING"), null, List.of(), false),
                    signature("doc2", "NG", List.of(), List.of("Bodiri"), List.of("SCHOOL"),
                            List.of("HOSTAGE_TAKING_KIDNAPPING"), null, List.of(), true)))
                    .doesNotContain(RULE);
        }

        @Test
        void anotherCountryIsAnotherIncident() {
            assertThat(rulesFiredOn(
                    signature("doc1", "LK", List.of(), List.of(), List.of("HOTEL"), List.of("BOMBING_EXPLOSION"), null,
                            List.of(), false),
                    signature("doc2", "US", List.of(), List.of(), List.of("HOTEL"), List.of("BOMBING_EXPLOSION"), null,
                            List.of(), true)))
                    .doesNotContain(RULE);
        }
    }

    /** A signature with what it names anywhere: every city and site, every kind of facility. */
    private static IncidentSignature naming(String doc, String country, List<String> places, List<String> types,
                                            List<String> named, List<String> facilityKinds, boolean joining) {
        return new IncidentSignature(doc, country, List.of(), places, List.of(), types, null, List.of(), joining,
                List.of(), named, facilityKinds);
    }

    @Nested
    class NamesItsPlace {
        private static final String RULE = "same-incident-names-its-place";

        @Test
        void aFollowUpFiledFromTheCapitalThatNamesTheSiteTownJoinsWeakly() {
            List<SameIncident> joined = joins(RULE,
                    naming("doc1", "DZ", List.of("Tamrit"), List.of("HOSTAGE_TAKING_BARRICADE"), List.of("Tamrit"),
                            List.of("GAS_FACILITY"), false),
                    naming("doc2", "DZ", List.of(), List.of("HOSTAGE_TAKING_BARRICADE"), List.of("Capital City", "Tamrit"),
                            List.of(), true));

            assertThat(joined).extracting(SameIncident::getDocument, SameIncident::getOtherDocument, SameIncident::isWeak)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("doc1", "doc2", true));
        }

        @Test
        void aReportNamingTheTownOfAnotherKindOfIncidentStaysApart() {
            // a train hijacking report that mentions the city of a mosque bombing in passing
            assertThat(rulesFiredOn(
                    naming("doc1", "PK", List.of("Dalbar"), List.of("BOMBING_EXPLOSION"), List.of("Dalbar"), List.of(),
                            false),
                    naming("doc2", "PK", List.of(), List.of("HIJACKING"), List.of("Dalbar"), List.of(), true)))
                    .doesNotContain(RULE);
        }

        @Test
        void aReportWithAPlaceOfItsOwnIsNotJoinedByAPlaceItNamesInPassing() {
            assertThat(rulesFiredOn(
                    naming("doc1", "DZ", List.of("Tamrit"), List.of("ARMED_ASSAULT"), List.of("Tamrit"), List.of(), false),
                    naming("doc2", "DZ", List.of("Oran"), List.of("ARMED_ASSAULT"), List.of("Oran", "Tamrit"), List.of(),
                            true)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class SameTargetKinds {
        private static final String RULE = "same-incident-same-target-kinds";

        @Test
        void bombingsOfChurchesAndHotelsInTwoTownsOfOneCountryAreOneIncident() {
            List<SameIncident> joined = joins(RULE,
                    naming("doc1", "LK", List.of("Harbourtown"), List.of("BOMBING_EXPLOSION"), List.of("Harbourtown"),
                            List.of("PLACE_OF_WORSHIP", "HOTEL"), false),
                    naming("doc2", "LK", List.of("Lagoon Bay"), List.of("BOMBING_EXPLOSION"), List.of("Lagoon Bay"),
                            List.of("HOTEL", "PLACE_OF_WORSHIP", "HOSPITAL"), true));

            assertThat(joined).extracting(SameIncident::isWeak).containsExactly(true);
        }

        @Test
        void oneKindOfTargetInCommonIsNotEnough() {
            assertThat(rulesFiredOn(
                    naming("doc1", "LK", List.of("Harbourtown"), List.of("BOMBING_EXPLOSION"), List.of("Harbourtown"),
                            List.of("PLACE_OF_WORSHIP", "MARKET"), false),
                    naming("doc2", "LK", List.of("Lagoon Bay"), List.of("BOMBING_EXPLOSION"), List.of("Lagoon Bay"),
                            List.of("HOTEL", "PLACE_OF_WORSHIP"), true)))
                    .doesNotContain(RULE);
        }
    }
}
