package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The desk under load, over real HTTP on 127.0.0.1: dev-corpus reports (cycled) posted by concurrent clients while
 * another client reads the board. Every report is accounted for (answered 201 and found on the desk), and the
 * board answers throughout. CI runs 40 reports with 4 clients; the run is
 * {@code mvn -o test -Dtest=DeskLoadTest -Ddesk.load.reports=200 -Ddesk.load.clients=8} (figures in
 * docs/performance.md). The figures are written to target/desk-load.txt.
 */
class DeskLoadTest {
    static final int REPORTS = Integer.getInteger("desk.load.reports", 40);
    static final int CLIENTS = Integer.getInteger("desk.load.clients", 4);
    /** The whole run's bound: past it the test fails rather than hangs. */
    static final int SECONDS = Integer.getInteger("desk.load.seconds", 1_200);
    static final Path CORPUS = Path.of("../shared/corpus/dev");

    @Test
    void reportsPostedConcurrentlyAreAllAccountedForAndTheBoardAnswersMeanwhile() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "skipped: the dev corpus ../shared/corpus/dev is absent");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        assumeTrue(!texts.isEmpty(), "skipped: no report in " + CORPUS);
        Map<String, Integer> status = new ConcurrentHashMap<>();
        Map<String, String> incidentOf = new ConcurrentHashMap<>();
        List<Long> postMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> boardMillis = Collections.synchronizedList(new ArrayList<>());
        List<Integer> boardStatus = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean posting = new AtomicBoolean(true);
        long start;
        long wall;
        try (DeskClient desk = new DeskClient(null, CLIENTS + 2)) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
            start = System.nanoTime();
            clients.submit(() -> {
                while (posting.get()) {
                    long t = System.nanoTime();
                    DeskClient.Answer board = desk.get("/incidents");
                    boardMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
                    boardStatus.add(board.status());
                    Thread.sleep(250);
                }
                return null;
            });
            List<java.util.concurrent.Future<Object>> posters = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                posters.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < REPORTS; i = next.getAndIncrement()) {
                        String id = "load-" + i;
                        long t = System.nanoTime();
                        DeskClient.Answer answer = desk.postReport(id, texts.get(i % texts.size()));
                        postMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
                        status.put(id, answer.status());
                        if (answer.status() == 201 && !answer.body().get("incident").isNull()) {
                            incidentOf.put(id, answer.body().get("incident").asText());
                        }
                    }
                    return null;
                }));
            }
            for (var poster : posters) {
                poster.get(SECONDS, TimeUnit.SECONDS);
            }
            wall = System.nanoTime() - start;
            posting.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));

            // every report answered 201, and each one the desk put in an incident is on the board in it
            Map<Integer, Integer> byStatus = new TreeMap<>();
            status.values().forEach(s -> byStatus.merge(s, 1, Integer::sum));
            assertEquals(Map.of(201, REPORTS), byStatus);
            Set<String> onBoard = new HashSet<>();
            for (JsonNode line : desk.get("/incidents").body().get("incidents")) {
                for (JsonNode report : line.get("reports")) {
                    onBoard.add(report.asText());
                }
            }
            // a later report may merge two incidents, so only the presence of each report is checked
            assertTrue(onBoard.containsAll(incidentOf.keySet()), "reports missing from the board");
            int incidents = desk.get("/incidents").body().get("incidents").size();

            assertTrue(boardStatus.size() >= 3, "the board was read " + boardStatus.size() + " times");
            assertEquals(Set.of(200), new HashSet<>(boardStatus), "the board answered " + boardStatus);
            String figures = figures(wall, incidents, onBoard.size(), postMillis, boardMillis);
            System.out.println(figures);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "desk-load.txt"), figures);
            assertTrue(percentile(boardMillis, 100) < 5_000, figures);
        }
    }

    private static String figures(long wallNanos, int incidents, int inIncidents, List<Long> post, List<Long> board) {
        double seconds = wallNanos / 1e9;
        return String.format(Locale.ROOT, "%d reports, %d clients: %.1f s, %.2f reports/s; POST /reports p50 %d ms,"
                        + " p95 %d ms, max %d ms; GET /incidents during the load (%d reads) p50 %d ms, max %d ms;"
                        + " %d incidents holding %d reports%n", REPORTS, CLIENTS, seconds, REPORTS / seconds,
                percentile(post, 50), percentile(post, 95), percentile(post, 100), board.size(), percentile(board, 50),
                percentile(board, 100), incidents, inIncidents);
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
