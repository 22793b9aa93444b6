package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.Reasoner;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Facility;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IncidentGrouping with the shipped grouping rules: bounded cost, no chaining, reprints follow their original. */
class IncidentGroupingTest {
    private static Reasoner reasoner;

    @BeforeAll
    static void compileRules() throws Exception {
        reasoner = new Reasoner(RuleBase.compile(RuleFiles.fromDirectory(Path.of("rules"))));
    }

    /** A report of an incident (its facts reduced to what grouping reads): a city, a facility, a type, a date. */
    private static AnalysedDocument report(String id, String city, String facility, IncidentType type, String date) {
        Evidence at = new Evidence(id, 0, 0, city.length(), city);
        DocumentFacts facts = new DocumentFacts(new Document(id, id + ".txt", date), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(new PlaceMention(id, city, city, PlaceKind.CITY, "KE", at)),
                List.of(new Facility(id, facility, "BUSINESS", at)), List.of(), List.of(), List.of(), List.of());
        Reasoning reasoning = new Reasoning(List.of(new Derivation(new Classification(type, 0.8), "test", List.of())),
                List.of(), Map.of());
        return new AnalysedDocument(new Ingest().fromText(id, id + " " + city + " " + facility), facts, reasoning);
    }

    private static List<IncidentGrouping.Group> group(List<AnalysedDocument> reports, Map<String, String> reprints) {
        return new IncidentGrouping(facts -> reasoner.reason(facts)).group(reports, reprints, false,
                new ArrayList<Verdict.ErrorEntry>());
    }

    @Test
    void sixHundredReportsOfOneIncidentAreGroupedInBoundedTime() {
        List<AnalysedDocument> reports = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            reports.add(report("r" + i, "Port Elnor", "HOTEL", IncidentType.ARMED_ASSAULT, null));
        }

        List<IncidentGrouping.Group> groups = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> group(reports, Map.of()));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).documents()).hasSize(600);
    }

    @Test
    void sixHundredReportsOfSixHundredPlacesStayApartInBoundedTime() {
        List<AnalysedDocument> reports = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            reports.add(report("r" + i, "Town " + i, "HOTEL", IncidentType.ARMED_ASSAULT, null));
        }

        List<IncidentGrouping.Group> groups = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> group(reports, Map.of()));

        assertThat(groups).hasSize(600);
    }

    @Test
    void aWeakLinkDoesNotChainReportsDatedWeeksApart() {
        // the middle report is undated: it could join either, but the two dated reports are months apart
        List<IncidentGrouping.Group> groups = group(List.of(
                report("march", "Port Elnor", "HOTEL", IncidentType.ARMED_ASSAULT, "2031-03-01"),
                report("june", "Port Elnor", "HOTEL", IncidentType.ARMED_ASSAULT, "2031-06-01"),
                report("undated", "Port Elnor", "HOTEL", IncidentType.ARMED_ASSAULT, null)), Map.of());

        assertThat(groups).hasSize(2);
    }

    @Test
    void aReprintFollowsTheReportItCopies() {
        List<IncidentGrouping.Group> groups = group(List.of(
                report("wire", "Port Elnor", "HOTEL", IncidentType.ARMED_ASSAULT, null),
                report("copy", "Elsewhere", "SCHOOL", IncidentType.BOMBING_EXPLOSION, null)), Map.of("copy", "wire"));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).documents()).extracting(d -> d.input().id()).containsExactly("wire", "copy");
    }

    /** A report about no place of its own that names these cities once each, late in the text. */
    private static AnalysedDocument placeless(String id, IncidentType type, String... cities) {
        List<PlaceMention> places = new ArrayList<>();
        for (String city : cities) {
            places.add(new PlaceMention(id, city, city, PlaceKind.CITY, "KE", new Evidence(id, 6, 0, city.length(), city)));
        }
        DocumentFacts facts = new DocumentFacts(new Document(id, id + ".txt", null), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), places, List.of(), List.of(), List.of(), List.of(), List.of());
        Reasoning reasoning = new Reasoning(List.of(new Derivation(new Classification(type, 0.8), "test", List.of())),
                List.of(), Map.of());
        return new AnalysedDocument(new Ingest().fromText(id, id + " " + String.join(" ", cities)), facts, reasoning);
    }

    @Test
    void aReportJoinedOnlyWeaklyJoinsOneIncidentAndMergesNone() {
        // the follow-up names both towns in passing: it may join one incident, never bridge the two
        List<IncidentGrouping.Group> groups = group(List.of(
                report("north", "Port Elnor", "HOTEL", IncidentType.ARMED_ASSAULT, null),
                report("south", "Lake Amaru", "SCHOOL", IncidentType.ARMED_ASSAULT, null),
                placeless("follow-up", IncidentType.ARMED_ASSAULT, "Port Elnor", "Lake Amaru")), Map.of());

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).documents()).extracting(d -> d.input().id()).containsExactly("north", "follow-up");
        assertThat(groups.get(1).documents()).extracting(d -> d.input().id()).containsExactly("south");
    }
}
