package org.incidentclassifier.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.facts.AttackerCount;
import org.incidentclassifier.facts.ClaimGrade;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.FigureUpdate;
import org.incidentclassifier.facts.Subject;

/**
 * Figures per quantity: the incident's total figures (not parts, not background) gathered by subject and
 * status, each with its source, stance, grade and timing, and a low/best/high estimate. The best figure is the
 * latest update when the rules found figures that update others ({@link FigureUpdate}), else the most credible
 * figure (ties: the one more sources repeat, then the first given). The number of attackers
 * ({@link AttackerCount}) is one more quantity, subject {@code ATTACKERS} and status {@code ATTACKED}: its best
 * figure is the one more sources give, then the first given (attacker figures have no grade).
 */
final class QuantityAssembler {
    private final Map<String, Integer> credibility = new LinkedHashMap<>();
    private final Map<String, List<String>> updates = new LinkedHashMap<>();
    private final Map<String, List<String>> updatedBy = new LinkedHashMap<>();
    private final Map<String, String> dates;

    QuantityAssembler(Reasoning reasoning, Map<String, String> documentDates) {
        this.dates = documentDates;
        reasoning.of(ClaimGrade.class).forEach(d -> {
            ClaimGrade g = (ClaimGrade) d.conclusion();
            credibility.merge(g.claimId(), g.credibility(), Math::min);
        });
        // in DerivationOrder, not firing order: the desk's long-lived sessions conclude the same updates in another order
        DerivationOrder.canonical(reasoning.of(FigureUpdate.class)).forEach(d -> {
            FigureUpdate u = (FigureUpdate) d.conclusion();
            updates.computeIfAbsent(u.claimId(), k -> new ArrayList<>()).add(u.earlierClaimId());
            updatedBy.computeIfAbsent(u.earlierClaimId(), k -> new ArrayList<>()).add(u.claimId());
        });
    }

    List<Verdict.QuantityEntry> quantities(List<CountClaim> claims, List<Verdict.InconsistencyEntry> inconsistencies) {
        Map<String, List<CountClaim>> byQuantity = new LinkedHashMap<>();
        for (CountClaim c : claims) {
            if (!c.part() && !c.background() && c.best() != null) {
                // a "death toll" (victims) and "people killed" are one count
                Subject counted = c.subject() == Subject.VICTIMS ? Subject.PEOPLE : c.subject();
                byQuantity.computeIfAbsent(counted + " " + c.status(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Verdict.QuantityEntry> entries = new ArrayList<>();
        for (List<CountClaim> figures : byQuantity.values()) {
            CountClaim first = figures.get(0);
            List<String> ids = figures.stream().map(CountClaim::id).toList();
            CountClaim latest = figures.stream()
                    .filter(c -> updates.containsKey(c.id()) && !updatedBy.containsKey(c.id())).findFirst().orElse(null);
            CountClaim best = latest != null ? latest : mostCredible(figures);
            String basis = latest != null ? "the latest update" : "the most credible figure (credibility "
                    + credibility.getOrDefault(best.id(), 6) + ")";
            List<String> linked = inconsistencies.stream()
                    .filter(i -> i.claims().stream().anyMatch(ids::contains)).map(Verdict.InconsistencyEntry::id).toList();
            Subject counted = first.subject() == Subject.VICTIMS ? Subject.PEOPLE : first.subject();
            entries.add(new Verdict.QuantityEntry(counted.name(), first.status().name(),
                    figures.stream().map(this::figure).toList(),
                    figures.stream().map(CountClaim::best).min(Integer::compare).orElse(null), best.best(),
                    figures.stream().map(CountClaim::best).max(Integer::compare).orElse(null), best.id(), basis,
                    latest == null ? null : latest.id(), linked));
        }
        return entries;
    }

    /** The incident's attacker figures as one quantity, or null when no report counts the attackers. */
    Verdict.QuantityEntry attackers(List<AttackerCount> counts, List<Verdict.InconsistencyEntry> inconsistencies) {
        List<AttackerCount> figures = counts.stream().filter(a -> a.best() != null).toList();
        if (figures.isEmpty()) {
            return null;
        }
        Map<Integer, Long> repeats = new LinkedHashMap<>();
        figures.forEach(a -> repeats.merge(a.best(), 1L, Long::sum));
        AttackerCount best = figures.stream().min(Comparator.comparing((AttackerCount a) -> -repeats.get(a.best())))
                .orElseThrow();
        List<String> ids = figures.stream().map(AttackerCount::id).toList();
        List<String> linked = inconsistencies.stream()
                .filter(i -> i.claims().stream().anyMatch(ids::contains)).map(Verdict.InconsistencyEntry::id).toList();
        return new Verdict.QuantityEntry("ATTACKERS", "ATTACKED", figures.stream().map(a -> new Verdict.FigureEntry(
                a.id(), a.document(), a.value(), a.min(), a.max(), a.source().name(), a.source().kind().name(),
                a.stance().name(), dates.get(a.document()), null, "UNMARKED", List.of())).toList(),
                figures.stream().map(AttackerCount::best).min(Integer::compare).orElse(null), best.best(),
                figures.stream().map(AttackerCount::best).max(Integer::compare).orElse(null), best.id(),
                "the figure more sources give (ties: the first given)", null, linked);
    }

    private CountClaim mostCredible(List<CountClaim> figures) {
        Map<Integer, Long> repeats = new LinkedHashMap<>();
        figures.forEach(c -> repeats.merge(c.best(), 1L, Long::sum));
        return figures.stream().min(Comparator.comparingInt((CountClaim c) -> credibility.getOrDefault(c.id(), 6))
                .thenComparing(c -> -repeats.get(c.best()))).orElseThrow();
    }

    private Verdict.FigureEntry figure(CountClaim c) {
        return new Verdict.FigureEntry(c.id(), c.document(), c.value(), c.min(), c.max(), c.source().name(),
                c.source().kind().name(), c.stance().name(), dates.get(c.document()), credibility.get(c.id()),
                c.timing().name(), updates.getOrDefault(c.id(), List.of()));
    }
}
