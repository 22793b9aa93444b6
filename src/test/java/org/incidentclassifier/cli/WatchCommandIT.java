package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code incident watch DIR --format jsonl} as a user runs it: the packaged jar watches a directory, a seed written
 * there opens an incident, the second seed contests the affiliation, and a termination signal (what Ctrl-C sends,
 * SIGINT, runs the same shutdown hook) stops it cleanly.
 */
class WatchCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static void drain(java.io.InputStream stream, BlockingQueue<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    private static String next(BlockingQueue<String> lines, Predicate<String> wanted, String what) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (String line; (line = lines.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
            if (wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("no " + what + " within 120 s");
    }

    private static String seed(String prefix) throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow());
        }
    }

    @Test
    void seedsWrittenToTheDirectoryPrintTheirChangesAsJsonLinesAndASignalStopsTheWatchCleanly() throws Exception {
        Path watched = Files.createDirectories(dir.resolve("in"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarRun.JAR.toString(), "watch", "--format", "jsonl", "--interval", "200", "--rules",
                Path.of("rules").toAbsolutePath().toString(), watched.toString()).directory(dir.toFile())
                // standard error to a file: what a process writes to a pipe just before it exits can be lost to a
                // reader thread blocked on the pipe when the JDK closes it on exit
                .redirectError(dir.resolve("err.txt").toFile()).start();
        BlockingQueue<String> out = new LinkedBlockingQueue<>();
        drain(process.getInputStream(), out);
        try {
            for (int i = 0; i < 1200 && !Files.readString(dir.resolve("err.txt")).startsWith("incident: watching "); i++) {
                Thread.sleep(100);
            }
            assertThat(Files.readAllLines(dir.resolve("err.txt"))).containsExactly("incident: watching " + watched
                    + " (Ctrl-C stops)");
            Files.writeString(watched.resolve("seed-000.txt"), seed("000_"));
            JsonNode opened = JSON.readTree(next(out, l -> true, "change line"));
            assertThat(opened.get("incident").asText()).isEqualTo("incident-1");
            assertThat(opened.get("report").asText()).isEqualTo("seed-000");
            assertThat(opened.get("state").asText()).isEqualTo("opened");
            assertThat(opened.get("inconsistencies").get("new").findValuesAsText("kind")).contains("ARITHMETIC");

            Files.writeString(watched.resolve("seed-002.txt"), seed("002_"));
            JsonNode contested = JSON.readTree(next(out, l -> true, "change line"));
            assertThat(contested.get("report").asText()).isEqualTo("seed-002");
            assertThat(contested.get("state").asText()).isEqualTo("updated");
            assertThat(contested.get("affiliations").get("new").findValuesAsText("status")).contains("CONTESTED");
            assertThat(contested.get("affiliations").get("withdrawn").findValuesAsText("status"))
                    .isEqualTo(List.of("ASSERTED"));
        } finally {
            process.destroy(); // SIGTERM
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(dir.resolve("err.txt"))).containsExactly("incident: watching " + watched
                + " (Ctrl-C stops)", "incident: stopped watching " + watched);
        assertThat(process.exitValue()).isEqualTo(143); // 128 + SIGTERM, as the JVM exits on a signal
        assertThat(out).isEmpty();
    }
}
