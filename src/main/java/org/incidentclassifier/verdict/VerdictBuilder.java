package org.incidentclassifier.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Evidenced;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.Repair;

/**
 * Entry point of the verdict stage: assembles the verdict from analysed documents. One incident per
 * document that the rules classified; a document the rules did not classify has {@code incident: null}.
 */
public final class VerdictBuilder {
    private static final Comparator<Evidence> BY_PLACE = Comparator.comparing(Evidence::document)
            .thenComparingInt(Evidence::start).thenComparingInt(Evidence::end);

    public Verdict build(List<AnalysedDocument> analysed, List<Verdict.ErrorEntry> errors) {
        List<Verdict.DocumentEntry> documents = new ArrayList<>();
        List<Verdict.IncidentEntry> incidents = new ArrayList<>();
        Map<String, Integer> fired = new TreeMap<>();
        for (AnalysedDocument doc : analysed) {
            doc.reasoning().rulesFired().forEach((rule, n) -> fired.merge(rule, n, Integer::sum));
            Verdict.IncidentEntry incident = incident("incident-" + (incidents.size() + 1), doc);
            if (incident != null) {
                incidents.add(incident);
            }
            documents.add(document(doc.input(), incident == null ? null : incident.id()));
        }
        List<Verdict.RuleCount> rules = fired.entrySet().stream()
                .map(e -> new Verdict.RuleCount(e.getKey(), e.getValue())).toList();
        return new Verdict(Verdict.SCHEMA_VERSION, documents, incidents, rules, List.copyOf(errors));
    }

    private static Verdict.DocumentEntry document(InputDocument input, String incident) {
        List<Verdict.RepairEntry> repairs = new ArrayList<>();
        for (Repair r : input.repairs()) {
            repairs.add(new Verdict.RepairEntry(r.kind().name(), r.start(), r.end(), r.original(), r.replacement()));
        }
        return new Verdict.DocumentEntry(input.id(), input.path(), input.sha256(), incident, input.encoding(), repairs);
    }

    private Verdict.IncidentEntry incident(String id, AnalysedDocument doc) {
        List<Verdict.TypeEntry> types = types(doc.reasoning().of(Classification.class));
        if (types.isEmpty()) {
            return null;
        }
        List<Verdict.ClaimEntry> claims = doc.facts().claims().stream().map(VerdictBuilder::claim).toList();
        return new Verdict.IncidentEntry(id, List.of(doc.input().id()), types, location(doc.facts().places()),
                actors(doc.facts().actors()), claims,
                inconsistencies(doc.reasoning().of(Inconsistency.class)));
    }

    /** One entry per type: the strongest rule decides confidence and rule; evidence from every rule that agreed. */
    private static List<Verdict.TypeEntry> types(List<Derivation> classifications) {
        Map<IncidentType, List<Derivation>> byType = new TreeMap<>();
        for (Derivation d : classifications) {
            byType.computeIfAbsent(((Classification) d.conclusion()).getType(), t -> new ArrayList<>()).add(d);
        }
        List<Verdict.TypeEntry> types = new ArrayList<>();
        byType.forEach((type, derivations) -> {
            Derivation best = derivations.stream()
                    .max(Comparator.comparingDouble((Derivation d) -> ((Classification) d.conclusion()).getConfidence())
                            .thenComparing(Derivation::rule, Comparator.reverseOrder()))
                    .orElseThrow();
            List<Evidence> evidence = evidence(derivations);
            types.add(new Verdict.TypeEntry(type.name(), ((Classification) best.conclusion()).getConfidence(),
                    best.rule(), evidence));
        });
        types.sort(Comparator.comparingDouble(Verdict.TypeEntry::confidence).reversed()
                .thenComparing(t -> IncidentType.valueOf(t.type())));
        return types;
    }

    static List<Evidence> evidence(List<Derivation> derivations) {
        TreeSet<Evidence> all = new TreeSet<>(BY_PLACE);
        for (Derivation d : derivations) {
            for (Object fact : d.matched()) {
                if (fact instanceof Evidenced e) {
                    all.add(e.evidence());
                }
            }
        }
        return List.copyOf(all);
    }

    /** The most specific place named most often: a site over a city over a region over a country. */
    private static Verdict.Location location(List<PlaceMention> places) {
        return places.stream()
                .collect(java.util.stream.Collectors.groupingBy(PlaceMention::name, LinkedHashMap::new,
                        java.util.stream.Collectors.toList()))
                .values().stream()
                .max(Comparator.comparingInt((List<PlaceMention> ms) -> specificity(ms.get(0).kind()))
                        .thenComparingInt(List::size))
                .map(ms -> new Verdict.Location(ms.get(0).name(), ms.get(0).country()))
                .orElse(null);
    }

    private static int specificity(PlaceKind kind) {
        return switch (kind) {
            case SITE -> 3;
            case CITY -> 2;
            case REGION -> 1;
            case COUNTRY -> 0;
        };
    }

    private static List<Verdict.ActorEntry> actors(List<ActorMention> mentions) {
        Map<String, List<ActorMention>> byId = new LinkedHashMap<>();
        mentions.forEach(m -> byId.computeIfAbsent(m.actorId(), k -> new ArrayList<>()).add(m));
        List<Verdict.ActorEntry> actors = new ArrayList<>();
        byId.forEach((id, ms) -> {
            ActorMention first = ms.get(0);
            List<String> aliases = ms.stream().map(ActorMention::matchedText)
                    .filter(t -> !t.equalsIgnoreCase(first.name())).distinct().toList();
            List<Evidence> evidence = ms.stream().map(ActorMention::evidence).toList();
            actors.add(new Verdict.ActorEntry(id, first.name(), aliases, first.kind().name(), first.country(),
                    List.of(), List.of(), evidence));
        });
        return actors;
    }

    private static Verdict.ClaimEntry claim(CountClaim c) {
        Verdict.SourceEntry source = c.source().name() == null && c.source().via() == null ? null
                : new Verdict.SourceEntry(c.source().name(), c.source().kind().name(), c.source().via());
        List<Verdict.BreakdownEntry> breakdown = c.breakdown().stream()
                .map(b -> new Verdict.BreakdownEntry(b.country(), b.value())).toList();
        return new Verdict.ClaimEntry(c.id(), c.subject().name(), c.status().name(), c.value(), c.min(), c.max(),
                c.approx(), source, c.stance().name(), c.document(), breakdown, List.of(c.evidence()));
    }

    private static List<Verdict.InconsistencyEntry> inconsistencies(List<Derivation> derivations) {
        List<Verdict.InconsistencyEntry> entries = new ArrayList<>();
        List<Derivation> sorted = new ArrayList<>(derivations);
        sorted.sort(Comparator.comparing((Derivation d) -> d.rule()).thenComparing(d -> claimIds(d).toString()));
        for (Derivation d : sorted) {
            Inconsistency i = (Inconsistency) d.conclusion();
            entries.add(new Verdict.InconsistencyEntry("inconsistency-" + (entries.size() + 1), i.getKind().name(),
                    i.getSeverity().name(), i.getExplanation(), claimIds(d), d.rule()));
        }
        return entries;
    }

    private static List<String> claimIds(Derivation d) {
        return d.matched().stream().filter(CountClaim.class::isInstance).map(o -> ((CountClaim) o).id()).toList();
    }
}
