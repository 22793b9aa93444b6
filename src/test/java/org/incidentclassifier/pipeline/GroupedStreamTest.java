package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.verdict.IncidentIds;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictLines;
import org.incidentclassifier.verdict.VerdictWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouped JSON Lines stream: incidents are written as they close, before the end of the input, with the same
 * records as the grouped verdict cut into lines (incident ids too), and only the incidents of the last weeks are held.
 */
class GroupedStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Cities of the place lexicon, one incident each. */
    private static final int INCIDENTS = 120;

    @TempDir
    static Path dir;
    private static List<IngestOutcome> inputs;
    private static int reports;

    /**
     * A feed in date order: a hotel attack in a different city every two days; every fifth incident has a second
     * report the next day; every seventh day a council story that is no incident.
     */
    @BeforeAll
    static void writeTheFeed() throws IOException {
        List<String> cities = Files.readAllLines(Path.of("rules/lexicon/places.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).filter(f -> f.length >= 4 && f[2].equals("CITY") && !f[3].isEmpty())
                .map(f -> f[0]).limit(INCIDENTS).toList();
        assertThat(cities).hasSize(INCIDENTS);
        List<String> lines = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < INCIDENTS; i++) {
            String city = cities.get(i);
            lines.add(line("attack-" + i, day, "Gunmen stormed a hotel in " + city + " on Monday, killing " + (3 + i % 9)
                    + " guests, police said. The attackers fled before security forces arrived."));
            if (i % 5 == 0) {
                lines.add(line("follow-up-" + i, day.plusDays(1), "Survivors of the gun attack on a hotel in " + city
                        + " said " + (4 + i % 9) + " guests were killed when the gunmen opened fire in the lobby."));
            }
            if (i % 7 == 0) {
                lines.add(line("council-" + i, day.plusDays(1), "The council of " + city
                        + " approved a budget for two new parks and a library on Tuesday."));
            }
            day = day.plusDays(2);
        }
        Path feed = dir.resolve("feed.jsonl");
        Files.write(feed, lines, StandardCharsets.UTF_8);
        inputs = new Ingest().read(List.of(feed.toString()), null);
        reports = inputs.size();
    }

    private static String line(String id, LocalDate date, String text) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("date", date.toString()).put("text", text);
        return o.toString();
    }

    /** A record as a line, incident ids included: they come from the reports, not from the order of writing. */
    private static String canonical(Verdict record) {
        return new VerdictWriter(false).write(record);
    }

    @Test
    void incidentsAreWrittenAsTheyCloseWithTheRecordsOfTheWholeBatch() throws IOException {
        Pipeline pipeline = SharedPipeline.get();
        VerdictLines streamed = new VerdictLines();
        List<String> lines = new ArrayList<>();
        List<Integer> readWhenWritten = new ArrayList<>(); // for each incident record, inputs analysed by then
        int[] analysed = new int[1];
        int[] mostOpen = new int[1];
        GroupedStream[] stream = new GroupedStream[1];
        stream[0] = new GroupedStream(pipeline, 2, verdict -> {
            for (Verdict record : streamed.split(verdict)) {
                lines.add(canonical(record));
                if (!record.incidents().isEmpty()) {
                    readWhenWritten.add(analysed[0]);
                }
            }
            mostOpen[0] = Math.max(mostOpen[0], stream[0].openIncidents());
        }, () -> analysed[0]++);
        try (GroupedStream incidents = stream[0]) {
            for (IngestOutcome input : inputs) {
                incidents.accept(input);
            }
        }

        VerdictLines whole = new VerdictLines();
        List<String> expected = whole.split(pipeline.classify(inputs, false)).stream()
                .map(GroupedStreamTest::canonical).toList();
        assertThat(lines).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(canonical(streamed.summary())).isEqualTo(canonical(whole.summary()));
        assertThat(readWhenWritten).hasSize(INCIDENTS);
        // an incident closes once a report dated 30 days after its latest is read: before the last input is
        // analysed (dated day 238), those whose reports all lie before day 208, attacks 0 to 103
        assertThat(readWhenWritten.stream().filter(n -> n < reports)).hasSize(104);
        // held at most: the incidents of the last month of the feed (one every two days) and the one just read
        assertThat(mostOpen[0]).isEqualTo(17);
    }

    /**
     * An incident whose second report comes late closes after one that began later: the stream writes the later
     * one first, and both keep the ids the whole batch gives them (made from their reports, not their order).
     */
    @Test
    void anIncidentClosingLaterKeepsTheIdOfTheWholeBatch() throws IOException {
        Path feed = dir.resolve("late-follow-up.jsonl");
        LocalDate day = LocalDate.of(2024, 3, 1);
        Files.write(feed, List.of(
                line("abuja-1", day, "Gunmen stormed a hotel in Abuja on Friday, killing 5 guests, police said."),
                line("kano-1", day.plusDays(2), "Gunmen stormed a hotel in Kano on Sunday, killing 7 guests, police said."),
                line("abuja-2", day.plusDays(11), "Survivors of the gun attack on a hotel in Abuja said 6 guests were"
                        + " killed when the gunmen opened fire in the lobby."),
                line("council", day.plusDays(36), "The council of Lagos approved a budget for two new parks on Tuesday.")),
                StandardCharsets.UTF_8);
        List<IngestOutcome> late = new Ingest().read(List.of(feed.toString()), null);
        Pipeline pipeline = SharedPipeline.get();
        VerdictLines streamed = new VerdictLines();
        List<Verdict> records = new ArrayList<>();
        try (GroupedStream incidents = new GroupedStream(pipeline, 1, v -> records.addAll(streamed.split(v)), () -> { })) {
            for (IngestOutcome input : late) {
                incidents.accept(input);
            }
        }

        Verdict whole = pipeline.classify(late, false);
        assertThat(whole.incidents()).extracting(i -> i.id() + " " + i.documents()).containsExactly(
                IncidentIds.of(List.of("abuja-1", "abuja-2")) + " [abuja-1, abuja-2]",
                IncidentIds.of(List.of("kano-1")) + " [kano-1]");
        assertThat(records.stream().filter(r -> !r.incidents().isEmpty()).map(r -> r.incidents().get(0).id()))
                .containsExactly(IncidentIds.of(List.of("kano-1")), IncidentIds.of(List.of("abuja-1", "abuja-2")));
        assertThat(records.stream().map(GroupedStreamTest::canonical).toList())
                .containsExactlyInAnyOrderElementsOf(new VerdictLines().split(whole).stream()
                        .map(GroupedStreamTest::canonical).toList());
    }
}
