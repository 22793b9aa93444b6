package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Relation;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.lexicon.RelationCue;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Relations between actors stated in a sentence, by the cue words of relations.csv and the shape each cue
 * has there: "X, affiliated to Y" and "X was a member of Y" (X cue Y), "Y, leader of X" and "Y commander X"
 * (Y cue X), "Y-linked X" and "Y linked X" (Y-cue X), "pro-Y X" (cue-Y X). {@link RelationEnds} finds X and
 * Y around the cue. A relation said to be former ("former emir of"), denied ("not linked to") or of an
 * actor to itself is dropped; "claimed to be led by" is CLAIMED, "believed to be linked to" HEDGED.
 */
final class AffiliationFinder {
    /** A relation found: holder (null id when unnamed), relation, target, and the tokens [start, end) it spans. */
    record Found(String holderId, String holderName, Relation relation, String targetId, String targetName,
                 boolean claimed, boolean hedged, int start, int end, int cue, ActorMention newActor) {}

    /** Perpetrators the text does not name ("the hostage-takers") share one id, so rules can say who they are. */
    static final String UNNAMED_PERPETRATORS = "unnamed-perpetrators";

    private static final Set<String> FORMER = Set.of("former", "formerly", "previously", "ex", "onetime", "one-time",
            "erstwhile", "late"); // "formerly part of Y" is read by its own cue, a split from Y
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "denied", "deny", "denies");
    private static final Set<String> HEDGES = Set.of("believed", "thought", "suspected", "alleged", "allegedly",
            "reportedly", "apparently", "possibly", "probably", "purportedly", "reputedly", "may", "might", "could",
            "accused", "accuses"); // an accusation is an allegation: "accused X of links to Y"
    private static final Set<ActorKind> TARGET_KINDS = Set.of(ActorKind.ARMED_GROUP, ActorKind.PERSON);
    private static final Set<ActorKind> HOLDER_KINDS = Set.of(ActorKind.ARMED_GROUP, ActorKind.PERSON);

    private final Lexicons lexicons;
    private final CompoundAffiliations compounds;

    AffiliationFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.compounds = new CompoundAffiliations(lexicons);
    }

    /**
     * @param earlier the actors named so far in the document (for "the group", "it", and a person named in full
     *                before: "Anton Weiss ... Weiss was a member of")
     * @param spelledOut the abbreviations the document has spelled out so far ("the SLF" after "Sahel Liberation
     *                   Front (SLF)")
     */
    List<Found> find(Sentence sentence, List<ActorAt> actors, List<ActorMention> earlier, SpelledOutNames spelledOut,
                     EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        List<PhraseTable.Match<RelationCue>> cues = lexicons.relations().findAll(tokens);
        actors = withoutTitleNouns(actors, tokens, cues);
        List<CompoundAffiliations.Compound> compounds = this.compounds.find(sentence, actors);
        Set<ActorAt> modifiers = new HashSet<>();
        compounds.forEach(c -> modifiers.add(c.actor()));
        RelationEnds ends = new RelationEnds(lexicons, sentence, actors, modifiers, earlier, spelledOut);
        List<Found> found = new ArrayList<>();
        int walked = -1;
        for (PhraseTable.Match<RelationCue> cue : cues) {
            if (dropped(tokens, cue.start()) || cue.start() < walked) {
                continue; // "a member of the Karsa cell of the Desert Front": "cell of" is inside the target phrase
            }
            if (insideName(actors, cue.start())) {
                continue; // "the Popular Front for the Liberation of ...": the cue words are part of a name
            }
            RelationEnds.End holder;
            RelationEnds.End target;
            Relation relation = cue.value().relation();
            if (cue.value().shape() == RelationCue.Shape.HOLDER_CUE_TARGET) {
                boolean person = relation == Relation.LED_BY || relation == Relation.LOYAL_TO;
                target = ends.after(cue.end(), cue.end(), person ? ActorKind.PERSON : null);
                holder = target == null ? null : ends.before(cue.start(), true);
                if (target != null && holder == null) {
                    holder = ends.namedAfterTarget(target.end(), groupWord(tokens, cue.start(), cue.end())
                            ? ActorKind.ARMED_GROUP : ActorKind.PERSON);
                }
                walked = target == null ? walked : target.end();
                if (target == null && relation == Relation.LED_BY && !tokens.get(cue.end() - 1).isPos("VERB")) {
                    RelationEnds.End[] led = leaderInApposition(ends, cue.start(), cue.end());
                    holder = led == null ? null : led[0];
                    target = led == null ? null : led[1];
                }
            } else {
                target = ends.before(cue.start(), false);
                if (target != null && bareTitle(tokens, cue) && asideBetween(tokens, target.end(), cue.start())) {
                    target = null; // "X, a faction that broke away from Y": a bare title's Y stands right before it
                }
                holder = target == null ? null : ends.after(cue.start(), cue.end(), groupWord(tokens, cue.start(),
                        cue.end()) ? ActorKind.ARMED_GROUP : ActorKind.PERSON);
                if (target != null && holder == null) {
                    holder = ends.afterPlacePhrase(cue.end(), ActorKind.ARMED_GROUP);
                }
                if (target != null && (holder == null || notHolder(holder))) {
                    RelationEnds.End renamed = ends.appositiveBefore(target.start(), cue.end());
                    holder = renamed != null ? renamed : holder; // "AQAP, the group's Yemeni branch": not Yemen
                }
                if (target != null && holder == null && tokens.get(cue.end() - 1).isPos("NOUN")) {
                    holder = ends.unnamedAfter(cue.start(), target.start()); // "Y loyalists"
                }
            }
            add(found, holder, cue.value().relation(), target, tokens, cue.start(), sentence, locator);
        }
        for (CompoundAffiliations.Compound c : compounds) {
            if (dropped(tokens, c.actor().start())) {
                continue;
            }
            RelationEnds.End target = new RelationEnds.End(c.actor().mention(), c.actor().mention().name(),
                    c.actor().start(), c.actor().end(), false);
            RelationEnds.End holder = ends.after(c.end(), c.end());
            holder = holder != null ? holder : ends.appositiveBefore(c.actor().start(), c.end() + 1);
            holder = holder != null ? holder : ends.newGroupAfter(c.end());
            holder = holder != null ? holder : ends.unnamedAfter(c.end(), c.actor().start());
            add(found, holder, c.cue().relation(), target, tokens, c.actor().start(), sentence, locator);
        }
        possessives(sentence, actors, ends, found, locator);
        return found;
    }

    private void add(List<Found> found, RelationEnds.End holder, Relation relation, RelationEnds.End target,
                     List<Token> tokens, int cue, Sentence sentence, EvidenceLocator locator) {
        if (holder == null || target == null || target.actor() == null || target.id().equals(holder.id())
                || !TARGET_KINDS.contains(target.actor().kind())
                || holder.actor() != null && !HOLDER_KINDS.contains(holder.actor().kind())) {
            return; // affiliations are of armed groups and their people; "a ministry spokesman" is not one
        }
        ActorMention created = null;
        RelationEnds.End fresh = holder.isNew() ? holder : target.isNew() ? target : null;
        if (fresh != null) {
            ActorMention m = fresh.actor();
            created = new ActorMention(m.actorId(), m.name(), m.matchedText(), m.kind(), null,
                    locator.locate(sentence.index(), tokens.get(fresh.start()).start(),
                            tokens.get(fresh.end() - 1).end()));
        }
        int start = Math.min(holder.start(), target.start());
        int end = Math.max(holder.end(), target.end());
        for (Found f : found) {
            if (f.relation() == relation && f.targetId().equals(target.id()) && f.start() <= start && end <= f.end()
                    && java.util.Objects.equals(f.holderId(), holder.id())) {
                return; // the same relation read twice ("pledged allegiance to" inside a longer cue)
            }
        }
        found.add(new Found(holder.id(), holder.name(), relation, target.id(), target.actor().name(),
                claimedBefore(tokens, cue), hedgedBefore(tokens, cue), start, end, cue, created));
    }

    /**
     * "Musa Idris, the al-Shabaab leader in the region": the leader is named before the group and its title, so
     * the group (holder) stands before the bare title and the person (target) before that, in apposition.
     */
    private static RelationEnds.End[] leaderInApposition(RelationEnds ends, int cue, int cueEnd) {
        RelationEnds.End group = ends.before(cue, false);
        if (group == null || group.actor() == null || group.actor().kind() != ActorKind.ARMED_GROUP) {
            return null;
        }
        RelationEnds.End person = ends.appositiveBefore(group.start(), cueEnd, ActorKind.PERSON);
        if (person == null || person.actor() == null || person.actor().kind() != ActorKind.PERSON) {
            return null;
        }
        return new RelationEnds.End[] {group, person};
    }

    /**
     * "Jund al-Sahil, a Boko Haram faction": the actor finder takes the group noun after a name into the name's
     * span ("the Boko Haram faction" is Boko Haram), yet a group noun that is a title cue ("faction") says what
     * the group named beside it is; the name ends before it.
     */
    private static List<ActorAt> withoutTitleNouns(List<ActorAt> actors, List<Token> tokens,
                                                   List<PhraseTable.Match<RelationCue>> cues) {
        List<ActorAt> trimmed = new ArrayList<>(actors.size());
        for (ActorAt a : actors) {
            String last = tokens.get(a.end() - 1).lower();
            String matched = a.mention().matchedText() == null ? "" : a.mention().matchedText().toLowerCase(Locale.ROOT);
            boolean title = a.end() - a.start() > 1 && !matched.endsWith(last) && cues.stream().anyMatch(
                    c -> c.start() == a.end() - 1 && c.value().shape() == RelationCue.Shape.TARGET_CUE_HOLDER);
            trimmed.add(title ? new ActorAt(a.start(), a.end() - 1, a.mention()) : a);
        }
        return trimmed;
    }

    /** A named actor that holds no relation (a country, a force of the state): an apposition may name the holder. */
    private static boolean notHolder(RelationEnds.End end) {
        return end.actor() != null && !HOLDER_KINDS.contains(end.actor().kind());
    }

    /** A title of one word that is no verb of a relative clause: "faction", "affiliate", not "(who) heads". */
    private static boolean bareTitle(List<Token> tokens, PhraseTable.Match<RelationCue> cue) {
        return cue.end() - cue.start() == 1 && cue.start() > 0
                && !tokens.get(cue.start() - 1).lower().matches("who|which|that");
    }

    private static boolean asideBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (PhraseWords.ASIDE.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideName(List<ActorAt> actors, int at) {
        return actors.stream().anyMatch(a -> a.start() < at && at < a.end());
    }

    /** The cue words name a group ("splinter group", "breakaway faction"): an actor it names is one. */
    private boolean groupWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            var word = lexicons.actorWords().longestAt(tokens, i);
            if (word != null && word.value() == ActorKind.ARMED_GROUP) {
                return true;
            }
        }
        return false;
    }

    /** "former emir of", "not linked to", "denied links to": no relation that holds now. */
    private static boolean dropped(List<Token> tokens, int cue) {
        for (int k = Math.max(0, cue - 3); k < cue; k++) {
            String w = tokens.get(k).lower();
            if (FORMER.contains(w) || NEGATION.contains(w) || w.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    private static boolean claimedBefore(List<Token> tokens, int cue) {
        for (int k = Math.max(1, cue - 4); k + 1 < cue; k++) {
            if (CueStepsBack.OWN_WORD.contains(tokens.get(k).lower()) && tokens.get(k + 1).lower().matches("it|they")
                    && tokens.get(k - 1).lower().matches("which|who|that")) {
                return true; // "X, which says it is loyal to Y": the group's own word
            }
        }
        for (int k = Math.max(1, cue - 4); k < cue; k++) {
            if (tokens.get(k).lower().matches(Appositions.REFLEXIVE)
                    && tokens.get(k - 1).lower().matches("describ(e|es|ed)|call(s|ed)?|present(s|ed)")) {
                return true; // "X, which described itself as a cell of Y": the group's own word
            }
        }
        for (int k = Math.max(0, cue - 4); k < cue; k++) {
            String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
            if (tokens.get(k).stem().equals("claim") && !next.matches("by|responsibility|credit|the|a|an")) {
                return true; // "claimed to be led by", not "the attack was claimed by"
            }
        }
        return false;
    }

    private static boolean hedgedBefore(List<Token> tokens, int cue) {
        for (int k = Math.max(0, cue - 5); k < cue; k++) {
            if (HEDGES.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Abu Karim's Desert Brigade": the group of a person, named with a possessive, is led by that person. */
    private void possessives(Sentence sentence, List<ActorAt> actors, RelationEnds ends, List<Found> found,
                             EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        for (ActorAt group : actors) {
            int k = group.start() - 1;
            if (group.mention().kind() != ActorKind.ARMED_GROUP || k < 0) {
                continue;
            }
            if (tokens.get(k).lower().matches("'s|\u2019s") && k > 0) {
                k--; // "Bouzid 's": the possessive as a token of its own
            } else if (!ActorPatterns.isPossessive(tokens.get(k))) {
                continue;
            }
            RelationEnds.End person = ends.possessor(k);
            if (person != null && person.actor() != null && person.actor().kind() == ActorKind.PERSON) {
                add(found, new RelationEnds.End(group.mention(), group.mention().name(), group.start(), group.end(),
                        false), Relation.LED_BY, person, tokens, k, sentence, locator);
            }
        }
    }

    /**
     * Who states a relation: the reporting clause whose verb comes before its cue ("Police said X is linked to
     * Y"), else one that follows the whole relation ("X was a member of Y, police said"). A speaker the
     * relation describes ("The Y-linked group X said ...") does not state it: the writer does.
     */
    static Attribution governing(List<Attribution> said, Found f) {
        Attribution before = null;
        for (Attribution a : said) {
            if (a.cue() < f.cue()) {
                before = a;
            }
        }
        if (before != null) {
            return before;
        }
        return said.stream().filter(a -> a.speakerStart() >= f.end()).findFirst().orElse(null);
    }

    /** The claim as a fact, with the sentence's source; "claimed to be led by" makes it a claim. */
    static AffiliationClaim claim(String id, String doc, Found f, Source source, Stance stance, Evidence evidence) {
        // a relation an armed group (or its mouthpiece) states is its claim: "The Front said it is loyal to ..."
        boolean ownWord = source.kind() == SourceKind.PERPETRATOR || source.kind() == SourceKind.PERPETRATOR_CONDUIT;
        Stance own = f.claimed() || ownWord && stance == Stance.REPORTED ? Stance.CLAIMED
                : f.hedged() && stance == Stance.REPORTED ? Stance.HEDGED : stance;
        return new AffiliationClaim(id, doc, f.holderId(), f.holderName(), f.relation(), f.targetId(), f.targetName(),
                source, own, evidence);
    }
}
