package org.incidentclassifier.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.facts.ClaimGrade;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Corroboration;
import org.incidentclassifier.facts.AttackerCount;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Headcount;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.IncidentDate;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.facts.Responsibility;
import org.incidentclassifier.facts.SameIncident;
import org.incidentclassifier.facts.TargetType;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.Repair;

/**
 * Entry point of the verdict stage: assembles the verdict from the analysed documents and the incidents
 * they were grouped into. A document in no incident has {@code incident: null}.
 */
public final class VerdictBuilder {
    /** The headline and the two sentences after it. */
    private static final int LEAD_SENTENCES = 3;

    private final Verdict.Provenance provenance;

    /** @param provenance what the verdicts are made with (null: not recorded) */
    public VerdictBuilder(Verdict.Provenance provenance) {
        this.provenance = provenance;
    }

    public Verdict build(List<AnalysedDocument> analysed, List<AnalysedIncident> incidents,
                         Map<String, Integer> groupingRulesFired, List<Verdict.ErrorEntry> errors) {
        Map<String, String> incidentOf = new LinkedHashMap<>();
        Map<String, String> reprintOf = new LinkedHashMap<>();
        incidents.forEach(i -> reprintOf.putAll(i.reprints()));
        Map<String, Integer> fired = new TreeMap<>(groupingRulesFired);
        List<Verdict.IncidentEntry> entries = new ArrayList<>();
        for (AnalysedIncident incident : incidents) {
            String id = IncidentIds.of(incident.documents().stream().map(d -> d.input().id()).toList());
            incident.documents().forEach(d -> incidentOf.put(d.input().id(), id));
            incident.reasoning().rulesFired().forEach((rule, n) -> fired.merge(rule, n, Integer::sum));
            entries.add(incident(id, incident));
        }
        List<Verdict.DocumentEntry> documents = new ArrayList<>();
        for (AnalysedDocument doc : analysed) {
            String incident = incidentOf.get(doc.input().id());
            if (incident == null) {
                doc.reasoning().rulesFired().forEach((rule, n) -> fired.merge(rule, n, Integer::sum));
            }
            documents.add(document(doc, incident, reprintOf.get(doc.input().id())));
        }
        List<Verdict.RuleCount> rules = fired.entrySet().stream()
                .map(e -> new Verdict.RuleCount(e.getKey(), e.getValue())).toList();
        return new Verdict(Verdict.SCHEMA_VERSION, provenance, documents, entries, rules, List.copyOf(errors));
    }

    private static Verdict.DocumentEntry document(AnalysedDocument doc, String incident, String reprintOf) {
        InputDocument input = doc.input();
        List<Verdict.RepairEntry> repairs = new ArrayList<>();
        for (Repair r : input.repairs()) {
            repairs.add(new Verdict.RepairEntry(r.kind().name(), r.start(), r.end(), r.original(), r.replacement()));
        }
        return new Verdict.DocumentEntry(input.id(), input.path(), input.sha256(), doc.facts().document().date(), incident,
                input.encoding(), repairs, reprintOf, input.source(), input.url());
    }

    private Verdict.IncidentEntry incident(String id, AnalysedIncident incident) {
        Reasoning reasoning = incident.reasoning();
        List<DocumentFacts> facts = incident.documents().stream()
                .filter(d -> !incident.reprints().containsKey(d.input().id())).map(AnalysedDocument::facts).toList();
        List<Verdict.ClaimEntry> claims = new ArrayList<>();
        facts.forEach(f -> f.claims().forEach(c -> claims.add(claim(c, reasoning))));
        List<Verdict.InconsistencyEntry> inconsistencies = inconsistencies(reasoning.of(Inconsistency.class));
        Map<String, String> dates = new LinkedHashMap<>();
        facts.forEach(f -> dates.put(f.document().id(), f.document().date()));
        QuantityAssembler assembler = new QuantityAssembler(reasoning, dates);
        List<Verdict.QuantityEntry> quantities = new ArrayList<>(assembler
                .quantities(facts.stream().flatMap(f -> f.claims().stream()).toList(), inconsistencies));
        Verdict.QuantityEntry attackers = assembler.attackers(
                facts.stream().flatMap(f -> f.attackers().stream()).toList(), inconsistencies);
        if (attackers != null) {
            quantities.add(attackers);
        }
        ActorAssembler actors = new ActorAssembler(
                facts.stream().flatMap(f -> f.actors().stream()).toList(),
                facts.stream().flatMap(f -> f.affiliations().stream()).toList(),
                facts.stream().flatMap(f -> f.knownAffiliations().stream()).toList(), reasoning);
        return new Verdict.IncidentEntry(id, incident.documents().stream().map(d -> d.input().id()).toList(),
                types(reasoning.of(Classification.class)), targetTypes(reasoning.of(TargetType.class)),
                location(facts.stream().flatMap(f -> f.places().stream()).toList()),
                IncidentDates.of(reasoning.of(IncidentDate.class)),
                Responsibilities.of(reasoning.of(Responsibility.class)), actors.actors(), claims,
                inconsistencies, joins(incident.joinedBy()), quantities);
    }

