package org.incidentclassifier.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A desk outcome as lines for a person (the text output of {@code incident watch}): one line per incident
 * changed, {@code INCIDENT STATE by REPORT (ACTION): part +new -withdrawn; ...}, naming each entry by what it says.
 */
public final class ChangeText {
    private ChangeText() {
    }

    /** The lines of one outcome; a report that changed no incident gets one line saying so. */
    public static List<String> lines(Desk.Outcome outcome) {
        List<String> lines = new ArrayList<>();
        if (outcome.changes().isEmpty()) {
            lines.add("report " + outcome.report() + " (" + (outcome.incident() == null ? "describes no incident"
                    : "changes nothing in " + outcome.incident()) + ")");
        }
        for (IncidentChange change : outcome.changes()) {
            List<String> parts = new ArrayList<>();
            part(parts, "reports", change.documents(), JsonNode::asText);
            part(parts, "types", change.types(), t -> t.path("type").asText());
            part(parts, "claims", change.claims(), c -> c.path("status").asText() + " "
                    + figure(c) + " " + c.path("subject").asText());
            part(parts, "actors", change.actors(), a -> a.path("name").asText());
            part(parts, "affiliations", change.affiliations(), f -> f.path("actor").asText() + " "
                    + f.path("relation").asText() + " " + f.path("target").asText() + " " + f.path("status").asText());
            part(parts, "inconsistencies", change.inconsistencies(), i -> i.path("kind").asText() + " "
                    + i.path("rule").asText());
            String cause = change.report() == null ? "a rule reload" : change.report() + " (" + change.action() + ")";
            lines.add(change.incident() + " " + change.state() + " by " + cause + ": " + String.join("; ", parts));
        }
        return lines;
    }

    private static String figure(JsonNode claim) {
        if (!claim.path("value").isNull() && !claim.path("value").isMissingNode()) {
            return claim.path("value").asText();
        }
        String min = claim.path("min").isNumber() ? claim.path("min").asText() : "";
        String max = claim.path("max").isNumber() ? claim.path("max").asText() : "";
        return min.isEmpty() && max.isEmpty() ? "some" : min + "-" + max;
    }

    private static void part(List<String> parts, String name, IncidentChange.Delta delta,
                             Function<JsonNode, String> label) {
        if (delta.isEmpty()) {
            return;
        }
        List<String> entries = new ArrayList<>();
        delta.added().forEach(e -> entries.add("+" + label.apply(e)));
        delta.withdrawn().forEach(e -> entries.add("-" + label.apply(e)));
        parts.add(name + " " + String.join(", ", entries));
    }
}
