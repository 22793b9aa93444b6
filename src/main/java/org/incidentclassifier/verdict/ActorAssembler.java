package org.incidentclassifier.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.ActorRole;
import org.incidentclassifier.facts.Affiliation;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.AffiliationStatus;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.KnownAffiliation;
import org.incidentclassifier.facts.Role;
import org.incidentclassifier.facts.SameActor;

/**
 * The actors of an incident: mentions grouped by actor id, ids the rules found to be one actor
 * ({@link SameActor}) merged under the first one named, with their roles and affiliations.
 */
final class ActorAssembler {
    /** Stronger statuses first: a contested affiliation stays contested whatever else supports it. */
    private static final List<AffiliationStatus> STRENGTH = List.of(AffiliationStatus.CONTESTED,
            AffiliationStatus.CORROBORATED, AffiliationStatus.ASSERTED, AffiliationStatus.CLAIMED_ONLY,
            AffiliationStatus.KNOWN);

    private final List<ActorMention> mentions;
    /** The rules' conclusions about actors, in {@link DerivationOrder}: the verdict must not depend on firing order. */
    private final List<Derivation> sameActors;
    private final List<Derivation> roles;
    private final List<Derivation> affiliations;
    private final Map<String, String> parent = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    ActorAssembler(List<ActorMention> mentions, List<AffiliationClaim> claims, List<KnownAffiliation> known,
                   Reasoning reasoning) {
        this.mentions = mentions;
        this.sameActors = DerivationOrder.canonical(reasoning.of(SameActor.class));
        this.roles = DerivationOrder.canonical(reasoning.of(ActorRole.class));
        this.affiliations = DerivationOrder.canonical(reasoning.of(Affiliation.class));
        mentions.forEach(m -> names.putIfAbsent(m.actorId(), m.name()));
        claims.forEach(c -> {
            if (c.actorId() != null) {
                names.putIfAbsent(c.actorId(), c.actorId().equals("unnamed-perpetrators") ? "the perpetrators" : c.actorName());
            }
            names.putIfAbsent(c.targetId(), c.targetName());
        });
        known.forEach(k -> names.putIfAbsent(k.targetId(), k.targetName()));
        names.keySet().forEach(id -> parent.put(id, id));
        for (Derivation d : sameActors) {
            SameActor same = (SameActor) d.conclusion();
            parent.putIfAbsent(same.getActorId(), same.getActorId());
            parent.putIfAbsent(same.getOtherActorId(), same.getOtherActorId());
            String a = canonical(same.getActorId());
            String b = canonical(same.getOtherActorId());
            if (!a.equals(b)) {
                // the actor named first in the reports keeps its id
                List<String> order = new ArrayList<>(names.keySet());
                boolean aFirst = order.indexOf(a) >= 0 && (order.indexOf(b) < 0 || order.indexOf(a) < order.indexOf(b));
                parent.put(aFirst ? b : a, aFirst ? a : b);
            }
        }
    }

    String canonical(String id) {
        String r = id;
        while (parent.containsKey(r) && !parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    List<Verdict.ActorEntry> actors() {
        Map<String, List<ActorMention>> byActor = new LinkedHashMap<>();
        mentions.forEach(m -> byActor.computeIfAbsent(canonical(m.actorId()), k -> new ArrayList<>()).add(m));
        for (Derivation d : roles) {
            byActor.putIfAbsent(canonical(((ActorRole) d.conclusion()).getActorId()), new ArrayList<>());
        }
        List<Verdict.ActorEntry> actors = new ArrayList<>();
        byActor.forEach((id, ms) -> actors.add(actor(id, ms)));
        return actors;
    }

    private Verdict.ActorEntry actor(String id, List<ActorMention> ms) {
        ActorMention first = ms.stream().filter(m -> m.actorId().equals(id)).findFirst()
                .orElse(ms.isEmpty() ? null : ms.get(0));
        String name = first == null ? names.getOrDefault(id, id) : first.name();
        Set<String> aliases = new LinkedHashSet<>();
        for (ActorMention m : ms) {
            aliases.add(m.matchedText());
            aliases.add(m.name());
        }
        aliases.removeIf(a -> a.equalsIgnoreCase(name));
        return new Verdict.ActorEntry(id, name, List.copyOf(aliases), first == null ? "ARMED_GROUP" : first.kind().name(),
                first == null ? null : first.country(), roles(id), affiliations(id), merges(id), roleBasis(id),
                ms.stream().map(ActorMention::evidence).toList());
    }

    private List<Derivation> rolesOf(String id) {
        return roles.stream()
                .filter(d -> canonical(((ActorRole) d.conclusion()).getActorId()).equals(id)).toList();
    }

    private List<String> roles(String id) {
        return rolesOf(id).stream().map(d -> ((ActorRole) d.conclusion()).getRole()).distinct().sorted()
                .map(Role::name).toList();
    }

    private List<Verdict.RoleEntry> roleBasis(String id) {
        Map<Role, List<Derivation>> byRole = new EnumMap<>(Role.class);
        rolesOf(id).forEach(d -> byRole.computeIfAbsent(((ActorRole) d.conclusion()).getRole(), r -> new ArrayList<>()).add(d));
        List<Verdict.RoleEntry> basis = new ArrayList<>();
        byRole.forEach((role, ds) -> basis.add(new Verdict.RoleEntry(role.name(), ds.get(0).rule(), EvidenceOf.derivations(ds))));
        return basis;
    }

    private List<Verdict.MergeEntry> merges(String id) {
        List<Verdict.MergeEntry> merges = new ArrayList<>();
        for (Derivation d : sameActors) {
            SameActor same = (SameActor) d.conclusion();
            if (!canonical(same.getActorId()).equals(id)) {
                continue;
            }
            for (String other : List.of(same.getActorId(), same.getOtherActorId())) {
                if (!other.equals(id)) {
                    merges.add(new Verdict.MergeEntry(other, names.getOrDefault(other, other), d.rule(),
                            EvidenceOf.derivation(d)));
                }
            }
        }
        Map<String, Verdict.MergeEntry> firstPerActorAndRule = new LinkedHashMap<>();
        merges.forEach(m -> firstPerActorAndRule.putIfAbsent(m.id() + " " + m.rule(), m));
        return List.copyOf(firstPerActorAndRule.values());
    }

    /** One entry per relation and target, with the strongest status any rule concluded. */
    private List<Verdict.AffiliationEntry> affiliations(String id) {
        Map<String, List<Derivation>> byRelation = new LinkedHashMap<>();
        for (Derivation d : affiliations) {
            Affiliation a = (Affiliation) d.conclusion();
            if (canonical(a.getActorId()).equals(id)) {
                byRelation.computeIfAbsent(a.getRelation() + " " + canonical(a.getTargetId()), k -> new ArrayList<>()).add(d);
            }
        }
        List<Verdict.AffiliationEntry> entries = new ArrayList<>();
        for (List<Derivation> ds : byRelation.values()) {
            Derivation strongest = ds.stream().min(Comparator.comparingInt(
                    d -> STRENGTH.indexOf(((Affiliation) d.conclusion()).getStatus()))).orElseThrow();
            Affiliation a = (Affiliation) strongest.conclusion();
            String target = canonical(a.getTargetId());
            List<Evidence> evidence = EvidenceOf.derivations(ds);
            entries.add(new Verdict.AffiliationEntry(a.getRelation().name(), target, names.getOrDefault(target, target),
                    a.getStatus().name(), strongest.rule(), evidence));
        }
        return entries;
    }
}
