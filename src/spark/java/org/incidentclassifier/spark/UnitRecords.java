package org.incidentclassifier.spark;

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
 * into the CLI's JSON Lines records, with the date partition each is written to. An incident's id is made from its
 * reports' ids ({@code IncidentIds}), so it is the CLI's whichever executor reasoned over it: nothing is renumbered.
 */
final class UnitRecords {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private UnitRecords() {
    }

    /** The records of a unit's verdict. */
    static List<OutputRecord> of(Verdict verdict) {
        VerdictWriter writer = new VerdictWriter(false);
        List<OutputRecord> records = new ArrayList<>();
        for (Verdict record : new VerdictLines().split(verdict)) {
            String json = writer.write(record);
            if (!record.incidents().isEmpty()) {
                Verdict.IncidentEntry incident = record.incidents().get(0);
                String date = incident.date() != null ? day(incident.date().from()) : OutputRecord.NO_DATE;
                if (OutputRecord.NO_DATE.equals(date)) {
                    date = record.documents().stream().map(d -> day(d.date())).filter(d -> !OutputRecord.NO_DATE.equals(d))
                            .findFirst().orElse(OutputRecord.NO_DATE);
                }
                records.add(new OutputRecord(OutputRecord.Kind.INCIDENT, date, json, null));
            } else if (!record.documents().isEmpty()) {
                records.add(new OutputRecord(OutputRecord.Kind.DOCUMENT, day(record.documents().get(0).date()), json,
                        null));
            } else {
                records.add(new OutputRecord(OutputRecord.Kind.ERROR, OutputRecord.NO_DATE, json, null));
            }
        }
        TreeMap<String, Integer> fired = new TreeMap<>();
        verdict.rulesFired().forEach(r -> fired.merge(r.rule(), r.count(), Integer::sum));
        records.add(new OutputRecord(OutputRecord.Kind.RULES_FIRED, OutputRecord.NO_DATE, "", fired));
        return records;
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
