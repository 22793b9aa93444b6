package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.Relation;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.lexicon.ActorEntry;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.NameIndex;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.lexicon.RelationCue;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Relations between actors stated in a sentence (relations.csv): "affiliated to", "loyal to", "broke away
 * from", "led by", "leader of", and "X-linked militants". The relation belongs to the actor the clause is
 * about: in "loyal to a veteran jihadist called Abu Karim, who broke away from al-Qaida in the Maghreb", the
 * breaking away is Abu Karim's, the actor just before "who".
 */
final class AffiliationFinder {
    /** A relation found: holder (null id when unnamed), relation, target, and the tokens [start, end) it spans. */
    record Found(String holderId, String holderName, Relation relation, String targetId, String targetName,
                 boolean claimed, int start, int end, int cue) {}

    private static final int TARGET_WINDOW = 8;
    private final Lexicons lexicons;

    AffiliationFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Found> find(Sentence sentence, List<ActorAt> actors) {
        List<Token> tokens = sentence.tokens();
        List<Found> found = new ArrayList<>();
        for (PhraseTable.Match<RelationCue> cue : lexicons.relations().findAll(tokens)) {
            ActorAt target = firstActorFrom(actors, cue.end(), cue.end() + TARGET_WINDOW);
            if (target == null) {
                continue;
            }
            boolean claimed = precededByClaim(tokens, cue.start());
            Holder holder = holderBefore(tokens, actors, cue.start());
            if (holder == null) {
                continue;
            }
            RelationCue c = cue.value();
            if (c.inverse()) {
                // "X, leader of Y": Y is led by X
                if (holder.actor() != null) {
                    found.add(new Found(target.mention().actorId(), target.mention().name(), c.relation(),
                            holder.actor().actorId(), holder.actor().name(), claimed, holder.start(), target.end(),
                            cue.start()));
                }
            } else {
                found.add(new Found(holder.actor() == null ? null : holder.actor().actorId(), holder.name(), c.relation(),
                        target.mention().actorId(), target.mention().name(), claimed, holder.start(), target.end(),
                        cue.start()));
            }
        }
        found.addAll(linkedCompounds(sentence, actors));
        return found;
    }

    /** "al-Qaida-linked militants": the compound names the target, the noun after it the holder. */
    private List<Found> linkedCompounds(Sentence sentence, List<ActorAt> actors) {
        List<Token> tokens = sentence.tokens();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            int dash = word.toLowerCase(java.util.Locale.ROOT).lastIndexOf("-linked");
            if (dash <= 0) {
                continue;
            }
            ActorEntry target = lexicons.actors().lookup(word.substring(0, dash));
            if (target == null) {
                for (NameIndex.Match<ActorEntry> m : lexicons.actors().find(word.substring(0, dash))) {
                    target = m.value();
                }
            }
            if (target == null || i + 1 >= tokens.size()) {
                continue;
            }
            ActorAt named = firstActorFrom(actors, i + 1, i + 2);
            int nounEnd = i + 1;
            while (nounEnd < tokens.size() && nounEnd < i + 4
                    && (tokens.get(nounEnd).isPos("NOUN") || tokens.get(nounEnd).isPos("ADJ"))) {
                nounEnd++;
            }
            String holderName = named != null ? named.mention().name()
                    : sentence.textOf(i + 1, Math.max(nounEnd, i + 2)); // "al-Qaida-linked rebel groups"
            // the head noun says who: "militants" are the perpetrators, "rebel groups" are not known to be
            String holderId = named != null ? named.mention().actorId() : unnamedId(tokens, Math.max(nounEnd, i + 2) - 1);
            found.add(new Found(holderId, holderName, Relation.AFFILIATED_TO, target.id(), target.name(), false, i,
                    i + 2, i));
        }
        return found;
    }

    private record Holder(ActorMention actor, String name, int start) {}

    /**
     * The actor the relation is said of: before "who"/"which", or before the comma that opens an aside, the
     * nearest actor there; otherwise the nearest actor earlier in the sentence; failing that, the noun the
     * clause is about ("The hostage-takers - who claimed to be led by ...").
     */
    private Holder holderBefore(List<Token> tokens, List<ActorAt> actors, int cue) {
        int k = cue - 1;
        while (k >= 0 && tokens.get(k).lower().matches("claimed|claims|claim|said|says|believed|thought|to|be|is|are"
                + "|was|were|has|have|had|also|reportedly|allegedly|and|been|being|itself|themselves")) {
            k--;
        }
        boolean aside = false;
        while (k >= 0 && tokens.get(k).lower().matches("who|which|that|,|\u2014|\u2013|-|\\(")) {
            aside = true;
            k--;
        }
        ActorAt nearest = null;
        for (ActorAt a : actors) {
            if (a.end() <= k + 1) {
                nearest = a;
            }
        }
        if (nearest != null && (!aside || nearest.end() == k + 1)) {
            return new Holder(nearest.mention(), nearest.mention().name(), nearest.start());
        }
        if (aside && k >= 0 && tokens.get(k).isPos("NOUN")) {
            // "Al-Shabaab, a militant Somali group that has declared allegiance to": the group is Al-Shabaab
            int np = k;
            while (np > 0 && (tokens.get(np - 1).isPos("ADJ") || tokens.get(np - 1).isPos("NOUN")
                    || tokens.get(np - 1).isPos("DET") || tokens.get(np - 1).isPos("PROPN"))) {
                np--;
            }
            if (np > 0 && tokens.get(np - 1).text().equals(",") && nearest != null && nearest.end() == np - 1) {
                return new Holder(nearest.mention(), nearest.mention().name(), nearest.start());
            }
            return unnamed(tokens, k); // an unnamed holder: "The hostage-takers - who ..."
        }
        return nearest == null ? null : new Holder(nearest.mention(), nearest.mention().name(), nearest.start());
    }

    /** Perpetrators the text does not name ("the hostage-takers") share one id, so rules can say who they are. */
    static final String UNNAMED_PERPETRATORS = "unnamed-perpetrators";

    private Holder unnamed(List<Token> tokens, int k) {
        String id = unnamedId(tokens, k);
        return new Holder(id == null ? null : new org.incidentclassifier.facts.ActorMention(id, "the perpetrators",
                tokens.get(k).text(), org.incidentclassifier.facts.ActorKind.ARMED_GROUP, null, null),
                tokens.get(k).text(), k);
    }

    private String unnamedId(List<Token> tokens, int k) {
        var subject = k < tokens.size() ? lexicons.subjects().longestAt(tokens, k) : null;
        return subject != null && subject.value() == org.incidentclassifier.facts.Subject.PERPETRATORS
                ? UNNAMED_PERPETRATORS : null;
    }

    private static boolean precededByClaim(List<Token> tokens, int cue) {
        for (int k = Math.max(0, cue - 4); k < cue; k++) {
            if (tokens.get(k).stem().equals("claim")) {
                return true;
            }
        }
        return false;
    }

    private static ActorAt firstActorFrom(List<ActorAt> actors, int from, int to) {
        for (ActorAt a : actors) {
            if (a.start() >= from && a.start() < to) {
                return a;
            }
        }
        return null;
    }

    /** The claim as a fact, with the sentence's source; "claimed to be led by" makes it a claim. */
    static AffiliationClaim claim(String id, String doc, Found f, Source source, Stance stance,
                                  org.incidentclassifier.facts.Evidence evidence) {
        return new AffiliationClaim(id, doc, f.holderId(), f.holderName(), f.relation(), f.targetId(), f.targetName(),
                source, f.claimed() ? Stance.CLAIMED : stance, evidence);
    }
}
