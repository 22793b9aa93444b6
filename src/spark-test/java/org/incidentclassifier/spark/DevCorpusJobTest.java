package org.incidentclassifier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.incidentclassifier.pipeline.DevCorpus;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictLines;
import org.incidentclassifier.verdict.VerdictWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] on the 76 reports of the shared dev corpus, as JSON Lines, gives exactly the records of
 * {@code incident classify --format jsonl} on the same file with {@code --separate}, and grouped those of the CLI's
 * grouped verdict cut into records (the CLI's grouped stream up to incident numbers). The file is read in 64 KB
 * blocks by several tasks, so line numbers and incident numbers cross task boundaries.
 */
class DevCorpusJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    static Path dir;

    private static Path input;

    @BeforeAll
    static void start() throws IOException {
        Path reports = DevCorpus.reports();
        input = dir.resolve("dev.jsonl");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                ObjectNode record = JSON.createObjectNode();
                String name = file.getFileName().toString();
                record.put("id", name.substring(0, name.length() - ".txt".length()));
                record.put("text", new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                lines.add(JSON.writeValueAsString(record));
            }
        }
        Files.write(input, lines);
        spark = JobRuns.localSpark();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void separateReportsGiveExactlyTheCliRecords() throws IOException {
        assertSameAsCli(dir.resolve("separate"), List.of("--separate"));
    }

    /**
     * Grouped, the CLI's JSON Lines stream writes each incident when it closes, the job from whichever task reasoned
     * over it; an incident's id comes from its reports, so the job's records are exactly the CLI's grouped verdict
     * cut into records and exactly the CLI's stream, ids included.
     */
    @Test
    void groupedReportsGiveExactlyTheCliVerdictCutIntoRecordsAndGtdRows() throws IOException {
        Path out = dir.resolve("grouped");
        JobRuns.Run job = JobRuns.job(spark, "--csv", "gtd", "--rules", "rules", "-o", out.toString(), input.toString());
        JobRuns.Run verdict = JobRuns.cli("classify", "--rules", "rules", input.toString());
        JobRuns.Run stream = JobRuns.cli("classify", "--format", "jsonl", "--rules", "rules", input.toString());

        Map<String, List<String>> output = JobRuns.output(out);
        assertThat(job.exitCode()).isEqualTo(verdict.exitCode()).isEqualTo(stream.exitCode());
        assertThat(output.values().stream().flatMap(List::stream).mapToInt(l -> documents(l)).sum()).isEqualTo(76);
        assertThat(JobRuns.sortedLines(output)).isEqualTo(cutIntoRecords(verdict.out()).stream().sorted().toList());
        assertThat(JobRuns.sortedLines(output)).isEqualTo(stream.outLines().stream().sorted().toList());

        List<String> rows = JobRuns.cli("classify", "--format", "csv-gtd", "--rules", "rules", input.toString()).outLines();
        Path table = out.resolve("csv-gtd");
        assertThat(Files.readAllLines(table.resolve(CsvTables.HEADER))).containsExactly(rows.get(0));
        assertThat(JobRuns.sortedLines(JobRuns.output(table))).isEqualTo(rows.subList(1, rows.size()).stream().sorted().toList());
    }

    /** The CLI's one grouped verdict as JSON Lines records, as VerdictLines cuts it (the summary last). */
    private static List<String> cutIntoRecords(String verdictJson) throws IOException {
        VerdictLines lines = new VerdictLines();
        VerdictWriter writer = new VerdictWriter(false);
        List<String> records = new ArrayList<>(lines.split(JSON.readValue(verdictJson, Verdict.class)).stream()
                .map(writer::write).toList());
        records.add(writer.write(lines.summary()));
        return records;
    }

    /** The job with {@code mode} and {@code more} options, the CLI with {@code mode}: the same records. */
    private static void assertSameAsCli(Path out, List<String> mode, String... more) throws IOException {
        List<String> jobArgs = new ArrayList<>(mode);
        jobArgs.addAll(List.of(more));
        jobArgs.addAll(List.of("--rules", "rules", "-o", out.toString(), input.toString()));
        List<String> cliArgs = new ArrayList<>(List.of("classify", "--format", "jsonl", "--rules", "rules"));
        cliArgs.addAll(mode);
        cliArgs.add(input.toString());

        JobRuns.Run job = JobRuns.job(spark, jobArgs.toArray(String[]::new));
        JobRuns.Run cli = JobRuns.cli(cliArgs.toArray(String[]::new));

        Map<String, List<String>> output = JobRuns.output(out);
        assertThat(job.exitCode()).isEqualTo(cli.exitCode());
        assertThat(Files.readAllLines(input)).hasSize(76);
        assertThat(output.values().stream().flatMap(List::stream).mapToInt(l -> documents(l)).sum()).isEqualTo(76);
        assertThat(JobRuns.sortedLines(output)).isEqualTo(cli.outLines().stream().sorted().toList());
    }

    private static int documents(String line) {
        try {
            return JSON.readTree(line).get("documents").size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
