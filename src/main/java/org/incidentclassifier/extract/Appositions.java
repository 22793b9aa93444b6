package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.nlp.Token;

/**
 * The readings in which a noun phrase renames the actor beside it, so that what the phrase says (a relation cue
 * inside it) is said of that actor: an apposition ("Al-Shabaab, a Somali group that ...", "Noor, the TTP leader",
 * "a TTP commander, Noor, said"), a copula ("Farah was a known al-Shabaab member", "Farah, who became a Y
 * commander") and the asides that stand between the actor and its phrase ("X, which police describe as an
 * offshoot of Y", "the Allied Front (AF), which", "Anton Weiss, 31, was").
 *
 * <p>{@link RelationEnds} walks to and from the cue and asks here whether the words it reaches rename an actor.
 * It keeps what every reading needs from the sentence (which actor ends at a token, a proper name the lexicon
 * does not know, the kind of actor a phrase calls its holder), so these readings ask it for them rather than
 * keep a second copy of the sentence's actors.
 */
final class Appositions {
    /** Verbs that say what the subject is: "X was a known Y member", "X, who had been a Y commander". */
    private static final Set<String> COPULA = Set.of("is", "was", "are", "were", "been", "had", "has", "became",
            "becomes", "remains", "remained");

    /** Verbs by which a source characterises an actor ("which police describe as", "which India calls"). */
    private static final Set<String> CHARACTERISING = Set.of("describe", "describes", "described", "call", "calls",
            "consider", "considers", "considered", "regard", "regards", "regarded", "see", "sees", "seen", "view",
            "views", "viewed", "brand", "brands", "branded", "label", "labels", "labelled", "labeled", "designate",
            "designates", "designated", "say", "says", "believe", "believes", "presents", "presented");

    /** The holder characterising itself: "X, which described itself as a cell of Y" (the group's own word). */
    static final String REFLEXIVE = "itself|themselves|himself|herself";

    /** Verbs that give the role a group plays: "X, which operates as Y's franchise", "X serves as Y's arm". */
    private static final String ROLE_VERBS = "operat(e|es|ed|ing)|serv(e|es|ed|ing)|act(s|ed|ing)?|function(s|ed|ing)?";

    /** What opens an apposition: a comma, a bracket or a dash. */
    private static final Set<String> OPENERS = Set.of(",", "(", "-", "\u2013", "\u2014", "--");

    private final SentenceActors ends;
    private final List<Token> tokens;

    Appositions(SentenceActors ends, List<Token> tokens) {
        this.ends = ends;
        this.tokens = tokens;
    }

    /**
     * The actor an appositive phrase [start, end) renames, standing before it: "Al-Shabaab, an al-Qaeda
     * affiliate, ...", or the subject of a copula ("Farah was a known Y member"). A new name is of {@code kind}
     * when not null ("X, the Y leader": a person), else of the kind the phrase calls it.
     */
    RelationEnds.End actorBefore(int start, int end, ActorKind kind) {
        int k = start - 1;
        while (k >= 0 && (tokens.get(k).isPos("DET") || tokens.get(k).isPos("ADJ"))) {
            k--;
        }
        if (k >= 1 && OPENERS.contains(tokens.get(k).text())) { // "X, an IS affiliate", "X (an IS affiliate)", "X - an IS affiliate -"
            ActorAt at = ends.endingAt(k);
            at = at != null || !tokens.get(k).text().equals(",") ? at : ends.endingAt(overParenthesis(k - 1) + 1);
            return at != null ? SentenceActors.end(at)
                    : ends.properName(k - 1, kind != null ? kind : ends.kindOf(k + 1, end));
        }
        RelationEnds.End role = subjectOfRole(k);
        return role != null ? role : subjectOfCopula(k);
    }

    /**
     * The armed group that a role verb ending at token {@code k} ("as") is said of: "X, which operates as the
     * Islamic State's franchise", "X serves as al-Qaeda's arm in the south"; null when no role verb ends there
     * or no named actor stands before it.
     */
    private RelationEnds.End subjectOfRole(int k) {
        if (k < 2 || !tokens.get(k).lower().equals("as") || !tokens.get(k - 1).lower().matches(ROLE_VERBS)) {
            return null;
        }
        int j = k - 2;
        while (j >= 0 && (tokens.get(j).isPos("ADV") || PhraseWords.VERB_GROUP.contains(tokens.get(j).lower()))) {
            j--; // "which now effectively operates as", "which has long served as"
        }
        if (j >= 1 && tokens.get(j).lower().matches("which|that") && tokens.get(j - 1).text().equals(",")) {
            j = overParenthesis(j - 2); // "ISWAP (the province), which operates as"
        }
        ActorAt at = j < 0 ? null : ends.endingAt(j + 1);
        if (at == null) {
            return j < 0 ? null : ends.properName(j, ActorKind.ARMED_GROUP); // a group the lexicon does not know
        }
        return at.mention().kind() == ActorKind.ARMED_GROUP ? SentenceActors.end(at) : null;
    }