    /**
     * One entry per type: the strongest rule decides confidence and rule; evidence from every rule that agreed.
     * The main event comes first: types rank by confidence plus the salience of their evidence (see
     * {@link #salience}), then by the earliest evidence; never by the order of the enumeration.
     */
    private static List<Verdict.TypeEntry> types(List<Derivation> classifications) {
        Map<IncidentType, List<Derivation>> byType = new TreeMap<>();
        for (Derivation d : classifications) {
            byType.computeIfAbsent(((Classification) d.conclusion()).getType(), t -> new ArrayList<>()).add(d);
        }
        List<Verdict.TypeEntry> types = new ArrayList<>();
        Map<String, Double> rank = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        byType.forEach((type, derivations) -> {
            Derivation best = derivations.stream()
                    .max(Comparator.comparingDouble((Derivation d) -> ((Classification) d.conclusion()).getConfidence())
                            .thenComparing(Derivation::rule, Comparator.reverseOrder()))
                    .orElseThrow();
            double confidence = ((Classification) best.conclusion()).getConfidence();
            List<Evidence> evidence = EvidenceOf.derivations(derivations);
            types.add(new Verdict.TypeEntry(type.name(), confidence, best.rule(), evidence));
            rank.put(type.name(), confidence + salience(evidence));
            first.put(type.name(), evidence.stream().mapToInt(Evidence::sentence).min().orElse(Integer.MAX_VALUE));
        });
        types.sort(Comparator.comparingDouble((Verdict.TypeEntry t) -> rank.get(t.type())).reversed()
                .thenComparingInt(t -> first.get(t.type())).thenComparing(Verdict.TypeEntry::type));
        return types;
    }

    /** The incident types of these classifications, the main event first, as the verdict ranks them. */
    public static List<String> rankedTypes(List<Derivation> classifications) {
        return types(classifications).stream().map(Verdict.TypeEntry::type).toList();
    }

    /**
     * How much a type's evidence says it is the main event rather than a side episode: a report says what
     * happened in its headline and first sentences (0.1 when evidence stands there), and the main event recurs
     * (0.01 per sentence of evidence, up to ten). Small beside the rules' confidences: it decides near ties.
     */
    static double salience(List<Evidence> evidence) {
        boolean lead = evidence.stream().anyMatch(e -> e.sentence() < LEAD_SENTENCES);
        long sentences = evidence.stream().map(e -> e.document() + "#" + e.sentence()).distinct().count();
        return (lead ? 0.1 : 0) + 0.01 * Math.min(10, sentences);
    }

    /** One entry per target type, with the evidence of every match. */
    private static List<Verdict.TargetTypeEntry> targetTypes(List<Derivation> derivations) {
        Map<String, List<Derivation>> byType = new TreeMap<>();
        derivations.forEach(d -> byType.computeIfAbsent(((TargetType) d.conclusion()).getType(), k -> new ArrayList<>()).add(d));
        List<Verdict.TargetTypeEntry> entries = new ArrayList<>();
        byType.forEach((type, ds) -> {
            TargetType t = (TargetType) ds.get(0).conclusion();
            entries.add(new Verdict.TargetTypeEntry(type, t.getCode(), t.getLabel(), ds.get(0).rule(), EvidenceOf.derivations(ds)));
        });
        return entries;
    }

    /** The most specific place named most often: a site over a city over a region over a country. */
    private static Verdict.Location location(List<PlaceMention> places) {
        Map<String, List<PlaceMention>> byName = new LinkedHashMap<>();
        places.forEach(p -> byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p));
        return byName.values().stream()
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

