package org.incidentclassifier.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentclassifier.facts.IncidentSignature;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.AnalysedIncident;
import org.incidentclassifier.verdict.Verdict;

/**
 * Grouped classification as a stream, as {@code classify --format jsonl} writes it: each report is analysed alone
 * on the workers as it is read; a report in which the rules find no incident, and an input that fails, is handed on
 * at once; a report of an incident joins a group of its {@link BlockingKey}'s partition, and each incident is
 * reasoned over and handed on when it <b>closes</b>, after which nothing of its reports is kept.
 *
 * <p>When an incident closes: at the end of the input, or as soon as a report dated more than {@link #CLOSE_DAYS}
 * days after the incident's latest report has been read (in any partition), if every report of the incident is
 * dated. Grouping never joins reports dated more than {@link IncidentSignature#MAX_DAYS_APART} days apart, so for
 * input in date order, up to {@code CLOSE_DAYS - MAX_DAYS_APART} days late, no later report could have joined a
 * closed incident, and the incidents are those of {@link Pipeline#analyse} on the whole batch. The trade-off: a
 * report that comes later than that (dated before a closed incident's window, or undated: an undated report may
 * join any incident) joins only the incidents still open. Memory holds the open incidents: for a feed in date
 * order, those of the last {@code CLOSE_DAYS} days; incidents with an undated report stay open to the end of the
 * input, so a batch of undated reports is held whole, as the single JSON verdict holds it.
 *
 * <p>Records come in a deterministic order, whatever the number of workers: inputs in input order, each incident
 * when it closes (incidents closing together in the input order of their first reports). Not thread-safe: one
 * producer calls {@link #accept} and then {@link #close}.
 */
public final class GroupedStream implements AutoCloseable {
    /** Days between an incident's latest report and a report read after it that close the incident. */
    public static final int CLOSE_DAYS = 30;

    /** Where verdicts go: each one document, one incident with its documents, or error records. */
    @FunctionalInterface
    public interface Sink {
        void accept(Verdict verdict) throws IOException;
    }

    /** The groups of one partition still open, and the reprints of its open reports. */
    private static final class Partition {
        final IncidentGrouping grouping;
        final Reprints reprints = new Reprints();
        final Map<String, String> reprintOf = new LinkedHashMap<>();

        Partition(IncidentGrouping grouping) {
            this.grouping = grouping;
        }
    }

    private final Pipeline pipeline;
    private final Sink sink;
    private final Runnable reportDone;
    private final PipelineWorkers<IngestOutcome, ReportOutcome> workers;
    private final Map<BlockingKey, Partition> partitions = new TreeMap<>();
    private final Map<AnalysedDocument, Long> position = new IdentityHashMap<>();
    private final Map<String, Integer> groupingFired = new TreeMap<>();
    private long read;
    private LocalDate latestRead;

    /**
     * @param pipeline the caller's pipeline (incidents are reasoned over with it, on the calling thread)
     * @param workers threads that analyse reports alone
     * @param reportDone runs after each input is analysed alone, for progress
     */
    public GroupedStream(Pipeline pipeline, int workers, Sink sink, Runnable reportDone) {
        this.pipeline = pipeline;
        this.sink = sink;
        this.reportDone = reportDone;
        this.workers = new PipelineWorkers<>(pipeline, workers, ReportOutcome::analyse, ReportOutcome::crashed,
                this::analysed);
    }

    /** Queues one input; hands on what is done when too many are in flight. */
    public void accept(IngestOutcome input) throws IOException {
        workers.accept(input);
    }

    /** Analyses the inputs still in flight, then closes and hands on every incident still open. */
    @Override
    public void close() throws IOException {
        workers.close();
        List<IncidentGrouping.Cluster> open = new ArrayList<>();
        partitions.values().forEach(p -> open.addAll(p.grouping.open()));
        write(open);
        partitions.clear();
    }

