package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.RelationCue;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Finds the two ends of a relation around its cue words in one sentence: the actor the relation is said of
 * (its holder) and the actor it points to (its target). Before the cue it steps back over the verb group
 * ("was a convicted", "has declared", "is believed to be"), a relative pronoun or the comma of an aside;
 * after the cue it walks the noun phrase and its "of" chain and takes its last named actor, the head ("a member
 * of the Karsa branch of the Desert Front"). A holder the lexicon does not know may be a proper name (a new
 * person), a name given earlier in the document in full, "the group" or "it" (the armed group named last), or
 * an unnamed noun ("militants": the unnamed perpetrators).
 *
 * <p>Split in three, each part a reader of the same sentence: this class walks to and from the cue;
 * {@link Appositions} reads a noun phrase that renames the actor beside it (an apposition, a copula, an aside
 * characterising the actor); {@link SentenceActors} holds the per-sentence state both read (the sentence's actors,
 * which of them only modify a noun, the actors of earlier sentences) and the guesses for a holder the lexicon
 * does not know. Helpers that need no state live in {@link PhraseWords} and {@link ActorIds}.
 */
final class RelationEnds {
    /** One end: a named actor, or (actor null) the words of an unnamed holder; tokens [start, end). */
    record End(ActorMention actor, String name, int start, int end, boolean isNew) {
        String id() {
            return actor == null ? null : actor.actorId();
        }
    }

    private static final int MAX_PHRASE = 15;

    private final Lexicons lexicons;
    private final List<Token> tokens;
    private final SentenceActors actors;
    private final Appositions appositions;
    private final CueStepsBack steps;

    RelationEnds(Lexicons lexicons, Sentence sentence, List<ActorAt> actors, Set<ActorAt> modifiers,
                 List<ActorMention> earlier, SpelledOutNames spelledOut) {
        this.lexicons = lexicons;
        this.tokens = sentence.tokens();
        this.actors = new SentenceActors(lexicons, sentence, actors, modifiers, earlier, spelledOut);
        this.appositions = new Appositions(this.actors, tokens);
        this.steps = new CueStepsBack(tokens);
    }

    /** The last named actor of the noun phrase that starts at {@code from} (actors may start at {@code earliest}). */
    End after(int earliest, int from) {
        return after(earliest, from, null);
    }

    /**
     * As {@link #after(int, int)}; when the phrase names no known actor and {@code newKind} is not null, a proper
     * name right after the cue (or after "known as", "called") is a new actor of that kind.
     */
    End after(int earliest, int from, ActorKind newKind) {
        ActorAt last = null;
        int k = from;
        while (k < tokens.size() && k - from < MAX_PHRASE) {
            ActorAt a = actors.covering(k, earliest);
            if (a != null) {
                if (actors.mayEnd(a)) {
                    last = a;
                }
                k = Math.max(a.end(), k + 1);
                continue;
            }
            if (!inPhrase(k, from, last, earliest)) {
                break;
            }
            k++;
        }
        if (last == null && newKind != null) {
            return newNameAfter(from, newKind);
        }
        return last == null ? null : SentenceActors.end(last);
    }

    /**
     * Whether the walk after the cue goes on over token {@code k}, which no actor covers: a word of the noun
     * phrase or its "of" chain, or, while no actor is found yet, a comma before the phrase's name ("a splinter
     * group, known as ...", "a TTP commander, Noor, said").
     */
    private boolean inPhrase(int k, int from, ActorAt last, int earliest) {
        Token t = tokens.get(k);
        boolean naming = PhraseWords.NAMING.contains(t.lower()) && (last == null || k > from);
        if (naming || PhraseWords.GLUE.contains(t.lower()) || PhraseWords.isNominal(t)) {
            return true;
        }
        if (last != null) {
            return false;
        }
        boolean namingComma = t.text().equals(",") && k + 1 < tokens.size()
                && tokens.get(k + 1).lower().matches("known|called|named|dubbed");
        return namingComma || appositions.opensHolderAfterTitle(k, from, earliest);
    }

    /** A proper name of two words or more right after the cue (past "known as", "the", a comma): a new actor. */
    private End newNameAfter(int from, ActorKind newKind) {
        int n = from;
        while (n < tokens.size() && (PhraseWords.NAMING.contains(tokens.get(n).lower()) || tokens.get(n).lower().equals("the")
                || tokens.get(n).text().equals(","))) {
            n++;
        }
        int end = n;
        while (end < tokens.size() && end - n < 5 && PhraseWords.isNamePart(tokens, end)) {
            end++;
        }
        return end - n >= 2 ? actors.properName(end - 1, newKind, n) : null;
    }

