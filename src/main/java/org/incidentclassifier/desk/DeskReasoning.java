package org.incidentclassifier.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.pipeline.ReportGroups;
import org.incidentclassifier.verdict.AnalysedIncident;
import org.incidentclassifier.verdict.IncidentIds;
import org.incidentclassifier.verdict.Verdict;

/**
 * The desk's reasoning over its live reports after a change. The reports are grouped as {@code incident classify}
 * groups them (the grouping rules compare the reports' signatures, which is cheap); each incident is then reasoned
 * over in its own long-lived session ({@link IncidentSessions}), incrementally for the incident the changed report
 * joined or left, not at all for the others. The verdict is assembled from the sessions' conclusions as the batch
 * assembles it, so an incident's verdict is the batch's for the same reports.
 *
 * <p>An incident keeps the id it got when its earliest report arrived ({@code incident-N}, N that report's
 * arrival number), so ids survive regrouping and restarts; when a withdrawal splits an incident, the part with the
 * earliest report keeps the id and the other part takes the id of its own earliest report.
 */
final class DeskReasoning implements AutoCloseable {
    private Pipeline pipeline;
    private final IncidentSessions sessions = new IncidentSessions();

    DeskReasoning(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /**
     * The snapshot of {@code reports} (in arrival order) after {@code changed} (the report added or withdrawn, or
     * null) came or went: the reports without an incident labelled with the one they joined, and the verdict.
     */
    Snapshot reason(List<LiveReport> reports, String changed) {
        ReportGroups.Grouping grouping = ReportGroups.of(pipeline, reports.stream().map(LiveReport::analysed).toList());
        Map<String, LiveReport> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        List<String> ids = incidentIds(grouping.groups(), byId);
        IncidentSessions.Reasoned reasoned = sessions.reason(pipeline, grouping.groups(), ids, changed);
        List<AnalysedIncident> incidents = new ArrayList<>();
        Map<String, String> deskIdOf = new HashMap<>(); // the verdict's incident id -> the desk's
        Map<String, String> labelOf = new HashMap<>(); // report id -> its incident, for reports that had none
        for (int i = 0; i < ids.size(); i++) {
            AnalysedIncident incident = reasoned.incidents().get(i);
            if (incident == null) {
                continue;
            }
            incidents.add(incident);
            deskIdOf.put(IncidentIds.of(
                    incident.documents().stream().map(d -> d.input().id()).toList()), ids.get(i));
            for (var d : incident.documents()) {
                if (byId.get(d.input().id()).report().incident() == null) {
                    labelOf.put(d.input().id(), ids.get(i));
                }
            }
        }
        List<Verdict.ErrorEntry> errors = new ArrayList<>(grouping.errors());
        errors.addAll(reasoned.errors());
        Verdict plain = pipeline.verdict(new Pipeline.Analysis(reports.stream().map(LiveReport::analysed).toList(),
                incidents, grouping.rulesFired(), errors));
        List<LiveReport> labelled = reports.stream().map(r -> labelOf.containsKey(r.id())
                ? new LiveReport(r.report().withIncident(labelOf.get(r.id())), r.analysed()) : r).toList();
        return new Snapshot(labelled, new Verdict(plain.schemaVersion(), plain.provenance(),
                plain.documents().stream().map(d -> d.incident() == null ? d : d.withIncident(deskIdOf.get(d.incident())))
                        .toList(),
                plain.incidents().stream().map(i -> i.withId(deskIdOf.get(i.id()))).toList(),
                plain.rulesFired(), plain.errors()));
    }

    /**
     * Each group's desk id: the id its earliest labelled report carries (the incident it opened or joined), unless an
     * earlier group took it already (a split), else {@code incident-N} of its earliest report.
     */
    private static List<String> incidentIds(List<ReportGroups.Group> groups, Map<String, LiveReport> byId) {
        Set<String> taken = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (ReportGroups.Group group : groups) {
            List<DeskReport> members = group.documents().stream().map(d -> byId.get(d.input().id()).report())
                    .sorted(Comparator.comparingLong(DeskReport::seq)).toList();
            String id = members.stream().map(DeskReport::incident).filter(l -> l != null && !taken.contains(l))
                    .findFirst().orElseGet(() -> fresh(members, taken));
            taken.add(id);
            ids.add(id);
        }
        return ids;
    }

    private static String fresh(List<DeskReport> members, Set<String> taken) {
        for (DeskReport m : members) {
            if (!taken.contains("incident-" + m.seq())) {
                return "incident-" + m.seq();
            }
        }
        String base = "incident-" + members.get(0).seq();
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    /** The change just reasoned over was not committed: the sessions it touched are rebuilt next time. */
    void forgetChange() {
        sessions.forgetChange();
    }

    /** Reasons with {@code rules} from now on: every session is rebuilt from the new rule base at the next change. */
    void replaceRules(Pipeline rules) {
        pipeline = rules;
        sessions.dropAll();
    }

    IncidentSessions sessions() {
        return sessions;
    }

    @Override
    public void close() {
        sessions.close();
    }
}
