package org.incidentclassifier.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Facility;
import org.incidentclassifier.facts.IncidentSignature;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.VerdictBuilder;

/**
 * The signature of the incident a report describes: its sites, the cities it is about (named in its first
 * {@value #OPENING} sentences or more than once: a city mentioned once in passing is not where it happened), the
 * country most of its places lie in, the facilities it is about, its types (the main event first), its date, and the people and
 * companies it names.
 */
final class IncidentSignatures {
    static final int OPENING = 3;

    private IncidentSignatures() {
    }

    static IncidentSignature of(AnalysedDocument d) {
        DocumentFacts f = d.facts();
        Set<String> sites = new LinkedHashSet<>();
        Map<String, List<PlaceMention>> cities = new LinkedHashMap<>();
        Map<String, Integer> countries = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        for (PlaceMention p : f.places()) {
            if (p.kind() == PlaceKind.SITE) {
                sites.add(p.name());
                evidence.add(p.evidence());
            } else if (p.kind() == PlaceKind.CITY) {
                cities.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
            }
            if (p.country() != null) {
                // where the incident's places lie weighs more than a country named
                countries.merge(p.country(), p.kind() == PlaceKind.COUNTRY ? 1 : 2, Integer::sum);
            }
        }
        List<String> named = new ArrayList<>(sites);
        named.addAll(cities.keySet());
        List<String> places = new ArrayList<>();
        cities.forEach((name, mentions) -> {
            if (mentions.size() > 1 || mentions.get(0).evidence().sentence() < OPENING) {
                places.add(name);
                evidence.add(mentions.get(0).evidence());
            }
        });
        String country = countries.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        List<String> facilities = mainFacilities(f.facilities());
        // ranked as the verdict ranks them: the main event first, not a side episode with a higher confidence
        List<String> types = VerdictBuilder.rankedTypes(d.reasoning().of(Classification.class));
        List<String> actors = f.actors().stream()
                // officials (a president, a minister) speak about many incidents; people and companies are involved
                .filter(a -> a.kind() == ActorKind.PERSON || a.kind() == ActorKind.COMPANY)
                .map(ActorMention::actorId).distinct().toList();
        List<String> facilityKinds = f.facilities().stream().map(Facility::kind).distinct().toList();
        return new IncidentSignature(f.document().id(), country, List.copyOf(sites), places, facilities, types,
                f.document().date(), actors, false, evidence, named, facilityKinds);
    }

    /**
     * The kinds of facility the report is about: named in its opening sentences, or named as often as the kind
     * named most (the hospital the wounded were taken to, a mall of an earlier attack, are named in passing).
     */
    private static List<String> mainFacilities(List<Facility> facilities) {
        Map<String, List<Facility>> byKind = new LinkedHashMap<>();
        facilities.forEach(x -> byKind.computeIfAbsent(x.kind(), k -> new ArrayList<>()).add(x));
        int most = byKind.values().stream().mapToInt(List::size).max().orElse(0);
        List<String> main = new ArrayList<>();
        byKind.forEach((kind, mentions) -> {
            if (mentions.size() == most || mentions.get(0).evidence().sentence() < OPENING) {
                main.add(kind);
            }
        });
        return main;
    }

    /** The keys a report is blocked under: its country, sites and places; reports sharing no key are never compared. */
    static List<String> blockingKeys(IncidentSignature s) {
        List<String> keys = new ArrayList<>();
        if (s.country() != null) {
            keys.add("country:" + s.country());
        }
        s.sites().forEach(site -> keys.add("site:" + site));
        s.places().forEach(place -> keys.add("place:" + place));
        return keys;
    }
}