    /**
     * A new group named right after a compound ("the al-Qaeda-linked Harakat al-Fajr"), or after the word for
     * what it is ("the al-Qaeda-linked group Harakat al-Fajr", "an IS-allied militia called ..."); null when no
     * name of two words or more stands there.
     */
    End newGroupAfter(int from) {
        if (from >= tokens.size()) {
            return null;
        }
        var word = lexicons.actorWords().longestAt(tokens, from);
        int start = word != null && word.value() == ActorKind.ARMED_GROUP ? word.end() : from;
        if (start < tokens.size() && tokens.get(start).text().equals(",")) {
            return null; // "X, an al-Qaeda-linked group, claimed": the name stands before, not after
        }
        return newNameAfter(start, ActorKind.ARMED_GROUP);
    }

    /**
     * The holder named after a place phrase and a comma: "al-Qaeda's affiliate in the Sahel, Jund al-Sahil,
     * claimed": the phrase after the cue is "in" or "for" and a place of up to four words.
     */
    End afterPlacePhrase(int from, ActorKind kind) {
        if (from >= tokens.size() || !tokens.get(from).lower().matches("in|for")) {
            return null;
        }
        for (int k = from + 1; k < tokens.size() && k - from <= 5; k++) {
            if (tokens.get(k).text().equals(",")) {
                boolean place = k > from + 1 && lexicons.places().lookup(tokens.get(k - 1).text()) != null;
                return place ? after(k + 1, k + 1, kind) : null;
            }
        }
        return null;
    }

    /**
     * The name given after the target by "known as", "called": "a splinter group of Y known as X" (the phrase
     * before the cue names no one, so its name comes last); null when no such naming follows {@code end}.
     */
    End namedAfterTarget(int end, ActorKind kind) {
        if (end >= tokens.size() || !tokens.get(end).lower().matches("known|called|named|dubbed")) {
            return null;
        }
        return newNameAfter(end, kind);
    }

    /** The head noun of the phrase from {@code from}, unnamed: "rebel groups" in "al-Qaida-linked rebel groups in Mali". */
    End unnamedAfter(int from, int phraseStart) {
        int k = from;
        while (k < tokens.size() && k - from < 4 && (tokens.get(k).isPos("ADJ") || tokens.get(k).isPos("NOUN"))) {
            k++;
            String w = tokens.get(k - 1).lower();
            if (lexicons.subjects().longestAt(tokens, k - 1) != null && (w.endsWith("s") || w.endsWith("men"))) {
                break; // "Islamic State-backed gunmen shot": "gunmen" is the head, "shot" its verb
            }
        }
        if (k == from || !tokens.get(k - 1).isPos("NOUN")) {
            return null;
        }
        boolean definite = phraseStart >= 1 && tokens.get(phraseStart - 1).lower().equals("the");
        return actors.unnamed(from, k, definite);
    }

    /**
     * The holder before a cue at {@code cue}: the actor ending there once the verb group and an aside are
     * stepped over; else the actor before an appositive; else a proper name; else, when {@code unnamed}, the noun.
     */
    End before(int cue, boolean unnamed) {
        End owner = possessivePronounOwner(cue);
        if (owner != null) {
            return owner;
        }
        int k = steps.overOwnWord(appositions.overCharacterisation(steps.overSuspicion(steps.overVerbGroup(cue))));
        if (k > 0 && k < cue && tokens.get(k).lower().matches("'s|\u2019s|'")) {
            k--; // "the Islamic State group's (local) affiliate": the possessive marker as a token of its own
        }
        boolean possessive = k + 1 < cue && tokens.get(k + 1).lower().matches("'s|\u2019s|'")
                || tokens.get(Math.max(k, 0)).lower().matches(".*['\u2019]s");
        if (k > 0 && possessive && tokens.get(k - 1).lower().equals("the")
                && tokens.get(k).lower().matches("(group|movement|organi[sz]ation|militia|network)(['\u2019]s)?")) {
            ActorAt renamed = appositions.groupRenamedBy(k - 1);
            if (renamed == null) {
                return actors.lastGroup(k - 1); // "Noor, the group's leader": the armed group named last
            }
            End parent = actors.parentOf(renamed); // "AQIM, the group's North African branch": not AQIM's own
            return parent == null ? null : new End(parent.actor(), parent.name(), k - 1, k, false);
        }
        if (k >= 0 && k < cue - 1 && tokens.get(k).lower().equals("and")) {
            return actors.lastBefore(k); // "... calls itself the Desert Brigade and is loyal to"
        }
        boolean aside = k >= 0 && PhraseWords.ASIDE.contains(tokens.get(k).lower());
        while (k >= 0 && PhraseWords.ASIDE.contains(tokens.get(k).lower())) {
            k--;
        }
        k = appositions.overAge(k);
        if (aside) {
            k = appositions.overParenthesis(k); // "the Allied Front (AF), which is loyal to"
        }
        return k < 0 ? null : holderEndingAt(k, cue, aside, unnamed);
    }

