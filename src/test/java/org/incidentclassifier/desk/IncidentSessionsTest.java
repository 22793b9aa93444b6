package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.engine.LiveSession;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.pipeline.ReportGroups;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.junit.jupiter.api.Test;

/**
 * When an incident's reports change by more than the one report that came or went (a merge, a split), its session is
 * rebuilt from its reports; the session of an incident that merged into another is closed. Groups are given here
 * as the grouping would give them, so each structural case is shown alone.
 */
class IncidentSessionsTest {
    private static final String THIRD = "Gunmen seized foreign workers at a gas plant in the Algerian desert on"
            + " Wednesday and held them overnight, officials said.";

    private static AnalysedDocument analysed(Pipeline pipeline, String id, String text) {
        return pipeline.analyse(List.of(new Ingest().fromText(id, text)), true).documents().get(0);
    }

    private static ReportGroups.Group group(AnalysedDocument... documents) {
        return new ReportGroups.Group(List.of(documents), List.of(), java.util.Map.of());
    }

    @Test
    void aMergeAndASplitRebuildTheSessionWhileAReportMovingAloneIsIncremental() throws Exception {
        Pipeline pipeline = SharedPipeline.get().forAnotherThread();
        AnalysedDocument a = analysed(pipeline, "a", DeskServerTest.seed("000_"));
        AnalysedDocument b = analysed(pipeline, "b", DeskServerTest.seed("002_"));
        AnalysedDocument c = analysed(pipeline, "c", THIRD);
        try (IncidentSessions sessions = new IncidentSessions()) {
            sessions.reason(pipeline, List.of(group(a), group(b)), List.of("incident-1", "incident-2"), "b");
            LiveSession first = sessions.sessionOf("incident-1");
            LiveSession second = sessions.sessionOf("incident-2");
            assertEquals(new IncidentSessions.Counts(2, 2, 0, 0), sessions.counts());

            // c merges the two incidents: incident-1 gains b and c, more than the one report that came
            sessions.reason(pipeline, List.of(group(a, b, c)), List.of("incident-1"), "c");
            assertNotSame(first, sessions.sessionOf("incident-1"), "rebuilt");
            assertTrue(first.isClosed() && second.isClosed(), "the replaced and the merged sessions are closed");
            assertNull(sessions.sessionOf("incident-2"));
            assertEquals(Set.of("a", "b", "c"), sessions.sessionOf("incident-1").reports());
            assertEquals(new IncidentSessions.Counts(1, 2, 0, 1), sessions.counts());

            // withdrawing b splits it: incident-1 loses b and c (rebuilt), c opens incident-3
            LiveSession merged = sessions.sessionOf("incident-1");
            sessions.reason(pipeline, List.of(group(a), group(c)), List.of("incident-1", "incident-3"), "b");
            assertNotSame(merged, sessions.sessionOf("incident-1"));
            assertEquals(Set.of("a"), sessions.sessionOf("incident-1").reports());
            assertEquals(new IncidentSessions.Counts(2, 3, 0, 2), sessions.counts());

            // c alone moves into incident-1: incident-1 is updated in place, incident-3 is closed
            LiveSession kept = sessions.sessionOf("incident-1");
            LiveSession third = sessions.sessionOf("incident-3");
            sessions.reason(pipeline, List.of(group(a, c)), List.of("incident-1"), "c");
            assertSame(kept, sessions.sessionOf("incident-1"));
            assertTrue(third.isClosed());
            assertEquals(new IncidentSessions.Counts(1, 3, 1, 2), sessions.counts());
        }
    }
}
