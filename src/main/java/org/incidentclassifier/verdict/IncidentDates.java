package org.incidentclassifier.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.EventDate;
import org.incidentclassifier.facts.IncidentDate;

/** The verdict's incident date, from the conclusions of rules/incidents/date.drl. */
final class IncidentDates {
    private IncidentDates() {
    }

    /** The chosen date with the other dates noted, or null when no rule dated the incident. */
    static Verdict.DateEntry of(List<Derivation> dates) {
        Map<String, List<Derivation>> chosen = byDays(dates, true);
        if (chosen.isEmpty()) {
            return null;
        }
        // several rule matches may choose the same earliest start; the narrowest range says most
        List<Derivation> best = chosen.values().stream()
                .min(Comparator.comparing((List<Derivation> ds) -> to(ds.get(0)))).orElseThrow();
        IncidentDate date = (IncidentDate) best.get(0).conclusion();
        List<Verdict.OtherDateEntry> others = new ArrayList<>();
        byDays(dates, false).values().forEach(ds -> {
            IncidentDate other = (IncidentDate) ds.get(0).conclusion();
            others.add(new Verdict.OtherDateEntry(other.getFrom(), other.getTo(), basis(ds), ds.get(0).rule(),
                    EvidenceOf.derivations(ds)));
        });
        return new Verdict.DateEntry(date.getFrom(), date.getTo(), basis(best), best.get(0).rule(),
                EvidenceOf.derivations(best), others);
    }

    /** The derivations of chosen (or other) dates grouped by their days, in date order. */
    private static Map<String, List<Derivation>> byDays(List<Derivation> dates, boolean chosen) {
        List<Derivation> sorted = dates.stream().filter(d -> ((IncidentDate) d.conclusion()).isChosen() == chosen)
                .sorted(Comparator.comparing((Derivation d) -> ((IncidentDate) d.conclusion()).getFrom())
                        .thenComparing(IncidentDates::to).thenComparing(Derivation::rule))
                .toList();
        Map<String, List<Derivation>> byDays = new LinkedHashMap<>();
        sorted.forEach(d -> byDays.computeIfAbsent(((IncidentDate) d.conclusion()).getFrom() + ".." + to(d),
                k -> new ArrayList<>()).add(d));
        return byDays;
    }

    private static String to(Derivation d) {
        return ((IncidentDate) d.conclusion()).getTo();
    }

    /** How the event date the rules matched was read (the most precise, when several give the same days). */
    private static String basis(List<Derivation> ds) {
        return ds.stream().flatMap(d -> d.matched().stream()).filter(EventDate.class::isInstance)
                .map(o -> ((EventDate) o).basis()).sorted().map(Enum::name).findFirst().orElse(null);
    }
}
