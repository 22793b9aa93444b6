package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch never loses a document: a few hundred inputs under distinct names, one in twenty of them corrupt in
 * the ways real feeds are (empty, binary, over the size limit, one endless line, absurd numbers, invisible
 * characters, a bad JSON Lines record), each get a verdict entry or an error record, grouped and separate.
 * The 10,000-document run is the benchmark's (docs/performance.md).
 */
class BatchAccountingTest {

    @TempDir
    static Path batch;
    private static final List<String> expectedPaths = new ArrayList<>();
    private static final Set<String> corrupt = new HashSet<>();

    @BeforeAll
    static void writeTheBatch() throws IOException {
        List<Path> reports;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("seeds")), Files.list(Path.of("src/test/resources/corpus/unseen")))) {
            reports = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < 110; i++) {
            Path copy = batch.resolve(String.format("r%03d.txt", i));
            Files.copy(reports.get(i % reports.size()), copy);
        }
        corrupt("c01-empty.txt", new byte[0]);
        corrupt("c02-binary.txt", new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8, 0});
        corrupt("c03-too-large.txt", "Gunmen fired. ".repeat(200_000).getBytes(StandardCharsets.UTF_8));
        corrupt("c04-endless-line.txt", "word ".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        corrupt("c05-absurd-numbers.txt", ("99999999999 hostages were held and 2147483648 were freed; more than"
                + " 2147483647 died, between 40 and 10 escaped, fewer than 0 were hurt.").getBytes(StandardCharsets.UTF_8));
        corrupt("c06-invisible.txt", "Gun\u200Bmen kid\u00ADnapped \uFEFFfour \u001B[31mengineers\u001B[0m.".getBytes(StandardCharsets.UTF_8));
        corrupt("c07-repeats.txt", "1 hostages were killed, ".repeat(20_000).getBytes(StandardCharsets.UTF_8));
        corrupt("c08-only-spaces.txt", " \n\t \n".getBytes(StandardCharsets.UTF_8));
        corrupt("c09-latin1.txt", "Rebels burned a depot \u00e0 c\u00f4t\u00e9 de la gare.".getBytes(StandardCharsets.ISO_8859_1));
        corrupt("c10-digits.txt", "0".repeat(5000).getBytes(StandardCharsets.UTF_8));
        Files.list(batch).sorted().forEach(f -> expectedPaths.add(batch.relativize(f).toString()));
    }

    private static void corrupt(String name, byte[] bytes) throws IOException {
        Files.write(batch.resolve(name), bytes);
        corrupt.add(name);
    }

    @Test
    void separateReportsEachGetAVerdictOrAnErrorRecord() {
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(batch.toString()), null), true);

        assertThat(accounted(verdict)).containsExactlyInAnyOrderElementsOf(expectedPaths);
        assertThat(verdict.errors()).extracting(e -> name(e.path()) + " " + e.problem()).containsExactlyInAnyOrder(
                "c01-empty.txt EMPTY", "c02-binary.txt BINARY", "c03-too-large.txt TOO_LARGE",
                "c07-repeats.txt TOO_MANY_FACTS", "c08-only-spaces.txt EMPTY");
    }

    @Test
    void groupedReportsEachGetAVerdictOrAnErrorRecord() {
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(batch.toString()), null), false);

        assertThat(accounted(verdict)).containsExactlyInAnyOrderElementsOf(expectedPaths);
        assertThat(verdict.errors()).extracting(e -> name(e.path()) + " " + e.problem()).containsExactlyInAnyOrder(
                "c01-empty.txt EMPTY", "c02-binary.txt BINARY", "c03-too-large.txt TOO_LARGE",
                "c07-repeats.txt TOO_MANY_FACTS", "c08-only-spaces.txt EMPTY");
    }

    @Test
    void groupedReportsOnTwoWorkersGiveTheSameVerdictAsOnOne() {
        List<org.incidentclassifier.ingest.IngestOutcome> inputs = new Ingest().read(List.of(batch.toString(), "seeds"), null);
        int[] done = new int[1];

        Verdict one = SharedPipeline.get().classify(inputs, false);
        Verdict two = SharedPipeline.get().classify(inputs::forEach, false, 2, () -> done[0]++);

        assertThat(done[0]).isEqualTo(inputs.size());
        assertThat(new org.incidentclassifier.verdict.VerdictWriter(false).write(two))
                .isEqualTo(new org.incidentclassifier.verdict.VerdictWriter(false).write(one));
    }

    private static List<String> accounted(Verdict verdict) {
        List<String> paths = new ArrayList<>();
        verdict.documents().forEach(d -> paths.add(name(d.path())));
        verdict.errors().forEach(e -> paths.add(name(e.path())));
        return paths;
    }

    private static String name(String path) {
        return Path.of(path).getFileName().toString();
    }
}
