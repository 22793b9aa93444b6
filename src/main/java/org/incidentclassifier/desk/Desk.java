package org.incidentclassifier.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictWriter;

/**
 * The analyst's desk: the reports received so far, grouped into incidents and reasoned over, and what each
 * arrival or withdrawal changed. Each report is analysed alone once; on every change the desk regroups all its
 * live reports and reasons over each incident again (the simplest way that stays true: a report may join,
 * merge or leave any incident), then compares every incident before and after. An incident keeps the id it got
 * when its earliest report arrived ({@code incident-N}, N that report's arrival number), so ids survive
 * regrouping and restarts. Changes are committed to the {@link ReportStore} before they are made visible or
 * acknowledged. A new report is analysed alone outside the desk's lock (on the caller's pipeline, so several
 * arrive at once on several cores); grouping, reasoning and storing are one change at a time, under the lock.
 * Each committed outcome is handed to the listener ({@link #onChange}), in commit order.
 */
public final class Desk implements AutoCloseable {
    /**
     * The most live reports a desk holds: every change regroups them all and reasons over every incident
     * again, so the cost of one request grows with their number.
     */
    public static final int MAX_REPORTS = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Pipeline pipeline;
    private final ReportStore store;
    private volatile java.util.function.Consumer<Outcome> listener = outcome -> { };
    /** Ids and arrival numbers handed to reports being analysed, not yet committed. */
    private final Set<String> reserved = new HashSet<>();
    /** How many times the rules were replaced: a report analysed before a reload is analysed again. */
    private long reloads;
    private final VerdictWriter json = new VerdictWriter(false);
    private final Set<String> usedIds = new HashSet<>();
    /**
     * The live reports and their verdict, replaced as a whole (under the lock) by each change: readers of the board
     * and of an incident take it without the lock, so they never wait for a change being reasoned over.
     */
    private volatile Regrouped now;
    private long lastSeq;

    /** A report still on the desk, with its analysis alone. */
    private record LiveReport(DeskReport report, AnalysedDocument analysed) {}

    /** A report as a request gives it; {@code id} may be null. */
    public record ReportInput(String id, String text, String date, String source, String url) {}

    /** What a request changed: the report, its incident (or null) and each incident's change. */
    public record Outcome(String report, String incident, List<IncidentChange> changes) {}

    private Desk(Pipeline pipeline, ReportStore store) throws SQLException {
        this.pipeline = pipeline;
        this.store = store;
        List<LiveReport> kept = new ArrayList<>();
        for (DeskReport report : store.reports()) {
            usedIds.add(report.id());
            lastSeq = Math.max(lastSeq, report.seq());
            if (!report.withdrawn()) {
                AnalysedDocument analysed = analyseAlone(pipeline, report);
                if (analysed != null) {
                    kept.add(new LiveReport(report, analysed));
                }
            }
        }
        now = regroup(kept);
    }

