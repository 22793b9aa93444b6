package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /admin/reload over real HTTP: the rules are read again from the server's own rules directory; a broken set
 * is refused with file:line:column and the desk keeps reasoning with the rules it had; a good set takes effect and
 * what it changed is recorded.
 */
class DeskReloadTest {
    @TempDir
    Path dir;

    private Path copyOfTheRules() throws Exception {
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path from : files.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return rules;
    }

    /** An address of this machine that is not a loopback one, or null when it has none. */
    private static String nonLoopbackAddress() throws Exception {
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (var address : java.util.Collections.list(nic.getInetAddresses())) {
                if (address instanceof java.net.Inet4Address && !address.isLoopbackAddress()) {
                    return address.getHostAddress();
                }
            }
        }
        return null;
    }

    @Test
    void aReloadFromAnotherAddressIsForbidden() throws Exception {
        String address = nonLoopbackAddress();
        org.junit.jupiter.api.Assumptions.assumeTrue(address != null, "skipped: this machine has no non-loopback address");
        try (DeskServer server = DeskServer.start(org.incidentclassifier.pipeline.SharedPipeline.get().forAnotherThread(),
                org.incidentclassifier.pipeline.SharedPipeline::get, null, address, 0, 2)) {
            var http = java.net.http.HttpClient.newHttpClient();
            var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()
                    + "/admin/reload")).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(403, answer.statusCode(), answer.body());
            assertEquals("/problems/not-loopback", DeskClient.JSON.readTree(answer.body()).get("type").asText());
        }
    }

    @Test
    void aBrokenRuleSetIsRefusedWithItsPlaceAndTheWorkingOneStaysThenAGoodOneTakesEffect() throws Exception {
        Path rules = copyOfTheRules();
        Path arithmetic = rules.resolve("consistency/arithmetic.drl");
        String good = Files.readString(arithmetic);
        try (DeskClient desk = new DeskClient(null, DeskServer.DEFAULT_MAX_IN_FLIGHT,
                () -> Pipeline.load(RuleFiles.fromDirectory(rules)))) {
            assertEquals(201, desk.postReport("seed-000", DeskServerTest.seed("000_")).status());
            JsonNode board = desk.get("/incidents").body();

            // a rule whose condition does not parse, on line 3 after two added lines
            Files.writeString(arithmetic, good.replaceFirst("package consistency;\n",
                    "package consistency;\nrule \"broken\"\nwhen Claim( value >>> ) then end\n"));
            DeskClient.Answer refused = desk.post("/admin/reload", "text/plain", "");
            assertEquals(422, refused.status(), () -> refused.body().toString());
            assertEquals("/problems/rules-invalid", refused.body().get("type").asText());
            assertTrue(refused.body().get("detail").asText().startsWith("the rules were not reloaded, the desk keeps"
                    + " its rules (sha256:"), refused.body().get("detail").asText());
            JsonNode errors = refused.body().get("errors");
            assertFalse(errors.isEmpty());
            assertTrue(errors.get(0).asText().matches(".*consistency/arithmetic\\.drl:3:\\d+: .+"), errors.toString());
            // the working rules stay: the same board, and the second seed still contests the affiliation
            assertEquals(board, desk.get("/incidents").body());
            DeskClient.Answer second = desk.postReport("seed-002", DeskServerTest.seed("002_"));
            assertTrue(DeskServerTest.entries(second.body().get("changes").get(0).get("affiliations").get("new"),
                    "status").contains("status=CONTESTED"));

            // a good rule set without the arithmetic rules: their inconsistencies go, recorded as "reloaded"
            Files.delete(arithmetic);
            DeskClient.Answer reloaded = desk.post("/admin/reload", "text/plain", "");
            assertEquals(200, reloaded.status(), () -> reloaded.body().toString());
            assertEquals(RuleFiles.fromDirectory(rules).digest(), reloaded.body().get("rules").asText());
            JsonNode change = reloaded.body().get("changes").get(0);
            assertEquals("reloaded", change.get("action").asText());
            assertTrue(change.get("report").isNull());
            List<String> withdrawn = DeskServerTest.entries(change.get("inconsistencies").get("withdrawn"), "kind", "rule");
            assertTrue(withdrawn.contains("kind=ARITHMETIC rule=" + DeskServerTest.ARITHMETIC_OF_SEED_000), withdrawn::toString);
            JsonNode history = desk.get("/incidents/incident-1/history").body().get("changes");
            assertEquals("reloaded", history.get(history.size() - 1).get("action").asText());
            assertTrue(desk.get("/incidents/incident-1").body().get("incident").get("inconsistencies").findValues("kind")
                    .stream().noneMatch(k -> k.asText().equals("ARITHMETIC")));
            // reports posted after the reload are analysed under the new rules too
            DeskClient.Answer classified = desk.post("/classify", "text/plain", DeskServerTest.seed("000_"));
            assertTrue(classified.body().get("incidents").get(0).get("inconsistencies").findValues("kind").stream()
                    .noneMatch(k -> k.asText().equals("ARITHMETIC")));
            assertEquals(405, desk.send("GET", "/admin/reload").status());
        }
    }
}
