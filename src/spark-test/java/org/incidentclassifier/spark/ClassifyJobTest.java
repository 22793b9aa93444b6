package org.incidentclassifier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.drools.base.util.Drools;
import org.incidentclassifier.cli.ExitCodes;
import org.incidentclassifier.engine.CompiledModule;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.verdict.IncidentIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on reports written for this test, in local[2]: the records of the CLI's {@code --format jsonl}, placed
 * by date; a bad line is an error record; stopping problems are one line and the CLI's exit code.
 */
class ClassifyJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = JobRuns.localSpark();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Three reports of our own, a blank line and a line whose text is no string. */
    private Path reports() throws IOException {
        Path file = dir.resolve("wire.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"harbour-raid\", \"date\": \"2024-03-05\", \"source\": \"Test Wire\", \"text\": \"Gunmen seized"
                        + " 12 hostages at a harbour office in Mombasa, Kenya, on Tuesday. Police said three of the hostages"
                        + " were killed.\"}",
                "",
                "{\"id\": \"broken\", \"text\": 5}",
                "{\"id\": \"market-blast\", \"text\": \"A bomb exploded in a crowded market in Peshawar, Pakistan, killing"
                        + " at least 20 people, officials said.\"}",
                "{\"id\": \"forecast\", \"text\": \"Heavy rain is expected across the region this weekend, forecasters"
                        + " said.\"}") + "\n");
        return file;
    }

    @Test
    void separateReportsGiveTheCliRecordsPlacedByDate() throws IOException {
        Path input = reports();
        Path out = dir.resolve("out");

        JobRuns.Run job = JobRuns.job(spark, "--separate", "--csv", "gtd", "--csv", "acled", "--rules", "rules", "-o",
                out.toString(), input.toString());
        JobRuns.Run cli = JobRuns.cli("classify", "--format", "jsonl", "--separate", "--rules", "rules", input.toString());

        Map<String, List<String>> output = JobRuns.output(out);
        assertThat(job.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED).isEqualTo(cli.exitCode());
        assertThat(job.err()).isEqualTo("incident-spark: 2 incidents, 1 reports in no incident, 1 error records written to "
                + out + "\n");
        assertThat(JobRuns.sortedLines(output)).isEqualTo(cli.outLines().stream().sorted().toList());
        assertThat(output.keySet()).containsExactly("_summary.jsonl", "date=2024-03-05", "date=unknown");
        assertThat(output.get("date=2024-03-05")).extracting(l -> field(l, "/documents/0/id") + " " + field(l, "/incidents/0/id"))
                .containsExactly("harbour-raid " + IncidentIds.of(List.of("harbour-raid")));
        assertThat(output.get("date=unknown")).extracting(l -> field(l, "/documents/0/id") + " " + field(l, "/incidents/0/id")
                        + " " + field(l, "/errors/0/path") + " " + field(l, "/errors/0/problem"))
                .containsExactlyInAnyOrder("market-blast " + IncidentIds.of(List.of("market-blast")) + "  ", "forecast   ",
                        "  " + input + ":3 BAD_RECORD");
        for (String table : List.of("csv-gtd", "csv-acled")) {
            List<String> rows = JobRuns.cli("classify", "--format", table, "--separate", "--rules", "rules", input.toString())
                    .outLines();
            assertThat(Files.readAllLines(out.resolve(table).resolve(CsvTables.HEADER))).containsExactly(rows.get(0));
            assertThat(JobRuns.sortedLines(JobRuns.output(out.resolve(table))))
                    .hasSize(2).isEqualTo(rows.subList(1, rows.size()).stream().sorted().toList());
        }
    }

    @Test
    void groupedReportsGiveTheCliRecords() throws IOException {
        Path input = reports();
        Path out = dir.resolve("out");

        JobRuns.Run job = JobRuns.job(spark, "--rules", "rules", "-o", out.toString(), input.toString());
        JobRuns.Run cli = JobRuns.cli("classify", "--format", "jsonl", "--rules", "rules", input.toString());

        assertThat(job.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED).isEqualTo(cli.exitCode());
        assertThat(JobRuns.sortedLines(JobRuns.output(out))).isEqualTo(cli.outLines().stream().sorted().toList());
    }

    @Test
    void anExistingOutputIsRefusedBeforeAnythingRuns() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));

        JobRuns.Run job = JobRuns.job(spark, "--separate", "-o", out.toString(), reports().toString());

        assertThat(job.exitCode()).isEqualTo(ExitCodes.OUTPUT_FAILED);
        assertThat(job.err()).isEqualTo("incident-spark: " + out + ": the output exists already; name a new directory\n");
    }

    @Test
    void aMissingInputIsOneLineAndNothingClassified() {
        Path missing = dir.resolve("missing.jsonl");

        JobRuns.Run job = JobRuns.job(spark, "--separate", "-o", dir.resolve("out").toString(), missing.toString());

        assertThat(job.exitCode()).isEqualTo(ExitCodes.NOTHING_CLASSIFIED);
        assertThat(job.err()).startsWith("incident-spark: no input: [PATH_NOT_FOUND] Path does not exist: file:" + missing)
                .hasLineCount(1);
    }

    @Test
    void noOutputIsAUsageError() throws IOException {
        JobRuns.Run job = JobRuns.job(spark, reports().toString());

        assertThat(job.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(job.err()).startsWith("Missing required option: '--output=OUT'\n");
    }

    @Test
    void executorsRefuseAModuleCompiledFromOtherRules() throws Exception {
        ShippedRules rules = ShippedRules.compile(RuleFiles.fromDirectory(Path.of("rules")));
        String fake = "0123456789ab".repeat(5) + "cdef";
        ShippedRules other = new ShippedRules(rules.origin(), rules.files(),
                new CompiledModule(fake, rules.module().build(), rules.module().kjar()));

        String message = refusal(other);

        assertThat(message).isEqualTo("incident-spark: an executor cannot use the rules the driver compiled: the compiled"
                + " rules do not match the rules in rules: compiled from DRL files with digest 0123456789ab, these have "
                + rules.module().rulesKey().substring(0, 12) + "; compile them again from the same rules\n");
    }

    @Test
    void executorsRefuseAModuleCompiledByAnotherBuild() throws Exception {
        ShippedRules rules = ShippedRules.compile(RuleFiles.fromDirectory(Path.of("rules")));
        ShippedRules other = new ShippedRules(rules.origin(), rules.files(), new CompiledModule(rules.module().rulesKey(),
                "incident-classifier 0.0.9, Drools 9.44.0.Final", rules.module().kjar()));

        String message = refusal(other);

        assertThat(message).isEqualTo("incident-spark: an executor cannot use the rules the driver compiled: the compiled"
                + " rules were made by another build (incident-classifier 0.0.9, Drools 9.44.0.Final), this one is"
                + " incident-classifier development build, Drools " + Drools.getFullVersion()
                + "; run the same jar on the driver and the executors\n");
    }

    /** Runs the plan with rules the executors must refuse; returns what the driver says. */
    private String refusal(ShippedRules rules) throws IOException {
        StringWriter err = new StringWriter();
        int code;
        try {
            JobPlan.run(spark, List.of(reports().toString()), dir.resolve("out").toString(), true, rules);
            code = ExitCodes.OK;
        } catch (Exception e) {
            code = JobFailures.report(e, new PrintWriter(err, true));
        }
        assertThat(code).isEqualTo(ExitCodes.RULES_INVALID);
        return err.toString();
    }

    private static String field(String line, String pointer) {
        try {
            JsonNode node = JSON.readTree(line).at(pointer);
            return node.isMissingNode() ? "" : node.asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
