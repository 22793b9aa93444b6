package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.DevCorpus;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The desk's long-lived sessions give each incident the verdict a fresh batch reasoning gives over the same live
 * reports: after each report is added, one by one, and after one is withdrawn again. The seeds, and every
 * multi-report group of the shared dev corpus (dev-gold/groups.yaml).
 */
class IncrementalReasoningTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSeedsReasonedReportByReportAndAfterAWithdrawalEqualTheBatch() throws Exception {
        Map<String, String> seeds = new LinkedHashMap<>();
        seeds.put("seed-000", DeskServerTest.seed("000_"));
        seeds.put("seed-002", DeskServerTest.seed("002_"));
        IncidentSessions.Counts counts = addOneByOneThenWithdraw(seeds, "seed-002");
        // seed 002 joined incident-1's session and left it again: two incremental updates, nothing rebuilt
        assertEquals(new IncidentSessions.Counts(1, 1, 2, 0), counts);
    }

    @Test
    void theDevCorpusGroupsReasonedReportByReportAndAfterAWithdrawalEqualTheBatch() throws Exception {
        String groups = Files.readString(DevCorpus.gold().resolve("groups.yaml"));
        Matcher files = Pattern.compile("files: \\[([^\\]]*)\\]").matcher(groups);
        int checked = 0;
        while (files.find()) {
            Map<String, String> reports = new LinkedHashMap<>();
            for (String file : files.group(1).split(",\\s*")) {
                Path path = DevCorpus.report(file.trim());
                reports.put(DirectoryWatch.idOf(path), Files.readString(path));
            }
            String middle = new ArrayList<>(reports.keySet()).get(reports.size() / 2);
            IncidentSessions.Counts counts = addOneByOneThenWithdraw(reports, middle);
            assertTrue(counts.updated() >= 1, "incremental updates in " + reports.keySet() + ": " + counts);
            checked++;
        }
        assertEquals(6, checked, "the groups of groups.yaml");
    }

    /**
     * Adds the reports to a desk one at a time, then withdraws {@code withdrawn}; after each change every incident
     * of the desk equals the batch's over the same live reports. Returns how the sessions were kept up to date.
     */
    private static IncidentSessions.Counts addOneByOneThenWithdraw(Map<String, String> reports, String withdrawn)
            throws Exception {
        Pipeline pipeline = SharedPipeline.get().forAnotherThread();
        Map<String, String> live = new LinkedHashMap<>();
        try (Desk desk = Desk.open(pipeline, null)) {
            for (Map.Entry<String, String> report : reports.entrySet()) {
                desk.add(new Desk.ReportInput(report.getKey(), report.getValue(), null, null, null));
                live.put(report.getKey(), report.getValue());
                assertSameAsBatch(pipeline, desk, live, "after adding " + report.getKey());
            }
            desk.withdraw(withdrawn);
            live.remove(withdrawn);
            assertSameAsBatch(pipeline, desk, live, "after withdrawing " + withdrawn);
            return desk.sessions().counts();
        }
    }

    /** Every incident of the desk, as JSON without its id, equals the batch's incident of the same reports. */
    private static void assertSameAsBatch(Pipeline pipeline, Desk desk, Map<String, String> live, String when)
            throws Exception {
        List<AnalysedDocument> alone = new ArrayList<>();
        live.forEach((id, text) -> alone.addAll(pipeline.analyse(List.of(new Ingest().fromText(id, text)), true)
                .documents()));
        Map<List<String>, String> batch = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (Verdict.IncidentEntry incident : pipeline.verdict(pipeline.regroup(alone)).incidents()) {
            batch.put(incident.documents(), JSON.writeValueAsString(incident.withId("")));
        }
        Map<List<String>, String> onDesk = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (Map<String, Object> line : desk.incidents()) {
            Verdict.IncidentEntry incident = (Verdict.IncidentEntry) desk.incident((String) line.get("id"))
                    .get("incident");
            onDesk.put(incident.documents(), JSON.writeValueAsString(incident.withId("")));
        }
        assertEquals(batch.keySet(), onDesk.keySet(), "the incidents " + when);
        batch.forEach((documents, json) -> assertEquals(json, onDesk.get(documents),
                "the verdict of " + documents + " " + when));
    }
}
