package org.incidentclassifier.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictWriter;

/**
 * The analyst's desk: the reports received so far, grouped into incidents and reasoned over, and what each
 * arrival or withdrawal changed. Each report is analysed alone once, when it arrives; on every change the desk
 * groups its live reports again and brings each incident's long-lived rule session up to date: the incident the
 * report joined or left is updated by truth maintenance (its facts inserted or deleted), the others are untouched,
 * and a session is rebuilt only when the grouping changed structurally (see {@link DeskReasoning} and
 * {@link IncidentSessions}). Every incident is compared before and after. Changes are committed to the
 * {@link ReportStore} before they are made visible or acknowledged. A new report is analysed alone outside the
 * desk's lock (on the caller's pipeline, so several arrive at once on several cores); grouping, reasoning and
 * storing are one change at a time, under the lock. Each committed outcome is handed to the listener
 * ({@link #onChange}), in commit order.
 *
 * <p>One concern, kept whole on purpose: the desk is the one place where a change is ordered (the lock), stored,
 * published and acknowledged, and those steps share the lock and the current {@code Snapshot}. The work beside it
 * is already its own: reasoning in {@link DeskReasoning}, storage in {@link ReportStore}, events in
 * {@code DeskEvents}, HTTP in {@code DeskServer}; what remains here (about 300 lines) is the sequence of a change
 * and thin read views over the snapshot, which a split would only scatter.
 */
public final class Desk implements AutoCloseable {
    /**
     * The most live reports a desk holds: every change groups them all again (the grouping rules compare report
     * signatures), and each open incident keeps a rule session, so memory and the cost of a change grow with them.
     */
    public static final int MAX_REPORTS = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeskReasoning reasoning;
    private final ReportStore store;
    private volatile java.util.function.Consumer<Outcome> listener = outcome -> { };
    private final ReportIds ids = new ReportIds();
    /** How many times the rules were replaced: a report analysed before a reload is analysed again. */
    private long reloads;
    private final VerdictWriter json = new VerdictWriter(false);
    /**
     * The live reports and their verdict, replaced as a whole (under the lock) by each change: readers of the board
     * and of an incident take it without the lock, so they never wait for a change being reasoned over.
     */
    private volatile Snapshot now;

    /** A report as a request gives it; {@code id} may be null. */
    public record ReportInput(String id, String text, String date, String source, String url) {}

    /** What a request changed: the report, its incident (or null) and each incident's change. */
    public record Outcome(String report, String incident, List<IncidentChange> changes) {}