    /**
     * The armed group that the phrase opening at {@code the} ("the group's ...") stands in apposition to: "al Qaeda
     * in the Islamic Maghreb (AQIM), the group's North African branch"; null when no group stands before its comma.
     */
    ActorAt groupRenamedBy(int the) {
        if (the < 2 || !tokens.get(the - 1).text().equals(",")) {
            return null;
        }
        int last = overParenthesis(the - 2);
        ActorAt at = last < 0 ? null : ends.endingAt(last + 1);
        return at != null && at.mention().kind() == ActorKind.ARMED_GROUP ? at : null;
    }

    /**
     * The name a noun phrase starting at {@code np} stands in apposition to, before its comma: "Al-Shabaab, a
     * Somali group that has declared ...", "Pieter Gross, the gunman, was ...", and with the name's abbreviation in
     * brackets "the Allied Front (AF), a group that has pledged ..."; null when no name stands there.
     */
    RelationEnds.End nameBefore(int np, int cue) {
        if (np <= 1 || !tokens.get(np - 1).text().equals(",")) {
            return null;
        }
        int last = overParenthesis(np - 2);
        ActorAt named = last < 0 ? null : ends.endingAt(last + 1);
        return named != null ? SentenceActors.end(named) : last < 0 ? null : ends.properName(last, ends.kindOf(np, cue));
    }

    /**
     * Whether token {@code k}, right after a title, is the comma that opens its holder's name in apposition: "a
     * TTP commander, Noor Wali Mehsud, said". The walk after the cue steps over it to reach the name.
     */
    boolean opensHolderAfterTitle(int k, int from, int earliest) {
        return tokens.get(k).text().equals(",") && k == from && k + 1 < tokens.size()
                && ends.covering(k + 1, earliest) != null;
    }

    /**
     * Steps back over a clause that says who characterises the holder, to the relative pronoun or comma that opens
     * it: "X, which police describe as an offshoot of Y", "X, described by officials as a front for Y", "X, which
     * India calls a proxy of Y", "X, widely seen as". Token {@code k} is the last word before the cue's article;
     * returns {@code k} itself when no such clause ends there.
     */
    int overCharacterisation(int k) {
        int j = k;
        if (j >= 0 && tokens.get(j).lower().equals("as")) {
            j--;
        }
        int verb = j;
        while (verb >= 0 && j - verb <= 3 && !CHARACTERISING.contains(tokens.get(verb).lower())) {
            verb--; // "described by police as": the agent phrase between the verb and "as"
        }
        if (verb < 0 || !CHARACTERISING.contains(tokens.get(verb).lower())
                || verb < j && !tokens.get(verb + 1).lower().matches("by|" + REFLEXIVE)) {
            return k;
        }
        return clauseOpening(verb, k);
    }

    /**
     * The relative pronoun or comma opening the characterising clause whose verb is at {@code verb}, or {@code k}
     * when the words between are no subject of that verb.
     */
    private int clauseOpening(int verb, int k) {
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

    /** The token before an age in apposition ending at {@code k}: "Anton Weiss, 31, was a member of"; else {@code k}. */
    int overAge(int k) {
        if (k >= 1 && tokens.get(k).isPos("NUM") && tokens.get(k - 1).text().equals(",")) {
            return k - 2;
        }
        return k;
    }

    /** The token before an abbreviation ending at {@code k}, in brackets or after "or": "Allied Front (AF)", "Allied Front, or AF"; else {@code k}. */
    int overParenthesis(int k) {
        if (k >= 3 && isAbbreviation(tokens.get(k)) && tokens.get(k - 1).lower().equals("or")
                && tokens.get(k - 2).text().equals(",")) {
            return k - 3; // "the Sahel Liberation Front, or SLF, which": the name's abbreviation after "or"
        }
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

    private static boolean isAbbreviation(Token t) {
        return t.text().length() >= 2 && t.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    /**
     * The subject of a copula ending at token {@code k}: "Farah was a known al-Shabaab member", "Farah, who
     * became a Boko Haram commander"; null when {@code k} ends no copula.
     */
    private RelationEnds.End subjectOfCopula(int k) {
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
        ActorAt at = ends.endingAt(j + 1);
        if (at != null) {
            return at.mention().kind() == ActorKind.PERSON ? SentenceActors.end(at) : null;
        }
        RelationEnds.End name = ends.properName(j, ActorKind.PERSON);
        return name != null && name.actor() != null ? name : null;
    }
}