    /** The desk over the reports in {@code storeFile} (in memory when null), their incidents rebuilt by {@code pipeline}. */
    public static Desk open(Pipeline pipeline, java.nio.file.Path storeFile) throws SQLException {
        ReportStore store = ReportStore.open(storeFile);
        try {
            return new Desk(pipeline, store);
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Who hears of each committed outcome (the server's event stream, the watch command's printer). */
    public void onChange(java.util.function.Consumer<Outcome> listener) {
        this.listener = listener;
    }

    /** Adds a report analysed on the desk's own pipeline; see {@link #add(ReportInput, Supplier)}. */
    public Outcome add(ReportInput input) throws SQLException {
        return add(input, null);
    }

    /**
     * Adds a report: analysed alone on the pipeline {@code analyser} gives (the calling thread's, or the desk's
     * own under the lock when null), then grouped, reasoned over and stored; says what changed. The count of
     * reloads is read before the pipeline is taken, so a report analysed under rules a reload has replaced is
     * always noticed at commit.
     */
    public Outcome add(ReportInput input, Supplier<Pipeline> analyser) throws SQLException {
        DeskReport report = reserve(input);
        long rulesSeen;
        synchronized (this) {
            rulesSeen = reloads;
        }
        try {
            AnalysedDocument analysed;
            if (analyser == null) {
                synchronized (this) {
                    analysed = analyseAlone(pipeline, report);
                }
            } else {
                analysed = analyseAlone(analyser.get(), report);
            }
            if (analysed == null) {
                throw new Problem.Rejection(Problem.of(422, "not-analysable", "Unprocessable report",
                        "the report could not be analysed (too many facts, or a rule failed on it)"));
            }
            return commit(report, analysed, rulesSeen);
        } finally {
            synchronized (this) {
                reserved.remove(report.id());
            }
        }
    }

    /** Checks the id and the limit, and holds an id and an arrival number for the report while it is analysed. */
    private synchronized DeskReport reserve(ReportInput input) {
        if (input.id() != null && (usedIds.contains(input.id()) || reserved.contains(input.id()))) {
            throw Problem.conflict("duplicate-report", "the desk already has (or had) a report with id \""
                    + input.id() + "\"; ids are never reused");
        }
        if (now.reports().size() >= MAX_REPORTS) {
            throw Problem.conflict("desk-full", "the desk holds " + MAX_REPORTS + " reports, its limit;"
                    + " withdraw some or start another desk");
        }
        long seq = ++lastSeq;
        String id = input.id() == null ? nextFreeId(seq) : input.id();
        reserved.add(id);
        return new DeskReport(seq, id, input.text(), input.date(), input.source(), input.url(), null, false);
    }

    /**
     * Groups the analysed report with the live ones, reasons, stores and publishes. Live reports stay in
     * arrival order, as a restart reads them back, so the grouping after a restart is the same. A report
     * analysed under rules that a reload has since replaced is analysed again under the desk's rules.
     */
    private synchronized Outcome commit(DeskReport report, AnalysedDocument analysed, long analysedUnder)
            throws SQLException {
        if (analysedUnder != reloads) {
            analysed = analyseAlone(pipeline, report);
            if (analysed == null) {
                throw new Problem.Rejection(Problem.of(422, "not-analysable", "Unprocessable report",
                        "the report could not be analysed under the reloaded rules"));
            }
        }
        if (now.reports().size() >= MAX_REPORTS) {
            throw Problem.conflict("desk-full", "the desk holds " + MAX_REPORTS + " reports, its limit;"
                    + " withdraw some or start another desk");
        }
        String id = report.id();
        List<LiveReport> next = new ArrayList<>(now.reports());
        int at = 0;
        while (at < next.size() && next.get(at).report().seq() < report.seq()) {
            at++;
        }
        next.add(at, new LiveReport(report, analysed));
        Regrouped after = regroup(next);
        DeskReport labelled = after.reports().get(at).report();
        List<IncidentChange> changes = IncidentDiff.all(id, "added", now.verdict(), after.verdict());
        store.add(labelled, changes, json::write);
        usedIds.add(id);
        now = after;
        Outcome outcome = new Outcome(id, incidentOf(id), changes);
        listener.accept(outcome);
        return outcome;
    }

    /** Withdraws a report: what rested on it goes; says what changed. */
    public synchronized Outcome withdraw(String id) throws SQLException {
        List<LiveReport> next = now.reports().stream().filter(r -> !r.report().id().equals(id)).toList();
        if (next.size() == now.reports().size()) {
            throw usedIds.contains(id)
                    ? new Problem.Rejection(Problem.of(410, "withdrawn-report", "Gone",
                            "the report \"" + id + "\" was already withdrawn"))
                    : Problem.notFound("unknown-report", "the desk has no report \"" + id + "\"");
        }
        String incident = incidentOf(id);
        Regrouped after = regroup(next);
        List<IncidentChange> changes = IncidentDiff.all(id, "withdrawn", now.verdict(), after.verdict());
        store.withdraw(id, changes, json::write);
        now = after;
        Outcome outcome = new Outcome(id, incident, changes);
        listener.accept(outcome);
        return outcome;
    }

    /**
     * Puts {@code rules} (a pipeline already loaded, so already validated) in place of the desk's rules: every
     * live report is analysed again under them and the incidents are rebuilt; what changed is recorded with
     * action "reloaded" and no report. Nothing changes when the new analysis fails.
     */
    public synchronized Outcome reload(Pipeline rules) throws SQLException {
        List<LiveReport> again = new ArrayList<>();
        for (LiveReport r : now.reports()) {
            AnalysedDocument analysed = analyseAlone(rules, r.report());
            if (analysed != null) {
                again.add(new LiveReport(r.report(), analysed));
            }
        }
        Pipeline before = pipeline;
        pipeline = rules;
        Regrouped after;
        List<IncidentChange> changes;
        try {
            after = regroup(again);
            changes = IncidentDiff.all(null, "reloaded", now.verdict(), after.verdict());
            store.record(changes, json::write);
        } catch (RuntimeException | SQLException e) {
            pipeline = before;
            throw e;
        }
        reloads++;
        now = after;
        Outcome outcome = new Outcome(null, null, changes);
        listener.accept(outcome);
        return outcome;
    }

    /** The digest of the rules the desk reasons with. */
    public String rulesDigest() {
        return now.verdict().provenance().rules().digest();
    }

    /** One line per incident, for a board: id, primary type, place, dates, reports and inconsistencies. */
    public List<Map<String, Object>> incidents() {
        List<Map<String, Object>> board = new ArrayList<>();
        for (Verdict.IncidentEntry incident : now.verdict().incidents()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", incident.id());
            line.put("primaryType", incident.types().isEmpty() ? null : incident.types().get(0).type());
            line.put("place", incident.location() == null ? null : incident.location().place());
            line.put("country", incident.location() == null ? null : incident.location().country());
            line.put("from", incident.date() == null ? null : incident.date().from());
            line.put("to", incident.date() == null ? null : incident.date().to());
            line.put("reports", incident.documents());
            line.put("inconsistencies", incident.inconsistencies().size());
            board.add(line);
        }
        return board;
    }

    /** The incident's current verdict entry, its documents and its reports' texts; 404 when there is none. */
    public Map<String, Object> incident(String id) {
        Regrouped seen = now;
        Verdict.IncidentEntry entry = seen.verdict().incidents().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("unknown-incident", "the desk has no open incident \"" + id + "\""));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("incident", entry);
        body.put("documents", seen.verdict().documents().stream().filter(d -> id.equals(d.incident())).toList());
        body.put("reports", seen.reports().stream().map(LiveReport::report).filter(r -> entry.documents().contains(r.id()))
                .map(r -> new ReportInput(r.id(), r.text(), r.date(), r.source(), r.url())).toList());
        return body;
    }

    /** Every recorded change of an incident, oldest first; 404 when the desk never had it. */
    public synchronized List<JsonNode> history(String id) throws SQLException {
        List<JsonNode> changes = new ArrayList<>();
        for (String change : store.history(id)) {
            try {
                changes.add(JSON.readTree(change));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("a stored change of " + id + " is not JSON: " + e.getOriginalMessage(), e);
            }
        }
        if (changes.isEmpty()) {
            throw Problem.notFound("unknown-incident", "the desk never had an incident \"" + id + "\"");
        }
        return changes;
    }

    private String incidentOf(String reportId) {
        return now.verdict().documents().stream().filter(d -> d.id().equals(reportId)).findFirst()
                .map(Verdict.DocumentEntry::incident).orElse(null);
    }

    private String nextFreeId(long seq) {
        String id = "report-" + seq;
        for (int n = 2; usedIds.contains(id); n++) {
            id = "report-" + seq + "-" + n;
        }
        return id;
    }

    /** The report alone through the pipeline, or null when it yields no analysis (an error record). */
    private static AnalysedDocument analyseAlone(Pipeline pipeline, DeskReport report) {
        InputDocument document = new Ingest().fromText(report.id(), report.text())
                .withReportInfo(report.date(), report.source(), report.url());
        Pipeline.Analysis alone = pipeline.analyse(List.of(document), true);
        return alone.documents().isEmpty() ? null : alone.documents().get(0);
    }

    /** The live reports (the last one's incident filled in) and their verdict, incidents under their desk ids. */
    private record Regrouped(List<LiveReport> reports, Verdict verdict) {}

    private Regrouped regroup(List<LiveReport> reports) {
        Pipeline.Analysis analysis = pipeline.regroup(reports.stream().map(LiveReport::analysed).toList());
        Verdict plain = pipeline.verdict(analysis);
        Map<String, LiveReport> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.report().id(), r));
        Map<String, String> deskIdOf = new HashMap<>(); // the verdict's incident id -> the desk's
        Map<String, String> labelOf = new HashMap<>(); // report id -> its incident, for reports that had none
        for (Verdict.IncidentEntry incident : plain.incidents()) {
            List<DeskReport> members = incident.documents().stream().map(byId::get)
                    .map(LiveReport::report).sorted(Comparator.comparingLong(DeskReport::seq)).toList();
            String label = members.stream().filter(m -> m.incident() != null).map(DeskReport::incident).findFirst()
                    .orElse("incident-" + members.get(0).seq());
            deskIdOf.put(incident.id(), label);
            members.stream().filter(m -> m.incident() == null).forEach(m -> labelOf.put(m.id(), label));
        }
        List<LiveReport> labelled = reports.stream().map(r -> labelOf.containsKey(r.report().id())
                ? new LiveReport(r.report().withIncident(labelOf.get(r.report().id())), r.analysed()) : r).toList();
        List<Verdict.IncidentEntry> incidents = plain.incidents().stream()
                .map(i -> i.withId(deskIdOf.get(i.id()))).toList();
        List<Verdict.DocumentEntry> documents = plain.documents().stream()
                .map(d -> d.incident() == null ? d : d.withIncident(deskIdOf.get(d.incident()))).toList();
        return new Regrouped(labelled, new Verdict(plain.schemaVersion(), plain.provenance(), documents, incidents,
                plain.rulesFired(), plain.errors()));
    }

    @Override
    public void close() throws SQLException {
        store.close();
    }
}