    /** One input analysed alone, in input order. */
    private void analysed(ReportOutcome outcome) throws IOException {
        reportDone.run();
        if (outcome.error().isPresent()) {
            sink.accept(pipeline.verdict(new Pipeline.Analysis(List.of(), List.of(), Map.of(),
                    List.of(outcome.error().get()))));
            return;
        }
        AnalysedDocument d = outcome.document().orElseThrow();
        LocalDate date = date(d);
        if (!IncidentGrouping.describesIncident(d)) {
            sink.accept(pipeline.verdict(new Pipeline.Analysis(List.of(d), List.of(), Map.of(), List.of())));
        } else {
            group(d);
        }
        if (date != null && (latestRead == null || date.isAfter(latestRead))) {
            latestRead = date;
            closeBefore(latestRead.minusDays(CLOSE_DAYS));
        }
    }

    private void group(AnalysedDocument d) throws IOException {
        position.put(d, read++);
        Partition partition = partitions.computeIfAbsent(BlockingKey.of(d),
                k -> new Partition(new IncidentGrouping(pipeline::reason)));
        String original = partition.reprints.originalOf(d.input());
        if (original != null) {
            partition.reprintOf.put(d.input().id(), original);
        }
        List<Verdict.ErrorEntry> errors = new ArrayList<>();
        partition.grouping.add(d, original, errors);
        partition.grouping.rulesFired().forEach((rule, n) -> groupingFired.merge(rule, n, Integer::sum));
        partition.grouping.rulesFired().clear();
        if (!errors.isEmpty()) {
            sink.accept(pipeline.verdict(new Pipeline.Analysis(List.of(), List.of(), Map.of(), errors)));
        }
    }

    /** Closes the incidents whose reports are all dated before {@code day}. */
    private void closeBefore(LocalDate day) throws IOException {
        List<IncidentGrouping.Cluster> closing = new ArrayList<>();
        for (Partition p : partitions.values()) {
            for (IncidentGrouping.Cluster c : p.grouping.open()) {
                if (c.documents().stream().allMatch(d -> {
                    LocalDate date = date(d);
                    return date != null && date.isBefore(day);
                })) {
                    closing.add(c);
                }
            }
        }
        write(closing);
        partitions.values().removeIf(p -> p.grouping.open().isEmpty());
    }

    /** Reasons over each incident, hands it on, and forgets its reports; in input order of first reports. */
    private void write(List<IncidentGrouping.Cluster> closing) throws IOException {
        closing.sort(Comparator.comparingLong(c -> first(c)));
        for (IncidentGrouping.Cluster c : closing) {
            Partition partition = partitionOf(c);
            List<AnalysedDocument> inOrder = new ArrayList<>(c.documents());
            inOrder.sort(Comparator.comparingLong(position::get));
            IncidentGrouping.Group group = c.group(inOrder);
            IncidentOutcome outcome = reasonTogether(group, partition.reprintOf);
            List<AnalysedIncident> incidents = outcome.incident().map(List::of).orElse(List.of());
            Map<String, Integer> fired = new TreeMap<>(groupingFired);
            groupingFired.clear();
            sink.accept(pipeline.verdict(new Pipeline.Analysis(inOrder, incidents, fired, outcome.errors())));
            partition.grouping.close(c);
            for (AnalysedDocument d : inOrder) {
                partition.reprints.forget(d.input());
                partition.reprintOf.remove(d.input().id());
                position.remove(d);
            }
        }
    }

    private IncidentOutcome reasonTogether(IncidentGrouping.Group group, Map<String, String> reprintOf) {
        try {
            return IncidentOutcome.reason(pipeline, group, reprintOf);
        } catch (RuntimeException | StackOverflowError e) {
            return IncidentOutcome.crashed(group, e);
        }
    }

    private Partition partitionOf(IncidentGrouping.Cluster c) {
        for (Partition p : partitions.values()) {
            if (p.grouping.open().contains(c)) {
                return p;
            }
        }
        throw new IllegalStateException("an incident closed twice");
    }

    private long first(IncidentGrouping.Cluster c) {
        return c.documents().stream().mapToLong(position::get).min().orElse(Long.MAX_VALUE);
    }

    private static LocalDate date(AnalysedDocument d) {
        String date = d.facts().document().date();
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** For tests: how many incidents are open (their reports held). */
    int openIncidents() {
        return partitions.values().stream().mapToInt(p -> p.grouping.open().size()).sum();
    }
}