    private Desk(Pipeline pipeline, ReportStore store) throws SQLException {
        this.reasoning = new DeskReasoning(pipeline);
        this.store = store;
        List<LiveReport> kept = new ArrayList<>();
        for (DeskReport report : store.reports()) {
            ids.taken(report);
            if (!report.withdrawn()) {
                AnalysedDocument analysed = LiveReport.analyse(pipeline, report);
                if (analysed != null) {
                    kept.add(new LiveReport(report, analysed));
                }
            }
        }
        now = reasoning.reason(kept, null);
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
                    analysed = LiveReport.analyse(reasoning.pipeline(), report);
                }
            } else {
                analysed = LiveReport.analyse(analyser.get(), report);
            }
            if (analysed == null) {
                throw new Problem.Rejection(Problem.of(422, "not-analysable", "Unprocessable report",
                        "the report could not be analysed (too many facts, or a rule failed on it)"));
            }
            return commit(report, analysed, rulesSeen);
        } finally {
            synchronized (this) {
                ids.release(report.id());
            }
        }
    }

    /** Checks the id and the limit, and holds an id and an arrival number for the report while it is analysed. */
    private synchronized DeskReport reserve(ReportInput input) {
        checkRoom();
        return ids.reserve(input);
    }

    private void checkRoom() {
        if (now.reports().size() >= MAX_REPORTS) {
            throw Problem.conflict("desk-full", "the desk holds " + MAX_REPORTS + " reports, its limit;"
                    + " withdraw some or start another desk");
        }
    }

    /**
     * Groups the analysed report with the live ones, reasons, stores and publishes. Live reports stay in
     * arrival order, as a restart reads them back, so the grouping after a restart is the same. A report
     * analysed under rules that a reload has since replaced is analysed again under the desk's rules.
     */
    private synchronized Outcome commit(DeskReport report, AnalysedDocument analysed, long analysedUnder)
            throws SQLException {
        if (analysedUnder != reloads) {
            analysed = LiveReport.analyse(reasoning.pipeline(), report);
            if (analysed == null) {
                throw new Problem.Rejection(Problem.of(422, "not-analysable", "Unprocessable report",
                        "the report could not be analysed under the reloaded rules"));
            }
        }
        checkRoom();
        String id = report.id();
        List<LiveReport> next = new ArrayList<>(now.reports());
        int at = 0;
        while (at < next.size() && next.get(at).report().seq() < report.seq()) {
            at++;
        }
        next.add(at, new LiveReport(report, analysed));
        int place = at;
        return apply(next, id, "added", (after, changes) -> {
            store.add(after.reports().get(place).report(), changes, json::write);
            ids.commit(id);
            return new Outcome(id, after.incidentOf(id), changes);
        });
    }

    /** Withdraws a report: its facts leave its incident's session, and what rested on them goes; says what changed. */
    public synchronized Outcome withdraw(String id) throws SQLException {
        if (!now.has(id)) {
            throw ids.everUsed(id)
                    ? new Problem.Rejection(Problem.of(410, "withdrawn-report", "Gone",
                            "the report \"" + id + "\" was already withdrawn"))
                    : Problem.notFound("unknown-report", "the desk has no report \"" + id + "\"");
        }
        String incident = now.incidentOf(id);
        return apply(now.reports().stream().filter(r -> !r.id().equals(id)).toList(), id, "withdrawn",
                (after, changes) -> {
                    store.withdraw(id, changes, json::write);
                    return new Outcome(id, incident, changes);
                });
    }

    /**
     * Puts {@code rules} (a pipeline already loaded, so already validated) in place of the desk's rules: every
     * live report is analysed again under them and every incident's session is rebuilt from the new rule base;
     * what changed is recorded with action "reloaded" and no report. Nothing changes when the new analysis fails.
     */
    public synchronized Outcome reload(Pipeline rules) throws SQLException {
        List<LiveReport> again = new ArrayList<>();
        for (LiveReport r : now.reports()) {
            AnalysedDocument analysed = LiveReport.analyse(rules, r.report());
            if (analysed != null) {
                again.add(new LiveReport(r.report(), analysed));
            }
        }
        Pipeline before = reasoning.pipeline();
        reasoning.replaceRules(rules);
        Snapshot after;
        List<IncidentChange> changes;
        try {
            after = reasoning.reason(again, null);
            changes = IncidentDiff.all(null, "reloaded", now.verdict(), after.verdict());
            store.record(changes, json::write);
        } catch (RuntimeException | SQLException e) {
            reasoning.replaceRules(before);
            throw e;
        }
        reloads++;
        return publish(after, new Outcome(null, null, changes));
    }

    /** Writes a change to the store and says what it was. */
    @FunctionalInterface
    private interface Commit {
        Outcome write(Snapshot after, List<IncidentChange> changes) throws SQLException;
    }

    /**
     * Reasons over {@code reports} after {@code changed} came or went, compares, commits and publishes. Until the
     * commit the desk is as it was: when anything fails before it, the sessions the change touched are dropped and
     * rebuilt from their reports at the next change.
     */
    private Outcome apply(List<LiveReport> reports, String changed, String action, Commit commit) throws SQLException {
        Snapshot after;
        Outcome outcome;
        try {
            after = reasoning.reason(reports, changed);
            outcome = commit.write(after, IncidentDiff.all(changed, action, now.verdict(), after.verdict()));
        } catch (SQLException | RuntimeException e) {
            reasoning.forgetChange();
            throw e;
        }
        return publish(after, outcome);
    }

    private Outcome publish(Snapshot after, Outcome outcome) {
        now = after;
        listener.accept(outcome);
        return outcome;
    }

    /** The digest of the rules the desk reasons with. */
    public String rulesDigest() {
        return now.verdict().provenance().rules().digest();
    }

    /** One line per incident, for a board: id, primary type, place, dates, reports and inconsistencies. */
    public List<Map<String, Object>> incidents() {
        return now.board();
    }

    /** The incident's current verdict entry, its documents and its reports' texts; 404 when there is none. */
    public Map<String, Object> incident(String id) {
        return now.incident(id);
    }

    /**
     * The desk's state for monitoring: live reports, open incidents, and how the incidents' sessions were kept up
     * to date (sessions open, opened, incremental updates, rebuilds).
     */
    public synchronized Map<String, Object> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("reports", now.reports().size());
        health.put("incidents", now.verdict().incidents().size());
        health.put("sessions", reasoning.sessions().counts());
        return health;
    }

    /** Every report the desk ever received (withdrawn ones too), in arrival order. */
    public synchronized List<DeskReport> reports() throws SQLException {
        return store.reports();
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

    /** The sessions of the desk's incidents, for tests that check how a change was reasoned over. */
    IncidentSessions sessions() {
        return reasoning.sessions();
    }

    @Override
    public synchronized void close() throws SQLException {
        reasoning.close();
        store.close();
    }
}
