package org.incidentclassifier.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.incidentclassifier.cli.IncidentCommand;
import picocli.CommandLine;

/** Runs the CLI in this JVM and the job on the test's local Spark, and reads what they wrote. */
final class JobRuns {
    private JobRuns() {
    }

    /** One Spark session for a test class: local[2], no UI, two shuffle partitions, small input blocks. */
    static SparkSession localSpark() {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("incident-classifier-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                // blocks of 64 KB: a file of the dev corpus is read by several tasks, so lines are numbered across blocks
                .config("spark.sql.files.maxPartitionBytes", "65536")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }

    /** What a command printed and its exit code. */
    record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    /** {@code incident ARGS} in this JVM, as Main runs it. */
    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new IncidentCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The job with {@code ARGS} on the given session. */
    static Run job(SparkSession spark, String... args) {
        StringWriter err = new StringWriter();
        int code = ClassifyJob.run(() -> spark, new PrintWriter(err, true), args);
        return new Run(code, "", err.toString());
    }

    /**
     * Every record the job wrote in {@code dir}, by date partition ({@code date=X} directories), the summary under its
     * file name; the CSV tables in their own directories are left out.
     */
    static Map<String, List<String>> output(Path dir) throws IOException {
        Map<String, List<String>> byPartition = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir).filter(f -> !dir.relativize(f).toString().startsWith("csv-"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("part-")) {
                    String partition = file.getParent().getFileName().toString();
                    byPartition.computeIfAbsent(partition, p -> new ArrayList<>()).addAll(Files.readAllLines(file));
                } else if (name.equals(JobPlan.SUMMARY)) {
                    byPartition.put(name, Files.readAllLines(file));
                }
            }
        }
        return byPartition;
    }

    /** Every line the job wrote, in one sorted list. */
    static List<String> sortedLines(Map<String, List<String>> output) {
        return output.values().stream().flatMap(List::stream).sorted().toList();
    }
}
