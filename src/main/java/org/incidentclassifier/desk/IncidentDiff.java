package org.incidentclassifier.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.incidentclassifier.verdict.Verdict;

/**
 * Compares an incident's verdict entry before and after a report came or went. Entries are matched by what
 * they say, not by their ids: claim and actor ids are numbered per run and shift when reports are regrouped,
 * while a claim's document, subject, figures and evidence do not. An entry whose identifying fields differ is
 * one withdrawn and one new (an affiliation turning from CLAIMED to CONTESTED is both).
 */
final class IncidentDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> TYPE_KEY = List.of("type");
    private static final List<String> CLAIM_KEY = List.of("document", "subject", "status", "value", "min", "max",
            "approx", "source", "stance", "evidence");
    private static final List<String> ACTOR_KEY = List.of("name", "kind");
    private static final List<String> AFFILIATION_KEY = List.of("actor", "relation", "target", "status");
    private static final List<String> INCONSISTENCY_KEY = List.of("kind", "rule", "documents", "evidence");

    private IncidentDiff() {
    }

    /** The change of every incident that differs between the two verdicts. */
    static List<IncidentChange> all(String report, String action, Verdict before, Verdict after) {
        Map<String, Verdict.IncidentEntry> was = new LinkedHashMap<>();
        before.incidents().forEach(i -> was.put(i.id(), i));
        Map<String, Verdict.IncidentEntry> is = new LinkedHashMap<>();
        after.incidents().forEach(i -> is.put(i.id(), i));
        Set<String> ids = new LinkedHashSet<>(was.keySet());
        ids.addAll(is.keySet());
        List<IncidentChange> changes = new ArrayList<>();
        for (String id : ids) {
            IncidentChange change = between(id, report, action, was.get(id), is.get(id));
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    /**
     * The change from {@code before} to {@code after} (either null when the incident did not exist then), or
     * null when nothing changed.
     */
    static IncidentChange between(String incident, String report, String action, Verdict.IncidentEntry before,
                                  Verdict.IncidentEntry after) {
        String state = before == null ? "opened" : after == null ? "closed" : "updated";
        IncidentChange change = new IncidentChange(incident, report, action, state,
                delta(before, after, i -> texts(i.documents()), List.of()),
                delta(before, after, i -> nodes(i.types()), TYPE_KEY),
                delta(before, after, i -> nodes(i.claims()), CLAIM_KEY),
                delta(before, after, i -> nodes(i.actors()), ACTOR_KEY),
                delta(before, after, IncidentDiff::affiliations, AFFILIATION_KEY),
                delta(before, after, i -> nodes(i.inconsistencies()), INCONSISTENCY_KEY));
        return change.isEmpty() ? null : change;
    }

    private static IncidentChange.Delta delta(Verdict.IncidentEntry before, Verdict.IncidentEntry after,
                                              Function<Verdict.IncidentEntry, List<JsonNode>> part, List<String> key) {
        Map<String, JsonNode> was = keyed(before == null ? List.of() : part.apply(before), key);
        Map<String, JsonNode> is = keyed(after == null ? List.of() : part.apply(after), key);
        List<JsonNode> added = is.entrySet().stream().filter(e -> !was.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<JsonNode> withdrawn = was.entrySet().stream().filter(e -> !is.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return added.isEmpty() && withdrawn.isEmpty() ? IncidentChange.Delta.NONE
                : new IncidentChange.Delta(added, withdrawn);
    }

    /** Entries by their identifying fields (the whole entry when {@code key} is empty), first one kept. */
    private static Map<String, JsonNode> keyed(List<JsonNode> entries, List<String> key) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            String k;
            if (key.isEmpty() || !entry.isObject()) {
                k = entry.toString();
            } else {
                ObjectNode fields = JSON.createObjectNode();
                key.forEach(f -> fields.set(f, entry.get(f)));
                k = fields.toString();
            }
            byKey.putIfAbsent(k, entry);
        }
        return byKey;
    }

    private static List<JsonNode> nodes(List<?> entries) {
        return entries == null ? List.of() : entries.stream().map(e -> (JsonNode) JSON.valueToTree(e)).toList();
    }

    private static List<JsonNode> texts(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> (JsonNode) JSON.getNodeFactory().textNode(v))
                .toList();
    }

    /** Each actor's affiliations, named by the actor, so they can be told apart across actors. */
    private static List<JsonNode> affiliations(Verdict.IncidentEntry incident) {
        List<JsonNode> all = new ArrayList<>();
        for (Verdict.ActorEntry actor : incident.actors()) {
            for (Verdict.AffiliationEntry f : actor.affiliations()) {
                ObjectNode node = JSON.createObjectNode().put("actor", actor.name());
                node.setAll((ObjectNode) JSON.valueToTree(f));
                all.add(node);
            }
        }
        return all;
    }
}
