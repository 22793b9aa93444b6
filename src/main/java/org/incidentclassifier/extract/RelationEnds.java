package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Finds the two ends of a relation around its cue words in one sentence: the actor the relation is said of
 * (its holder) and the actor it points to (its target). Before the cue it steps back over the verb group
 * ("was a convicted", "has declared", "is believed to be"), a relative pronoun or the comma of an aside,
 * and an appositive noun phrase ("Al-Shabaab, a Somali group that"); after the cue it walks the noun phrase
 * and its "of" chain and takes its last named actor, the head ("a member of the Karsa branch of the
 * Desert Front"). A holder the lexicon does not know may be a proper name (a new person), a name given
 * earlier in the document in full, "the group" or "it" (the armed group named last), or an unnamed noun
 * ("militants": the unnamed perpetrators).
 *
 * <p>One concern, kept whole on purpose: every step (the walk before the cue, the walk after it, and the guesses
 * for a holder the lexicon does not know) reads the same per-sentence state: the sentence's actors, which of them
 * only modify a noun, and the actors of earlier sentences. The guesses also ask the walk which actor ends at a
 * token ({@link #endingAt}). A split would pass all of that state back and forth, so the class stays one reader
 * of one sentence's relation ends, and its helpers that need no state live elsewhere ({@link PhraseWords},
 * {@link ActorIds}).
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
    private final Sentence sentence;
    private final List<Token> tokens;
    private final List<ActorAt> actors;
    private final Set<ActorAt> modifiers;
    private final List<ActorMention> earlier;

    RelationEnds(Lexicons lexicons, Sentence sentence, List<ActorAt> actors, Set<ActorAt> modifiers,
                 List<ActorMention> earlier) {
        this.lexicons = lexicons;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.actors = actors;
        this.modifiers = modifiers;
        this.earlier = earlier;
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
            ActorAt a = covering(k, earliest);
            if (a != null) {
                if (usable(a) && !modifiers.contains(a)) {
                    last = a;
                }
                k = Math.max(a.end(), k + 1);
                continue;
            }
            Token t = tokens.get(k);
            boolean naming = PhraseWords.NAMING.contains(t.lower()) && (last == null || k > from);
            if (naming || PhraseWords.GLUE.contains(t.lower()) || PhraseWords.isNominal(t)) {
                k++;
                continue;
            }
            if (t.text().equals(",") && last == null && k + 1 < tokens.size()
                    && tokens.get(k + 1).lower().matches("known|called|named|dubbed")) {
                k++; // "a splinter group, known as ..."
                continue;
            }
            if (t.text().equals(",") && last == null && k == from && k + 1 < tokens.size()
                    && covering(k + 1, earliest) != null) {
                k++; // "a TTP commander, Noor Wali Mehsud, said": the title's holder in apposition after it
                continue;
            }
            break;
        }
        if (last == null && newKind != null) {
            int n = from;
            while (n < tokens.size() && (PhraseWords.NAMING.contains(tokens.get(n).lower()) || tokens.get(n).lower().equals("the")
                    || tokens.get(n).text().equals(","))) {
                n++;
            }
            int end = n;
            while (end < tokens.size() && end - n < 5 && PhraseWords.isNamePart(tokens, end)) {
                end++;
            }
            return end - n >= 2 ? properName(end - 1, newKind) : null;
        }
        return last == null ? null : end(last);
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
        return unnamed(from, k, definite);
    }

    /**
     * The holder before a cue at {@code cue}: the actor ending there once the verb group and an aside are
     * stepped over; else the actor before an appositive; else a proper name; else, when {@code unnamed}, the noun.
     */
    End before(int cue, boolean unnamed) {
        int k = cue - 1;
        while (k >= 0 && (PhraseWords.VERB_GROUP.contains(tokens.get(k).lower()) || tokens.get(k).isPos("ADV")
                || tokens.get(k).isPos("ADJ") && k > 0 && tokens.get(k - 1).lower().matches("a|an|the"))) {
            k--;
        }
        k = overCharacterisation(k);
        if (k > 0 && k == cue - 1 && tokens.get(k).lower().matches("'s|\u2019s|'")) {
            k--; // "the Islamic State group's affiliate": the possessive marker as a token of its own
        }
        if (k >= 0 && k < cue - 1 && tokens.get(k).lower().equals("and")) {
            // "... calls itself the Desert Brigade and is loyal to": the subject of the first verb, named last
            for (int i = actors.size() - 1; i >= 0; i--) {
                ActorAt a = actors.get(i);
                if (a.end() <= k && usable(a) && !modifiers.contains(a)) {
                    return end(a);
                }
            }
            return null;
        }
        boolean aside = false;
        while (k >= 0 && PhraseWords.ASIDE.contains(tokens.get(k).lower())) {
            aside = true;
            k--;
        }
        if (k >= 1 && tokens.get(k).isPos("NUM") && tokens.get(k - 1).text().equals(",")) {
            k -= 2; // "Anton Weiss, 31, was a member of"
        }
        if (aside) {
            k = overParenthesis(k); // "the Allied Front (AF), which is loyal to"
        }
        if (k < 0) {
            return null;
        }
        ActorAt at = endingAt(k + 1);
        if (at == null && k > 0 && tokens.get(k).lower().matches("(group|network|movement|organi[sz]ation)(['\u2019]s)?")) {
            at = endingAt(k); // "the Islamic State group's affiliate": the name, then the word for what it is
        }
        if (at != null) {
            return end(at);
        }
        if (tokens.get(k).lower().equals("it") || tokens.get(k).lower().equals("which") && !aside) {
            return lastGroup(k);
        }
        if (!tokens.get(k).isPos("NOUN") && !tokens.get(k).isPos("PROPN") && !PhraseWords.isCapitalised(tokens.get(k))) {
            return null;
        }
        int np = k;
        while (np > 0 && (PhraseWords.isNominal(tokens.get(np - 1)) || tokens.get(np - 1).isPos("DET")
                || tokens.get(np - 1).text().contains("-") || np > 1 && tokens.get(np - 2).text().equals("-"))
                && endingAt(np) == null) { // "a little-known militia"
            np--;
        }
        if (np > 1 && tokens.get(np - 1).text().equals(",")) {
            // "Al-Shabaab, a Somali group that has declared ...", "Pieter Gross, the gunman, was ...", and with
            // the name's abbreviation in brackets: "the Allied Front (AF), a group that has pledged ..."
            int last = overParenthesis(np - 2);
            ActorAt named = last < 0 ? null : endingAt(last + 1);
            End name = named != null ? end(named) : last < 0 ? null : properName(last, kindOf(np, cue));
            if (name != null) {
                return name;
            }
        }
        End name = properName(k, kindOf(k, cue));
        if (name != null) {
            return name;
        }
        boolean definite = tokens.get(np).lower().equals("the");
        return unnamed ? unnamed(np, k + 1, definite) : null;
    }

    /**
     * Steps back over a clause that says who characterises the holder, to the relative pronoun or comma that opens
     * it: "X, which police describe as an offshoot of Y", "X, described by officials as a front for Y", "X, which
     * India calls a proxy of Y", "X, widely seen as". Token {@code k} is the last word before the cue's article;
     * returns {@code k} itself when no such clause ends there.
     */
    private int overCharacterisation(int k) {
        int j = k;
        if (j >= 0 && tokens.get(j).lower().equals("as")) {
            j--;
        }
        int verb = j;
        while (verb >= 0 && j - verb <= 3 && !CHARACTERISING.contains(tokens.get(verb).lower())) {
            verb--; // "described by police as": the agent phrase between the verb and "as"
        }
        if (verb < 0 || !CHARACTERISING.contains(tokens.get(verb).lower())
                || verb < j && !tokens.get(verb + 1).lower().equals("by")) {
            return k;
        }
        int i = verb - 1;
        while (i >= 0 && verb - i <= 6 && !PhraseWords.ASIDE.contains(tokens.get(i).lower())) {
            Token t = tokens.get(i);
            if (!PhraseWords.isNominal(t) && !t.isPos("ADV") && !PhraseWords.VERB_GROUP.contains(t.lower())) {
                return k; // "X attacked the town, which residents describe as ...": a verb of its own
            }
            i--;
        }
        return i >= 0 && PhraseWords.ASIDE.contains(tokens.get(i).lower()) ? i : k;
    }

    /** Verbs by which a source characterises an actor ("which police describe as", "which India calls"). */
    private static final Set<String> CHARACTERISING = Set.of("describe", "describes", "described", "call", "calls",
            "consider", "considers", "considered", "regard", "regards", "regarded", "see", "sees", "seen", "view",
            "views", "viewed", "brand", "brands", "branded", "label", "labels", "labelled", "labeled", "designate",
            "designates", "designated", "say", "says", "believe", "believes");

    /** The token before an abbreviation in brackets ending at {@code k}: "Allied Front (AF)"; else {@code k}. */
    private int overParenthesis(int k) {
        if (k < 0 || !tokens.get(k).text().equals(")")) {
            return k;
        }
        for (int i = k - 1; i >= 0 && k - i <= 5; i--) {
            if (tokens.get(i).text().equals("(")) {
                return i - 1;
            }
        }
        return k;
    }

    /** The actor before an appositive that starts at {@code start}: "Al-Shabaab, an al-Qaeda affiliate, ...". */
    End appositiveBefore(int start, int end) {
        return appositiveBefore(start, end, null);
    }

    /** As {@link #appositiveBefore(int, int)}; a new name is of {@code kind} when not null ("X, the Y leader": a person). */
    End appositiveBefore(int start, int end, ActorKind kind) {
        int k = start - 1;
        while (k >= 0 && (tokens.get(k).isPos("DET") || tokens.get(k).isPos("ADJ"))) {
            k--;
        }
        if (k >= 1 && tokens.get(k).text().equals(",")) {
            ActorAt at = endingAt(k);
            return at != null ? end(at) : properName(k - 1, kind != null ? kind : kindOf(k + 1, end));
        }
        return subjectOfCopula(k);
    }

    /** Verbs that say what the subject is: "X was a known Y member", "X, who had been a Y commander". */
    private static final Set<String> COPULA = Set.of("is", "was", "are", "were", "been", "had", "has", "became",
            "becomes", "remains", "remained");

    /**
     * The subject of a copula ending at token {@code k}: "Farah was a known al-Shabaab member", "Farah, who
     * became a Boko Haram commander"; null when {@code k} ends no copula.
     */
    private End subjectOfCopula(int k) {
        int j = k;
        while (j >= 0 && (COPULA.contains(tokens.get(j).lower()) || tokens.get(j).isPos("ADV"))) {
            j--;
        }
        if (j == k || j < 0 || !COPULA.contains(tokens.get(k).lower())) {
            return null;
        }
        if (tokens.get(j).lower().equals("who") && j >= 2 && tokens.get(j - 1).text().equals(",")) {
            j -= 2; // "Farah, who was ...": the name before the relative clause
        }
        ActorAt at = endingAt(j + 1);
        if (at != null) {
            return at.mention().kind() == ActorKind.PERSON ? end(at) : null;
        }
        End name = properName(j, ActorKind.PERSON);
        return name != null && name.actor() != null ? name : null;
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
    private End properName(int k, ActorKind kind) {
        if (k < 0) {
            return null;
        }
        int start = k;
        while (start >= 0 && k - start < 4 && PhraseWords.isNamePart(tokens, start) && endingAt(start + 1) == null
                && !tokens.get(start).lower().equals("the")) {
            start--;
        }
        start++;
        if (start > k || start < k && !tokens.get(k).isPos("PROPN") && !tokens.get(k).isPos("NOUN")
                || kind == ActorKind.PERSON && start > 0 && tokens.get(start - 1).lower().equals("the")) {
            return null; // "the River Fighters" is no person
        }
        String name = sentence.textOf(start, k + 1).replaceAll("['\u2019]s$", "");
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
    private End unnamed(int start, int end, boolean definite) {
        Token head = tokens.get(end - 1);
        var word = lexicons.actorWords().longestAt(tokens, end - 1);
        if (definite && word != null && word.value() == ActorKind.ARMED_GROUP && !head.lower().endsWith("s")) {
            End group = lastGroup(start);
            if (group != null) {
                return group;
            }
        }
        String name = SourceClassifier.stripArticle(sentence.textOf(start, end));
        var subject = lexicons.subjects().longestAt(tokens, end - 1);
        if (subject != null && subject.value() == Subject.PERPETRATORS
                && !PhraseWords.capitalisedBefore(tokens, start, end - 1)
                && !PhraseWords.objectOfPreposition(tokens, start)) {
            return new End(new ActorMention(AffiliationFinder.UNNAMED_PERPETRATORS, "the perpetrators", name,
                    ActorKind.ARMED_GROUP, null, null), name, start, end, false);
        }
        return new End(null, name, start, end, false);
    }

    /** The armed group named last before token {@code k} (this sentence first, then earlier ones). */
    private End lastGroup(int k) {
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

    private ActorAt covering(int k, int earliest) {
        for (ActorAt a : actors) {
            if (a.start() <= k && k < a.end() && a.start() >= earliest) {
                return a;
            }
        }
        return null;
    }

    ActorAt endingAt(int end) {
        ActorAt found = null;
        for (ActorAt a : actors) {
            if (a.end() == end && usable(a) && !modifiers.contains(a)) {
                found = a;
            }
        }
        return found;
    }

    private static boolean usable(ActorAt a) {
        ActorKind kind = a.mention().kind();
        return kind != ActorKind.NATIONALITY_GROUP && kind != ActorKind.MEDIA;
    }

    private static End end(ActorAt a) {
        return new End(a.mention(), a.mention().name(), a.start(), a.end(), false);
    }


    /**
     * The kind of an actor named beside the phrase [from, to): an armed group when the phrase calls it one ("a
     * militia", "a splinter group of"), else a person.
     */
    private ActorKind kindOf(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to + 2, tokens.size()); i++) {
            var word = lexicons.actorWords().longestAt(tokens, i);
            if (word != null && word.value() == ActorKind.ARMED_GROUP) {
                return ActorKind.ARMED_GROUP;
            }
        }
        return ActorKind.PERSON;
    }

}