    private static Verdict.ClaimEntry claim(CountClaim c, Reasoning reasoning) {
        Verdict.SourceEntry source = c.source().name() == null && c.source().via() == null ? null
                : new Verdict.SourceEntry(c.source().name(), c.source().kind().name(), c.source().via());
        List<Verdict.BreakdownEntry> breakdown = c.breakdown().stream()
                .map(b -> new Verdict.BreakdownEntry(b.country(), b.value())).toList();
        Verdict.GradeEntry grade = reasoning.of(ClaimGrade.class).stream()
                .filter(d -> ((ClaimGrade) d.conclusion()).claimId().equals(c.id())).findFirst()
                .map(d -> {
                    ClaimGrade g = (ClaimGrade) d.conclusion();
                    return new Verdict.GradeEntry(g.reliability(), g.credibility(), g.reason(), d.rule());
                }).orElse(null);
        List<String> corroboratedBy = reasoning.of(Corroboration.class).stream()
                .map(d -> (Corroboration) d.conclusion()).filter(k -> k.claimId().equals(c.id()))
                .map(Corroboration::byClaimId).distinct().sorted().toList();
        return new Verdict.ClaimEntry(c.id(), c.subject().name(), c.status().name(), c.value(), c.min(), c.max(),
                c.approx(), c.part(), source, c.stance().name(), c.document(), breakdown, grade, corroboratedBy,
                List.of(c.evidence()));
    }

    /**
     * One entry per inconsistency; the same rule finding the same numbers through claims that repeat each
     * other (two sources both giving 38 killed) is one entry citing all those claims.
     */
    private static List<Verdict.InconsistencyEntry> inconsistencies(List<Derivation> derivations) {
        Map<String, List<Derivation>> same = new LinkedHashMap<>();
        List<Derivation> sorted = new ArrayList<>(derivations);
        sorted.sort(Comparator.comparing((Derivation d) -> ((Inconsistency) d.conclusion()).getKind())
                .thenComparing(Derivation::rule).thenComparing(d -> claimIds(d).toString())
                .thenComparing(d -> ((Inconsistency) d.conclusion()).getExplanation()));
        sorted.forEach(d -> same.computeIfAbsent(d.rule() + " " + figures(d), k -> new ArrayList<>()).add(d));
        List<Verdict.InconsistencyEntry> entries = new ArrayList<>();
        for (List<Derivation> group : same.values()) {
            Derivation d = group.get(0);
            Inconsistency i = (Inconsistency) d.conclusion();
            List<Evidence> evidence = EvidenceOf.derivations(group);
            List<String> documents = evidence.stream().map(Evidence::document).distinct().sorted().toList();
            List<String> claims = group.stream().flatMap(g -> claimIds(g).stream()).distinct().toList();
            entries.add(new Verdict.InconsistencyEntry("inconsistency-" + (entries.size() + 1), i.getKind().name(),
                    i.getSeverity().name(), i.getSeverityReason(), i.getExplanation(), claims, d.rule(), documents,
                    evidence));
        }
        return entries;
    }

    /** The figures an inconsistency rests on, in match order ("HELD 41, KILLED 38, ESCAPED 15"), or its text. */
    private static String figures(Derivation d) {
        List<String> figures = new ArrayList<>(d.matched().stream().filter(CountClaim.class::isInstance)
                .map(o -> (CountClaim) o).map(c -> c.status() + " " + c.subject() + " " + c.figure()).toList());
        d.matched().stream().filter(AttackerCount.class::isInstance)
                .forEach(o -> figures.add("ATTACKERS " + ((AttackerCount) o).figure()));
        return figures.isEmpty() ? ((Inconsistency) d.conclusion()).getExplanation() : figures.toString();
    }

    /** The ids of the count claims, attacker figures and headcounts (the whole a group's fates exceed) a derivation matched. */
    private static List<String> claimIds(Derivation d) {
        return d.matched().stream().map(o -> o instanceof CountClaim c ? c.id() : o instanceof AttackerCount a ? a.id()
                : o instanceof Headcount h ? h.id() : null).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** One entry per pair of reports and rule, with the evidence of every match that joined them. */
    private static List<Verdict.JoinEntry> joins(List<Derivation> joinedBy) {
        Map<List<String>, List<Derivation>> byPair = new LinkedHashMap<>();
        for (Derivation d : joinedBy) {
            SameIncident same = (SameIncident) d.conclusion();
            byPair.computeIfAbsent(List.of(same.getDocument(), same.getOtherDocument(), d.rule()), k -> new ArrayList<>())
                    .add(d);
        }
        List<Verdict.JoinEntry> entries = new ArrayList<>();
        byPair.forEach((key, ds) -> entries.add(new Verdict.JoinEntry(key.subList(0, 2), key.get(2),
                EvidenceOf.derivations(ds))));
        return entries;
    }
}
