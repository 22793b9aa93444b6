package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.extract.RelationEnds.End;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * The actors of one sentence as ends of a relation: which actor covers or ends at a token (not a nationality or
 * an outlet, nor an actor that only modifies a noun), and the guesses for a holder the lexicon does not know (a
 * proper name, a name given earlier in full, "the group" for the armed group named last, an unnamed noun).
 * Both {@link RelationEnds}' walks around the cue and {@link Appositions}' readings ask these questions, so they
 * live here once, with the per-sentence state they read: the sentence's actors, its modifiers and the actors of
 * earlier sentences.
 */
final class SentenceActors {
    private final Lexicons lexicons;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final List<ActorAt> actors;
    private final Set<ActorAt> modifiers;
    private final List<ActorMention> earlier;
    private final SpelledOutNames spelledOut;

    SentenceActors(Lexicons lexicons, Sentence sentence, List<ActorAt> actors, Set<ActorAt> modifiers,
                   List<ActorMention> earlier, SpelledOutNames spelledOut) {
        this.lexicons = lexicons;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.actors = actors;
        this.modifiers = modifiers;
        this.earlier = earlier;
        this.spelledOut = spelledOut;
    }

    /** Whether an actor may be a relation end: a kind that can hold or be a relation, and no mere modifier. */
    boolean mayEnd(ActorAt a) {
        return usable(a) && !modifiers.contains(a);
    }

