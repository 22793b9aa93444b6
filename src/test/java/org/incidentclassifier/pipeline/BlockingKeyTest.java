package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.facility;
import static org.incidentclassifier.engine.FactBuilder.place;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.Reasoner;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BlockingKey: which country a report is keyed under, and that reports of different keys are never joined. */
class BlockingKeyTest {
    private static Reasoner reasoner;

    @BeforeAll
    static void compileRules() throws Exception {
        reasoner = new Reasoner(RuleBase.compile(RuleFiles.fromDirectory(Path.of("rules"))));
    }

    /** A hotel attack report (facts reduced to what grouping reads) naming these places. */
    private static AnalysedDocument report(String id, PlaceMention... places) {
        DocumentFacts empty = DocumentFacts.empty(new Document(id, id + ".txt", null));
        DocumentFacts facts = new DocumentFacts(empty.document(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Arrays.asList(places), List.of(facility("HOTEL", id, 0)), List.of(), List.of(),
                List.of(), List.of());
        Reasoning reasoning = new Reasoning(List.of(new Derivation(new Classification(IncidentType.ARMED_ASSAULT,
                0.8), "test", List.of())), List.of(), Map.of());
        return new AnalysedDocument(new Ingest().fromText(id, "report " + id), facts, reasoning);
    }

    @Test
    void keysTable() {
        record Row(String why, AnalysedDocument report, String key) {}
        List<Row> rows = List.of(
                new Row("the country its places lie in",
                        report("a", place("Port Elnor", PlaceKind.CITY, "KE", "a", 0)), "country:KE"),
                new Row("places in no known country",
                        report("b", place("Vell Harbour", PlaceKind.CITY, null, "b", 0)), "no-country"),
                new Row("no place at all", report("c"), "no-country"),
                new Row("most places in one country, one named country holding none of them: the majority",
                        report("d", place("Tarsa", PlaceKind.COUNTRY, "TA", "d", 0),
                                place("Port Elnor", PlaceKind.CITY, "KE", "d", 0),
                                place("Port Elnor", PlaceKind.CITY, "KE", "d", 4)), "country:KE"),
                // filed from the victims' home: its cities outweigh the country of the site the lead names
                new Row("the lead names the country of a city the report is about: that country",
                        report("e", place("Osterland", PlaceKind.COUNTRY, "OS", "e", 0),
                                place("Brenna", PlaceKind.CITY, "HM", "e", 0),
                                place("Dunmarsh", PlaceKind.CITY, "OS", "e", 1),
                                place("Kelby", PlaceKind.CITY, "HM", "e", 1),
                                place("Kelby", PlaceKind.CITY, "HM", "e", 5),
                                place("Brenna", PlaceKind.CITY, "HM", "e", 8)), "country:OS"),
                new Row("near miss: the country is named only after the lead",
                        report("f", place("Osterland", PlaceKind.COUNTRY, "OS", "f", 4),
                                place("Brenna", PlaceKind.CITY, "HM", "f", 0),
                                place("Dunmarsh", PlaceKind.CITY, "OS", "f", 1),
                                place("Kelby", PlaceKind.CITY, "HM", "f", 1),
                                place("Brenna", PlaceKind.CITY, "HM", "f", 8)), "country:HM"),
                new Row("near miss: the lead names a country but the city there is mentioned once, in passing",
                        report("g", place("Osterland", PlaceKind.COUNTRY, "OS", "g", 0),
                                place("Brenna", PlaceKind.CITY, "HM", "g", 0),
                                place("Dunmarsh", PlaceKind.CITY, "OS", "g", 6),
                                place("Brenna", PlaceKind.CITY, "HM", "g", 8)), "country:HM"));
        for (Row row : rows) {
            assertThat(BlockingKey.of(row.report()).toString()).as(row.why()).isEqualTo(row.key());
        }
    }

    @Test
    void aBlankCountryIsNoCountry() {
        assertThat(new BlockingKey(null)).isEqualTo(new BlockingKey(" ")).isEqualTo(new BlockingKey("-"));
        assertThat(new BlockingKey(null).noCountry()).isTrue();
        assertThat(new BlockingKey("KE").noCountry()).isFalse();
    }

    private static List<List<String>> groups(AnalysedDocument... reports) {
        Partitions.Grouped grouped = Partitions.group(List.of(reports), false, new ArrayList<Verdict.ErrorEntry>(),
                facts -> reasoner.reason(facts));
        return grouped.groups().stream().map(g -> g.group().documents().stream().map(d -> d.input().id()).toList())
                .toList();
    }

    @Test
    void reportsOfOneCityNameInTwoCountriesAreNeverJoined() {
        // the same city name and facility would join them (same-incident-same-place-and-facility) were they compared
        List<List<String>> groups = groups(
                report("k1", place("San Veron", PlaceKind.CITY, "AR", "k1", 0)),
                report("k2", place("San Veron", PlaceKind.CITY, "UY", "k2", 0)),
                report("k3", place("San Veron", PlaceKind.CITY, "AR", "k3", 0)));

        assertThat(groups).containsExactly(List.of("k1", "k3"), List.of("k2"));
    }

    @Test
    void incidentsOfSeveralPartitionsKeepTheInputOrderOfTheirFirstReports() {
        List<List<String>> groups = groups(
                report("p1", place("Norvik", PlaceKind.CITY, "NO", "p1", 0)),
                report("p2", place("Vell Harbour", PlaceKind.CITY, null, "p2", 0)),
                report("p3", place("Tessaly", PlaceKind.CITY, "GR", "p3", 0)),
                report("p4", place("Norvik", PlaceKind.CITY, "NO", "p4", 0)),
                report("p5", place("Vell Harbour", PlaceKind.CITY, null, "p5", 0)));

        assertThat(groups).containsExactly(List.of("p1", "p4"), List.of("p2", "p5"), List.of("p3"));
    }
}
