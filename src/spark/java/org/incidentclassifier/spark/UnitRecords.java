package org.incidentclassifier.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictLines;
import org.incidentclassifier.verdict.VerdictWriter;

/**
 * Cuts the verdict of one unit of work (one report with {@code --separate}, one group of reports otherwise)
 * into the CLI's JSON Lines records, with what the job needs to place them: the date partition and, for an
 * incident, the input place of its first report. Incidents are numbered within the unit here and renumbered
 * across the whole input afterwards ({@link #renumbered}), as the CLI numbers them over its whole stream.
 */
final class UnitRecords {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private UnitRecords() {
    }

    /** The records of a unit's verdict; {@code orderOf} gives each document id's place in the input. */
    static List<OutputRecord> of(Verdict verdict, Map<String, Long> orderOf) {
        VerdictWriter writer = new VerdictWriter(false);
        List<OutputRecord> records = new ArrayList<>();
        for (Verdict record : new VerdictLines().split(verdict)) {
            String json = writer.write(record);
            if (!record.incidents().isEmpty()) {
                Verdict.IncidentEntry incident = record.incidents().get(0);
                long first = record.documents().stream().mapToLong(d -> orderOf.getOrDefault(d.id(), Long.MAX_VALUE))
                        .min().orElse(Long.MAX_VALUE);
                String date = incident.date() != null ? day(incident.date().from()) : OutputRecord.NO_DATE;
                if (OutputRecord.NO_DATE.equals(date)) {
                    date = record.documents().stream().map(d -> day(d.date())).filter(d -> !OutputRecord.NO_DATE.equals(d))
                            .findFirst().orElse(OutputRecord.NO_DATE);
                }
                records.add(new OutputRecord(OutputRecord.Kind.INCIDENT, first, date, json, null));
            } else if (!record.documents().isEmpty()) {
                records.add(new OutputRecord(OutputRecord.Kind.DOCUMENT, 0, day(record.documents().get(0).date()), json,
                        null));
            } else {
                records.add(new OutputRecord(OutputRecord.Kind.ERROR, 0, OutputRecord.NO_DATE, json, null));
            }
        }
        TreeMap<String, Integer> fired = new TreeMap<>();
        verdict.rulesFired().forEach(r -> fired.merge(r.rule(), r.count(), Integer::sum));
        records.add(new OutputRecord(OutputRecord.Kind.RULES_FIRED, 0, OutputRecord.NO_DATE, "", fired));
        return records;
    }

    /** An incident record under its number across the whole input: its id, and its documents' incident. */
    static String renumbered(String json, long number) {
        try {
            ObjectNode record = (ObjectNode) JSON.readTree(json);
            String id = "incident-" + number;
            ((ObjectNode) record.get("incidents").get(0)).put("id", id);
            record.get("documents").forEach(d -> ((ObjectNode) d).put("incident", id));
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot renumber an incident record: " + e.getOriginalMessage(), e);
        }
    }

    /** The rule counts of the whole input, as the CLI writes them in its last line, with the provenance. */
    static String summary(Verdict.Provenance provenance, Map<String, Integer> fired) {
        VerdictLines lines = new VerdictLines();
        List<Verdict.RuleCount> counts = fired.entrySet().stream()
                .map(e -> new Verdict.RuleCount(e.getKey(), e.getValue())).toList();
        lines.split(new Verdict(Verdict.SCHEMA_VERSION, provenance, List.of(), List.of(), counts, List.of()));
        return new VerdictWriter(false).write(lines.summary());
    }

    private static String day(String date) {
        return date != null && date.length() >= 10 && ISO_DAY.matcher(date.substring(0, 10)).matches()
                ? date.substring(0, 10) : OutputRecord.NO_DATE;
    }
}
