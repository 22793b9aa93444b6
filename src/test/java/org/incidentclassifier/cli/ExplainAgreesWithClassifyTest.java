package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * explain must show the reasoning classify does: on each seed, alone, the rules explain says fired, and how
 * often, are the verdict's rulesFired. (If the pipeline starts giving rule sessions more facts than the
 * document's own, Explainer must give them too.)
 */
class ExplainAgreesWithClassifyTest {
    private static final Pattern FIRED = Pattern.compile("  (\\S+), fired (\\d+) times?(?::.*)?");

    @Test
    void explainAndClassifyFireTheSameRulesOnEachSeed() throws IOException {
        for (String seed : new String[] {"seeds/000_802d9e333d9d6a38.txt", "seeds/002_19eff492fa99377f.txt"}) {
            CliRun classify = CliRun.of("classify", "--rules", "rules", seed);
            CliRun explain = CliRun.of("explain", "--rules", "rules", seed);

            Map<String, Integer> verdict = new TreeMap<>();
            for (JsonNode r : new ObjectMapper().readTree(classify.out()).get("rulesFired")) {
                verdict.put(r.get("rule").asText(), r.get("count").asInt());
            }
            Map<String, Integer> explained = new TreeMap<>();
            for (String line : explain.outLines()) {
                Matcher m = FIRED.matcher(line);
                if (m.matches()) {
                    explained.put(m.group(1), Integer.parseInt(m.group(2)));
                }
            }

            assertThat(explained).as(seed).isNotEmpty().isEqualTo(verdict);
        }
    }
}