    /**
     * "Its (top) commander, Noor, was killed", "its leader Noor": the title's owner is the armed group named
     * last, unless an actor of another kind stands earlier in the sentence ("The army said its commander").
     */
    private End possessivePronounOwner(int cue) {
        int p = cue - 1;
        while (p >= 0 && cue - p <= 3 && PhraseWords.isNominal(tokens.get(p)) && !PhraseWords.isCapitalised(tokens.get(p))) {
            p--; // "its top commander", "its regional military chief"
        }
        if (p < 0 || !tokens.get(p).lower().equals("its") || actors.otherThanGroupBefore(p)) {
            return null;
        }
        return actors.lastGroup(p);
    }


    /**
     * The holder whose words end at token {@code k}: a named actor, "it" or "which" (the group named last, unless
     * the "which" opened an aside), else the noun phrase ending there.
     */
    private End holderEndingAt(int k, int cue, boolean aside, boolean unnamed) {
        ActorAt at = actors.endingAt(k + 1);
        if (at == null && k > 0 && tokens.get(k).lower().matches("(group|network|movement|organi[sz]ation)(['\u2019]s)?")) {
            at = actors.endingAt(k); // "the Islamic State group's affiliate": the name, then the word for what it is
        }
        if (unnamed && at != null && at.start() > 0 && tokens.get(at.start() - 1).lower().matches("a|an")) {
            End described = appositions.nameBefore(at.start() - 1, cue);
            if (described != null) {
                return described; // "X, an Islamic State cell that broke away from Y": the cell is X, not IS
            }
        }
        if (at != null) {
            return SentenceActors.end(at);
        }
        if (tokens.get(k).lower().equals("it") || tokens.get(k).lower().equals("which") && !aside) {
            return actors.lastGroup(k);
        }
        return nounHolder(k, cue, unnamed);
    }

    /**
     * The holder named by the noun phrase ending at token {@code k}: the name it stands in apposition to, else a
     * proper name, else (when {@code unnamed}) the unnamed noun itself.
     */
    private End nounHolder(int k, int cue, boolean unnamed) {
        if (!tokens.get(k).isPos("NOUN") && !tokens.get(k).isPos("PROPN") && !PhraseWords.isCapitalised(tokens.get(k))
                && !PhraseWords.isParticleName(tokens.get(k)) && !titleCue(k)) {
            return null;
        }
        int np = k;
        while (np > 0 && (PhraseWords.isNominal(tokens.get(np - 1)) || tokens.get(np - 1).isPos("DET")
                || tokens.get(np - 1).text().contains("-") || np > 1 && tokens.get(np - 2).text().equals("-"))
                && actors.endingAt(np) == null) { // "a little-known militia"
            np--;
        }
        End name = appositions.nameBefore(overModifyingName(np), cue);
        if (name != null) {
            return name;
        }
        name = actors.properName(k, actors.kindOf(k, cue));
        if (name != null) {
            return name;
        }
        boolean definite = tokens.get(np).lower().equals("the");
        return unnamed ? actors.unnamed(np, k + 1, definite) : null;
    }

    /** A title cue the tagger may call a verb: "an Islamic State affiliate that ...". */
    private boolean titleCue(int k) {
        var cue = lexicons.relations().longestAt(tokens, k);
        return cue != null && cue.end() == k + 1 && cue.value().shape() == RelationCue.Shape.TARGET_CUE_HOLDER
                && k > 0 && (tokens.get(k - 1).isPos("PROPN") || tokens.get(k - 1).isPos("ADJ"));
    }

    /**
     * The start of a noun phrase whose head at {@code np} is modified by a name: "(ISWAP,) an Islamic State
     * affiliate that broke away from": the phrase starts at its article, before the modifying name.
     */
    private int overModifyingName(int np) {
        ActorAt modifier = actors.endingAt(np);
        if (modifier == null || modifier.start() == 0) {
            return np;
        }
        int start = modifier.start();
        while (start > 0 && (tokens.get(start - 1).isPos("DET") || tokens.get(start - 1).isPos("ADJ"))) {
            start--;
        }
        return start;
    }

    /** The actor before an appositive that starts at {@code start}: "Al-Shabaab, an al-Qaeda affiliate, ...". */
    End appositiveBefore(int start, int end) {
        return appositiveBefore(start, end, null);
    }

    /** As {@link #appositiveBefore(int, int)}; a new name is of {@code kind} when not null ("X, the Y leader": a person). */
    End appositiveBefore(int start, int end, ActorKind kind) {
        return appositions.actorBefore(start, end, kind);
    }

    /** The person whose possessive ends at token {@code k}: an actor ("Karim's"), or a proper name. */
    End possessor(int k) {
        return actors.possessor(k);
    }
}