    /**
     * The actor named last before token {@code and}: the subject of the first of two verbs joined there ("...
     * calls itself the Desert Brigade and is loyal to").
     */
    End lastBefore(int and) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            ActorAt a = actors.get(i);
            if (a.end() <= and && mayEnd(a)) {
                return end(a);
            }
        }
        return null;
    }

    /** The person whose possessive ends at token {@code k}: an actor ("Karim's"), or a proper name. */
    End possessor(int k) {
        for (ActorAt a : actors) {
            if (a.start() <= k && k < a.end() && a.end() == k + 1 && usable(a)) {
                return end(a);
            }
        }
        return properName(k, ActorKind.PERSON);
    }

    /** A run of capitalised words ending at {@code k}: a person not in the lexicon, or one named in full earlier. */
    End properName(int k, ActorKind kind) {
        return properName(k, kind, 0);
    }

    /** As {@link #properName(int, ActorKind)}, the name starting at {@code floor} or later ("the al-Qaeda-aligned Jund al-Sahil"). */
    End properName(int k, ActorKind kind, int floor) {
        if (k < 0) {
            return null;
        }
        int start = k;
        while (start >= floor && k - start < 4 && PhraseWords.isNamePart(tokens, start) && endingAt(start + 1) == null
                && !tokens.get(start).lower().equals("the")) {
            start--;
        }
        start++;
        boolean nameEnd = tokens.get(k).isPos("PROPN") || tokens.get(k).isPos("NOUN")
                || PhraseWords.isParticleName(tokens.get(k)); // "Harakat al-Fajr", however "al-Fajr" is tagged
        if (start > k || start < k && !nameEnd
                || kind == ActorKind.PERSON && start > 0 && tokens.get(start - 1).lower().equals("the")) {
            return null; // "the River Fighters" is no person
        }
        String name = sentence.textOf(start, k + 1).replaceAll("['\u2019]s$", "");
        End spelled = spelledOut(name, start, k + 1);
        if (spelled != null) {
            return spelled;
        }
        if (lexicons.places().lookup(name) != null || lexicons.demonyms().lookup(name) != null
                || lexicons.actorWords().longestAt(tokens, k) != null) {
            return null;
        }
        if (k == start && kind == ActorKind.PERSON) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                ActorMention m = earlier.get(i);
                String[] words = m.name().split("\\s+");
                boolean person = m.kind() == ActorKind.PERSON || m.kind() == ActorKind.OFFICIAL;
                if (person && words.length > 1 && (words[0].equals(name) || words[words.length - 1].equals(name))) {
                    return new End(m, m.name(), k, k + 1, false);
                }
            }
            return null;
        }
        return new End(new ActorMention(ActorIds.slug(name), name, name, kind, null, null), name, start, k + 1, true);
    }

    /** An unnamed holder: "the group" is the armed group named last; "militants" are the unnamed perpetrators. */
    End unnamed(int start, int end, boolean definite) {
        Token head = tokens.get(end - 1);
        var word = lexicons.actorWords().longestAt(tokens, end - 1);
        if (definite && word != null && word.value() == ActorKind.ARMED_GROUP && !head.lower().endsWith("s")) {
            End group = lastGroup(start);
            if (group != null) {
                return group;
            }
            String acting = spelledOut.actingName();
            if (acting != null && !sentence.textOf(start, end).contains(acting)) { // "Jund al-Sahil attacked ... The group"
                return new End(new ActorMention(ActorIds.slug(acting), acting, acting, ActorKind.ARMED_GROUP, null,
                        null), acting, start, end, false);
            }
        }
        String name = SourceClassifier.stripArticle(sentence.textOf(start, end));
        End spelled = spelledOut(name, start, end);
        if (spelled != null) {
            return spelled;
        }
        var subject = lexicons.subjects().longestAt(tokens, end - 1);
        if (subject != null && subject.value() == Subject.PERPETRATORS
                && !PhraseWords.capitalisedBefore(tokens, start, end - 1)
                && !PhraseWords.objectOfPreposition(tokens, start)) {
            return new End(new ActorMention(AffiliationFinder.UNNAMED_PERPETRATORS, "the perpetrators", name,
                    ActorKind.ARMED_GROUP, null, null), name, start, end, false);
        }
        return new End(null, name, start, end, false);
    }

    /** A group by an abbreviation the document spelled out before ("the SLF"): a new actor by its full name. */
    private End spelledOut(String words, int start, int end) {
        String full = spelledOut.fullName(words);
        if (full == null) {
            return null;
        }
        return new End(new ActorMention(ActorIds.slug(full), full, words, ActorKind.ARMED_GROUP, null, null), full,
                start, end, true);
    }

    /** Whether an actor other than an armed group is named before token {@code k}: "The army said its ...". */
    boolean otherThanGroupBefore(int k) {
        for (int i = 0; i < k; i++) {
            var word = lexicons.actorWords().longestAt(tokens, i);
            if (word != null && word.value() != ActorKind.ARMED_GROUP) {
                return true; // "the army", "police": not named, yet what "its" may stand for
            }
        }
        return actors.stream().anyMatch(a -> a.end() <= k && mayEnd(a) && a.mention().kind() != ActorKind.ARMED_GROUP);
    }

    /** The armed group named last before token {@code k} (this sentence first, then earlier ones). */
    End lastGroup(int k) {
        ActorAt here = null;
        for (ActorAt a : actors) {
            if (a.end() <= k && a.mention().kind() == ActorKind.ARMED_GROUP && !modifiers.contains(a)) {
                here = a;
            }
        }
        if (here != null) {
            return end(here);
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            ActorMention m = earlier.get(i);
            if (m.kind() == ActorKind.ARMED_GROUP && !m.actorId().equals(AffiliationFinder.UNNAMED_PERPETRATORS)
                    && actors.stream().noneMatch(a -> a.mention() == m)) {
                return new End(m, m.name(), k, k + 1, false);
            }
        }
        return null;
    }

    /**
     * The group that "the group's" stands for when the phrase renames a group ({@code renamed}, "AQIM, the group's
     * branch"): a group is no branch of itself, so it is the other armed group named last before it; else the
     * group whose name opens the renamed one's ("al Qaeda" in "al Qaeda in the Islamic Maghreb"); else null.
     */
    End parentOf(ActorAt renamed) {
        String id = renamed.mention().actorId();
        for (int i = actors.size() - 1; i >= 0; i--) {
            ActorAt a = actors.get(i);
            if (a.end() <= renamed.start() && a.mention().kind() == ActorKind.ARMED_GROUP && !modifiers.contains(a)
                    && !a.mention().actorId().equals(id)) {
                return end(a);
            }
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            ActorMention m = earlier.get(i);
            if (m.kind() == ActorKind.ARMED_GROUP && !m.actorId().equals(AffiliationFinder.UNNAMED_PERPETRATORS)
                    && !m.actorId().equals(id) && actors.stream().noneMatch(a -> a.mention() == m)) {
                return new End(m, m.name(), renamed.end(), renamed.end() + 1, false);
            }
        }
        return nameOpening(renamed);
    }

    /** The known armed group whose name opens an actor's name before "in": "al Qaeda (in the Islamic Maghreb)". */
    private End nameOpening(ActorAt renamed) {
        for (int p = renamed.start() + 1; p < renamed.end(); p++) {
            if (tokens.get(p).lower().equals("in")) {
                var entry = lexicons.actors().lookup(sentence.textOf(renamed.start(), p));
                if (entry != null && entry.kind() == ActorKind.ARMED_GROUP && !entry.id().equals(renamed.mention().actorId())) {
                    ActorMention m = new ActorMention(entry.id(), entry.name(), sentence.textOf(renamed.start(), p),
                            entry.kind(), entry.country(), null);
                    return new End(m, m.name(), renamed.start(), p, false);
                }
            }
        }
        return null;
    }

    /** The actor covering token {@code k} that starts at {@code earliest} or later. */
    ActorAt covering(int k, int earliest) {
        for (ActorAt a : actors) {
            if (a.start() <= k && k < a.end() && a.start() >= earliest) {
                return a;
            }
        }
        return null;
    }

    /** The last actor ending at token {@code end} that may be a relation end (not one that only modifies a noun). */
    ActorAt endingAt(int end) {
        ActorAt found = null;
        for (ActorAt a : actors) {
            if (a.end() == end && mayEnd(a)) {
                found = a;
            }
        }
        return found;
    }

    private static boolean usable(ActorAt a) {
        ActorKind kind = a.mention().kind();
        return kind != ActorKind.NATIONALITY_GROUP && kind != ActorKind.MEDIA;
    }

    static End end(ActorAt a) {
        return new End(a.mention(), a.mention().name(), a.start(), a.end(), false);
    }


    /**
     * The kind of an actor named beside the phrase [from, to): an armed group when the phrase calls it one ("a
     * militia", "a splinter group of"), else a person.
     */
    ActorKind kindOf(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to + 2, tokens.size()); i++) {
            var word = lexicons.actorWords().longestAt(tokens, i);
            if (word != null && word.value() == ActorKind.ARMED_GROUP) {
                return ActorKind.ARMED_GROUP;
            }
        }
        return ActorKind.PERSON;
    }
}
