package org.incidentclassifier.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.verdict.Verdict;

/**
 * What the desk knows after one change: its live reports in arrival order (each labelled with the incident it
 * opened or joined) and their verdict, incidents under their desk ids. Immutable: each change makes a new one, so
 * the board and an incident are read from it without the desk's lock.
 */
record Snapshot(List<LiveReport> reports, Verdict verdict) {
    Snapshot {
        reports = List.copyOf(reports);
    }

    /** One line per incident, for a board: id, primary type, place, dates, reports and inconsistencies. */
    List<Map<String, Object>> board() {
        List<Map<String, Object>> board = new ArrayList<>();
        for (Verdict.IncidentEntry incident : verdict.incidents()) {
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
    Map<String, Object> incident(String id) {
        Verdict.IncidentEntry entry = verdict.incidents().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("unknown-incident", "the desk has no open incident \"" + id + "\""));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("incident", entry);
        body.put("documents", verdict.documents().stream().filter(d -> id.equals(d.incident())).toList());
        body.put("reports", reports.stream().map(LiveReport::report).filter(r -> entry.documents().contains(r.id()))
                .map(r -> new Desk.ReportInput(r.id(), r.text(), r.date(), r.source(), r.url())).toList());
        return body;
    }

    /** The incident a report is in now, or null. */
    String incidentOf(String reportId) {
        return verdict.documents().stream().filter(d -> d.id().equals(reportId)).findFirst()
                .map(Verdict.DocumentEntry::incident).orElse(null);
    }

    /** Whether the report is live on the desk. */
    boolean has(String reportId) {
        return reports.stream().anyMatch(r -> r.id().equals(reportId));
    }
}
