package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk over real HTTP: the two seed reports arrive, join one incident, and one is withdrawn. */
class DeskServerTest {
    static final String ARITHMETIC_OF_SEED_000 = "arithmetic-killed-and-released-exceed-held";
    static final String ARITHMETIC_OF_SEED_002 = "arithmetic-killed-and-foreign-escapees-exceed-foreign-hostages";

    @TempDir
    Path dir;

    static String seed(String name) throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(name)).findFirst()
                    .orElseThrow());
        }
    }

    /** The entries of one part of a change, as "field=value" strings of the fields named. */
    static List<String> entries(JsonNode delta, String... fields) {
        List<String> all = new ArrayList<>();
        for (JsonNode entry : delta) {
            StringBuilder text = new StringBuilder();
            for (String field : fields) {
                text.append(text.length() == 0 ? "" : " ").append(field).append('=').append(entry.path(field).asText());
            }
            all.add(text.toString());
        }
        return all;
    }

    @Test
    void secondSeedJoinsTheFirstsIncidentWithItsClaimsAndDeletingItWithdrawsThem() throws Exception {
        try (DeskClient desk = new DeskClient(null)) {
            DeskClient.Answer first = desk.postReport("seed-000", seed("000_"));
            assertEquals(201, first.status());
            assertEquals("seed-000", first.body().get("report").asText());
            assertEquals("incident-1", first.body().get("incident").asText());
            assertEquals(1, first.body().get("changes").size());
            JsonNode opened = first.body().get("changes").get(0);
            assertEquals("opened", opened.get("state").asText());
            assertEquals("added", opened.get("action").asText());
            assertEquals("[\"seed-000\"]", opened.get("documents").get("new").toString());
            assertTrue(entries(opened.get("inconsistencies").get("new"), "kind", "rule")
                    .contains("kind=ARITHMETIC rule=" + ARITHMETIC_OF_SEED_000));
            assertEquals("HOSTAGE_TAKING_BARRICADE", opened.get("types").get("new").get(0).get("type").asText());

            DeskClient.Answer second = desk.postReport("seed-002", seed("002_"));
            assertEquals(201, second.status());
            assertEquals("incident-1", second.body().get("incident").asText());
            assertEquals(1, second.body().get("changes").size());
            JsonNode joined = second.body().get("changes").get(0);
            assertEquals("updated", joined.get("state").asText());
            assertEquals("seed-002", joined.get("report").asText());
            assertEquals("[\"seed-002\"]", joined.get("documents").get("new").toString());
            assertEquals("[]", joined.get("documents").get("withdrawn").toString());
            // the new claims are the second report's, each with its rule-ready evidence
            assertFalse(joined.get("claims").get("new").isEmpty());
            for (JsonNode claim : joined.get("claims").get("new")) {
                assertEquals("seed-002", claim.get("document").asText());
                assertFalse(claim.get("evidence").isEmpty());
            }
            JsonNode arithmetic = null;
            for (JsonNode i : joined.get("inconsistencies").get("new")) {
                if (i.get("rule").asText().equals(ARITHMETIC_OF_SEED_002)) {
                    arithmetic = i;
                }
            }
            assertEquals("ARITHMETIC", arithmetic.get("kind").asText());
            assertFalse(arithmetic.get("evidence").isEmpty());
            String contested = "actor=Signed in Blood Battalion relation=AFFILIATED_TO target=aqim status=CONTESTED"
                    + " rule=affiliation-contested-known-break-away";
            String asserted = "actor=Signed in Blood Battalion relation=AFFILIATED_TO target=aqim status=ASSERTED";
            assertTrue(entries(joined.get("affiliations").get("new"), "actor", "relation", "target", "status", "rule")
                    .contains(contested));
            assertEquals(List.of(asserted), entries(joined.get("affiliations").get("withdrawn"),
                    "actor", "relation", "target", "status"));

            DeskClient.Answer board = desk.get("/incidents");
            assertEquals(200, board.status());
            assertEquals(1, board.body().get("incidents").size());
            assertEquals("[\"seed-000\",\"seed-002\"]", board.body().get("incidents").get(0).get("reports").toString());

            DeskClient.Answer withdrawn = desk.delete("/reports/seed-002");
            assertEquals(200, withdrawn.status());
            JsonNode undone = withdrawn.body().get("changes").get(0);
            assertEquals("withdrawn", undone.get("action").asText());
            assertEquals("[\"seed-002\"]", undone.get("documents").get("withdrawn").toString());
            assertTrue(entries(undone.get("affiliations").get("withdrawn"), "actor", "relation", "target", "status",
                    "rule").contains(contested));
            assertEquals(List.of(asserted), entries(undone.get("affiliations").get("new"),
                    "actor", "relation", "target", "status"));
            assertTrue(entries(undone.get("inconsistencies").get("withdrawn"), "rule").contains("rule="
                    + ARITHMETIC_OF_SEED_002));
            assertEquals(joined.get("claims").get("new"), undone.get("claims").get("withdrawn"));

            DeskClient.Answer incident = desk.get("/incidents/incident-1");
            assertEquals("[\"seed-000\"]", incident.body().get("incident").get("documents").toString());
            assertEquals("seed-000", incident.body().get("reports").get(0).get("id").asText());
            assertEquals(seed("000_"), incident.body().get("reports").get(0).get("text").asText());

            JsonNode history = desk.get("/incidents/incident-1/history").body().get("changes");
            assertEquals(List.of("action=added report=seed-000 state=opened", "action=added report=seed-002"
                    + " state=updated", "action=withdrawn report=seed-002 state=updated"),
                    entries(history, "action", "report", "state"));
            assertEquals(joined, history.get(1));

            // seed 002 joined incident-1's session and left it by truth maintenance: no session was rebuilt
            assertEquals("{\"status\":\"ok\",\"reports\":1,\"incidents\":1,\"sessions\":{\"open\":1,\"opened\":1,"
                    + "\"updated\":2,\"rebuilt\":0}}", desk.get("/health").body().toString());

            assertEquals(410, desk.delete("/reports/seed-002").status());
            assertEquals(409, desk.postReport("seed-002", "Gunmen attacked a bus.").status());
        }
    }

    @Test
    void aReportThatDescribesNoIncidentIsKeptButChangesNothing() throws Exception {
        try (DeskClient desk = new DeskClient(null)) {
            DeskClient.Answer answer = desk.post("/reports", "text/plain",
                    "The city council met on Tuesday to discuss the new library budget.");
            assertEquals(201, answer.status());
            assertEquals("report-1", answer.body().get("report").asText());
            assertTrue(answer.body().get("incident").isNull());
            assertEquals("[]", answer.body().get("changes").toString());
            assertEquals("{\"incidents\":[]}", desk.get("/incidents").body().toString());
        }
    }

    @Test
    void theDeskSurvivesARestartWithTheSameStore() throws Exception {
        Path store = dir.resolve("desk.db");
        JsonNode board;
        JsonNode history;
        JsonNode incident;
        try (DeskClient desk = new DeskClient(store)) {
            assertEquals(201, desk.postReport("seed-000", seed("000_")).status());
            assertEquals(201, desk.postReport("seed-002", seed("002_")).status());
            assertEquals(200, desk.delete("/reports/seed-002").status());
            board = desk.get("/incidents").body();
            history = desk.get("/incidents/incident-1/history").body();
            incident = desk.get("/incidents/incident-1").body();
        }
        try (DeskClient again = new DeskClient(store)) {
            assertEquals(board, again.get("/incidents").body());
            assertEquals(history, again.get("/incidents/incident-1/history").body());
            assertEquals(incident, again.get("/incidents/incident-1").body());
            assertEquals(3, history.get("changes").size());
            // ids are never reused, a withdrawn one neither; arrival numbers go on after the stored ones
            assertEquals(409, again.postReport("seed-002", "Gunmen attacked a bus.").status());
            DeskClient.Answer next = again.post("/reports", "text/plain", "The council met to discuss the budget.");
            assertEquals("report-3", next.body().get("report").asText());
        }
    }

    @Test
    void classifyAnswersTheClisVerdictForTextAndJsonLines() throws Exception {
        try (DeskClient desk = new DeskClient(null)) {
            DeskClient.Answer text = desk.post("/classify", "text/plain", seed("000_"));
            assertEquals(200, text.status());
            assertEquals("1", text.body().get("schemaVersion").asText());
            assertEquals("stdin", text.body().get("documents").get(0).get("id").asText());
            assertEquals("HOSTAGE_TAKING_BARRICADE",
                    text.body().get("incidents").get(0).get("types").get(0).get("type").asText());

            String lines = DeskClient.JSON.createObjectNode().put("id", "a").put("text", seed("000_")) + "\n"
                    + DeskClient.JSON.createObjectNode().put("id", "b").put("text", seed("002_")) + "\n";
            DeskClient.Answer records = desk.post("/classify", "application/x-ndjson", lines);
            assertEquals(200, records.status());
            assertEquals(1, records.body().get("incidents").size());
            assertEquals("[\"a\",\"b\"]", records.body().get("incidents").get(0).get("documents").toString());
            // nothing posted to /classify is kept
            assertEquals("{\"incidents\":[]}", desk.get("/incidents").body().toString());
        }
    }
}
