package org.incidentclassifier.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts verdicts into JSON Lines records, each itself a verdict of the same schema: one per incident
 * (with its documents), one per document in no incident, one per error record. Incidents keep their ids, which
 * their reports make ({@link IncidentIds}), so verdicts made one incident at a time read as one batch.
 * Rule counts are summed over the stream and written once, with the provenance, in the last record
 * ({@link #summary()}).
 * Not thread-safe: one per output stream.
 */
public final class VerdictLines {
    private final Map<String, Integer> fired = new TreeMap<>();
    private Verdict.Provenance provenance;

    /** The records of one verdict, in order: incidents, then documents in no incident, then errors. */
    public List<Verdict> split(Verdict verdict) {
        verdict.rulesFired().forEach(r -> fired.merge(r.rule(), r.count(), Integer::sum));
        provenance = verdict.provenance() != null ? verdict.provenance() : provenance;
        List<Verdict> records = new ArrayList<>();
        for (Verdict.IncidentEntry incident : verdict.incidents()) {
            List<Verdict.DocumentEntry> documents = verdict.documents().stream()
                    .filter(d -> incident.id().equals(d.incident())).toList();
            records.add(record(documents, List.of(incident), List.of()));
        }
        for (Verdict.DocumentEntry document : verdict.documents()) {
            if (document.incident() == null) {
                records.add(record(List.of(document), List.of(), List.of()));
            }
        }
        for (Verdict.ErrorEntry error : verdict.errors()) {
            records.add(record(List.of(), List.of(), List.of(error)));
        }
        return records;
    }

    /** The last record: no documents, the provenance, the rules fired over the whole stream and how often. */
    public Verdict summary() {
        List<Verdict.RuleCount> rules = fired.entrySet().stream()
                .map(e -> new Verdict.RuleCount(e.getKey(), e.getValue())).toList();
        return new Verdict(Verdict.SCHEMA_VERSION, provenance, List.of(), List.of(), rules, List.of());
    }

    private static Verdict record(List<Verdict.DocumentEntry> documents, List<Verdict.IncidentEntry> incidents,
                                  List<Verdict.ErrorEntry> errors) {
        return new Verdict(Verdict.SCHEMA_VERSION, null, documents, incidents, List.of(), errors);
    }
}
