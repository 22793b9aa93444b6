package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.LiveSession;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * A report joins and leaves its incident's long-lived session: withdrawing seed 002 deletes its facts from the same
 * session, and Drools' truth maintenance takes back the conclusions that rested on them (the CONTESTED affiliation,
 * seed 002's arithmetic); nothing is rebuilt. A rule reload rebuilds every session from the new rule base.
 */
class TruthMaintenanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void withdrawingASeedDeletesItsFactsFromTheSameSessionAndTruthMaintenanceTakesBackWhatRestedOnThem()
            throws Exception {
        try (Desk desk = Desk.open(SharedPipeline.get().forAnotherThread(), null)) {
            desk.add(new Desk.ReportInput("seed-000", DeskServerTest.seed("000_"), null, null, null));
            LiveSession opened = desk.sessions().sessionOf("incident-1");
            long generation = desk.sessions().generationOf("incident-1");
            assertEquals(new IncidentSessions.Counts(1, 1, 0, 0), desk.sessions().counts());

            desk.add(new Desk.ReportInput("seed-002", DeskServerTest.seed("002_"), null, null, null));
            assertSame(opened, desk.sessions().sessionOf("incident-1"), "seed 002 joins the open session");
            assertEquals(Set.of("seed-000", "seed-002"), opened.reports());
            assertEquals(new IncidentSessions.Counts(1, 1, 1, 0), desk.sessions().counts());

            Desk.Outcome withdrawn = desk.withdraw("seed-002");
            assertSame(opened, desk.sessions().sessionOf("incident-1"), "the same session, not a new one");
            assertEquals(generation, desk.sessions().generationOf("incident-1"));
            assertEquals(Set.of("seed-000"), opened.reports());
            assertEquals(new IncidentSessions.Counts(1, 1, 2, 0), desk.sessions().counts(),
                    "two incremental updates, no rebuild");
            // what truth maintenance took back when seed 002's facts were deleted, by rule
            Set<String> retracted = opened.reasoning().withdrawn().stream().map(Derivation::rule)
                    .collect(Collectors.toSet());
            assertTrue(retracted.containsAll(List.of("affiliation-contested-known-break-away",
                    DeskServerTest.ARITHMETIC_OF_SEED_002)), retracted.toString());
            // no standing conclusion names a match on what went: where two matches had concluded an equal fact (an
            // Identity, a record) and the one on seed 002's facts went, the session names the match that still holds
            assertTrue(!opened.isStale());
            Set<Object> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            opened.reasoning().withdrawn().forEach(d -> gone.add(d.conclusion()));
            for (Derivation d : opened.reasoning().conclusions()) {
                for (Object fact : d.matched()) {
                    assertTrue(!gone.contains(fact) && !(fact instanceof org.incidentclassifier.facts.Evidenced e
                            && e.evidence().document().equals("seed-002")), d.rule() + " " + d.conclusion());
                }
            }
            assertTrue(opened.reasoning().of(org.incidentclassifier.facts.Identity.class).size() >= 2);
            // and the change list names the same rules among the withdrawn conclusions
            JsonNode change = JSON.valueToTree(withdrawn.changes().get(0));
            assertTrue(DeskServerTest.entries(change.get("affiliations").get("withdrawn"), "status", "rule")
                    .contains("status=CONTESTED rule=affiliation-contested-known-break-away"), change.toString());
            assertTrue(DeskServerTest.entries(change.get("inconsistencies").get("withdrawn"), "rule")
                    .contains("rule=" + DeskServerTest.ARITHMETIC_OF_SEED_002));
            assertTrue(DeskServerTest.entries(change.get("inconsistencies").get("new"), "rule").isEmpty());

            desk.reload(SharedPipeline.get().forAnotherThread());
            assertNotSame(opened, desk.sessions().sessionOf("incident-1"), "a reload rebuilds the session");
            assertTrue(opened.isClosed(), "the replaced session is disposed");
            assertEquals(new IncidentSessions.Counts(1, 1, 2, 1), desk.sessions().counts());
        }
    }

    @Test
    void aSessionIsClosedWhenItsIncidentEmptiesAndAllWhenTheDeskCloses() throws Exception {
        LiveSession second;
        try (Desk desk = Desk.open(SharedPipeline.get().forAnotherThread(), null)) {
            desk.add(new Desk.ReportInput("seed-000", DeskServerTest.seed("000_"), null, null, null));
            LiveSession first = desk.sessions().sessionOf("incident-1");
            desk.withdraw("seed-000");
            assertTrue(first.isClosed());
            assertEquals(0, desk.sessions().counts().open());
            desk.add(new Desk.ReportInput("seed-002", DeskServerTest.seed("002_"), null, null, null));
            second = desk.sessions().sessionOf("incident-2");
            assertEquals(1, desk.sessions().counts().open());
        }
        assertTrue(second.isClosed());
    }
}
