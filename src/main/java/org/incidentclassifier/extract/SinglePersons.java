package org.incidentclassifier.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.PhraseReader;
import org.incidentclassifier.phrase.SentencePhrases;
import org.incidentclassifier.phrase.VerbGroup;

/**
 * One person named by a singular noun phrase with no number, as the one a status verb happens to: the
 * subject of a passive verb ("A priest was kidnapped") or the object of an active one ("gunmen shot dead a
 * village chief", "shot dead reporter Ana Ruiz"). Each counts 1. The phrase is indefinite or a title before a
 * name; a definite one ("The judge was killed and his driver was wounded") counts only as a passive subject
 * in a sentence with no number. The noun must be a people noun (subjects.csv): ships, buildings and weapons
 * are seized too, and a misread subject ("a man armed with a toy gun was shot") is no victim.
 */
final class SinglePersons {
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    private static final Set<String> DEFINITE = Set.of("the", "his", "her", "its", "their", "our", "my");
    /** Nouns that name many people, or no person, although they are singular in form. */
    private static final Set<String> NOT_ONE = Set.of("number", "group", "lot", "handful", "dozen", "score",
            "couple", "family", "crowd", "team", "convoy", "series", "total", "majority", "rest", "pair", "party",
            "gang", "band", "unit", "people", "police", "staff", "crew", "personnel", "men", "women", "children",
            "toll", "death", "body", "fire", "attack", "bomb", "blast", "explosion", "one", "other", "none",
            "each", "all", "both", "some", "any", "many", "most", "others");
    private static final Set<ClaimStatus> READ = EnumSet.of(ClaimStatus.KILLED, ClaimStatus.INJURED,
            ClaimStatus.TAKEN, ClaimStatus.FREED, ClaimStatus.RELEASED, ClaimStatus.ARRESTED);
    private final Lexicons lexicons;

    SinglePersons(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The single-person figures of a sentence; {@code known} are its figures already read (none is read twice). */
    List<ClaimExtractor.Figure> figures(List<Token> tokens, SentencePhrases read, List<ClaimExtractor.Figure> known) {
        if (!mentionsStatus(tokens)) {
            return List.of();
        }
        SentencePhrases phrases = read != null ? read : PhraseReader.read(tokens);
        List<ClaimExtractor.Figure> found = new java.util.ArrayList<>();
        for (VerbGroup v : phrases.verbs()) {
            PhraseTable.Match<ClaimStatus> m = statusOf(tokens, v);
            if (m == null || v.form() == VerbGroup.Form.INFINITIVE || presentState(tokens, v) || v.negated() || v.modal() || ClaimExtractor.isNegatedOrHypothetical(tokens, v.start())) {
                continue;
            }
            boolean passive = v.passive() || v.form() == VerbGroup.Form.REDUCED_RELATIVE;
            for (NounPhrase np : targets(phrases, v, m)) {
                // "the driver was wounded" counts only where the sentence gives no number: in "30 people were
                // killed and the driver was wounded" or "the gunman killed two", he is a detail of a counted event
                Subject who = onePerson(tokens, np, passive && read == null);
                if (who == null || covered(np, known) || covered(np, found)) {
                    continue;
                }
                Subject subject = m.value().isCaptiveStatus() ? who.asCaptives() : who;
                CountedGroup g = new CountedGroup(np.start(), np.end(), Quantity.exact(np.start(), np.end(), 1), who,
                        List.of(), null);
                found.add(new ClaimExtractor.Figure(g, m.value(), subject, false, Math.min(np.start(), m.start()),
                        Math.max(np.end(), m.end())).asUnnumbered());
            }
        }
        found.addAll(rightAfterVerb(tokens, phrases, known, found));
        return found;
    }

    private static final Set<String> BE = Set.of("was", "were", "is", "are", "be", "been", "being", "get", "got");

    /**
     * The tagger slips on "shot/NOUN dead reporter Ana Ruiz": a status phrase that is not passive, with a
     * single person right after it, is read from the words alone when the phrase layer found no verb there.
     */
    private List<ClaimExtractor.Figure> rightAfterVerb(List<Token> tokens, SentencePhrases phrases,
                                                       List<ClaimExtractor.Figure> known, List<ClaimExtractor.Figure> found) {
        List<ClaimExtractor.Figure> more = new java.util.ArrayList<>();
        for (PhraseTable.Match<ClaimStatus> m : lexicons.statuses().findAll(tokens)) {
            Token verb = tokens.get(m.start());
            boolean verbLike = verb.isPos("VERB") || m.end() - m.start() >= 2 && !verb.isPos("DET");
            if (!READ.contains(m.value()) || !verbLike || m.end() >= tokens.size() || m.start() > 0
                    && BE.contains(tokens.get(m.start() - 1).lower())
                    || ClaimExtractor.isNegatedOrHypothetical(tokens, m.start()) || phrases.verbAt(m.start()) != null) {
                continue;
            }
            NounPhrase np = phrases.nounAt(m.end());
            if (np == null) {
                continue;
            }
            if (np.start() < m.end()) {
                np = new NounPhrase(m.end(), np.end(), np.head(), np.number(), null);
            }
            Subject who = onePerson(tokens, np, false);
            if (who == null || np.start() != m.end() || covered(np, known) || covered(np, found) || covered(np, more)) {
                continue;
            }
            Subject subject = m.value().isCaptiveStatus() ? who.asCaptives() : who;
            CountedGroup g = new CountedGroup(np.start(), np.end(), Quantity.exact(np.start(), np.end(), 1), who,
                    List.of(), null);
            more.add(new ClaimExtractor.Figure(g, m.value(), subject, false, m.start(), np.end()).asUnnumbered());
        }
        return more;
    }

    /**
     * "The suspect is dead", "their driver is wounded": a live report's present state of someone the report
     * follows, not a figure of the event (a figure says "was killed").
     */
    private static boolean presentState(List<Token> tokens, VerbGroup v) {
        String first = tokens.get(v.start()).lower();
        return first.equals("is") || first.equals("are") || first.equals("'s");
    }

    /** A status phrase starting in the verb group and reaching its main word: "was shot dead", "killing". */
    private PhraseTable.Match<ClaimStatus> statusOf(List<Token> tokens, VerbGroup v) {
        for (int k = v.main(); k >= v.start(); k--) {
            PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, k);
            if (m != null && m.end() > v.main() - (k == v.main() ? 0 : 1) && READ.contains(m.value())) {
                return m;
            }
        }
        return null;
    }

    /** The object of an active verb ("killed a guard"), else the subject of a passive or intransitive one. */
    private static List<NounPhrase> targets(SentencePhrases phrases, VerbGroup v, PhraseTable.Match<ClaimStatus> m) {
        boolean passive = v.passive() || v.form() == VerbGroup.Form.REDUCED_RELATIVE;
        if (!passive) {
            List<NounPhrase> object = phrases.objectOf(v).stream().filter(np -> np.start() >= m.end()).toList();
            if (!object.isEmpty() || !phrases.objectOf(v).isEmpty() || m.value() != ClaimStatus.KILLED) {
                return object; // an active verb's subject is its agent: "a gunman killed ..." counts no victim
            }
            return v.isClauseVerb() ? phrases.subjectOf(v) : List.of(); // "a guard died"
        }
        return v.form() == VerbGroup.Form.REDUCED_RELATIVE ? List.of() : phrases.subjectOf(v);
    }

    /** The kind of the one person the phrase names, or null when it names none, or many, or a number of them. */
    private Subject onePerson(List<Token> tokens, NounPhrase np, boolean definite) {
        if (np.counted() || np.preposition() != null) {
            return null;
        }
        Token first = tokens.get(np.start());
        int noun = personNoun(tokens, np);
        if (noun < 0) {
            return null;
        }
        boolean determined = INDEFINITE.contains(first.lower()) || definite && DEFINITE.contains(first.lower());
        // "reporter Ana Ruiz", "union leader Tom Bale": a title before a name
        boolean titled = !determined && noun < np.head() && tokens.get(np.head()).isPos("PROPN")
                && !tokens.get(np.start()).isPos("PROPN");
        if (!determined && !titled) {
            return null;
        }
        PhraseTable.Match<Subject> known = null;
        for (int k = np.start(); k <= noun; k++) {
            PhraseTable.Match<Subject> m = lexicons.subjects().longestAt(tokens, k);
            if (m != null && m.end() == noun + 1) {
                known = m;
                break;
            }
        }
        return known == null || namesAnEvent(tokens, noun) ? null : known.value();
    }

    /** "the blast", "an attack": a trigger word that names an event, not a person ("journalist", "gunman"). */
    private boolean namesAnEvent(List<Token> tokens, int noun) {
        var trigger = lexicons.triggers().longestAt(tokens, noun);
        return trigger != null && !PEOPLE_TRIGGERS.contains(trigger.value());
    }

    private static final Set<TriggerKind> PEOPLE_TRIGGERS = EnumSet.of(TriggerKind.ATTACKER, TriggerKind.PUBLIC_FIGURE,
            TriggerKind.SECURITY_FORCE);

    /** The singular common noun that names the person (the head, or the title before a name), or -1. */
    private static int personNoun(List<Token> tokens, NounPhrase np) {
        int noun = np.head();
        while (noun > np.start() && tokens.get(noun).isPos("PROPN")) {
            noun--;
        }
        Token t = tokens.get(noun);
        if (!t.isPos("NOUN") || NOT_ONE.contains(t.lower()) || isPlural(t)) {
            return -1;
        }
        if (noun + 1 < tokens.size() && tokens.get(noun + 1).lower().equals("of") && noun == np.end() - 1
                && NOT_ONE.contains(t.lower())) {
            return -1;
        }
        return noun;
    }

    private static boolean isPlural(Token t) {
        String w = t.lower();
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !t.stem().equals(w);
    }

    private static boolean covered(NounPhrase np, List<ClaimExtractor.Figure> figures) {
        for (ClaimExtractor.Figure f : figures) {
            if (f.group().start() < np.end() && np.start() < f.group().end()) {
                return true;
            }
        }
        return false;
    }

    /** Any status word this reading knows: the only sentences worth parsing when they have no number. */
    private boolean mentionsStatus(List<Token> tokens) {
        for (PhraseTable.Match<ClaimStatus> m : lexicons.statuses().findAll(tokens)) {
            if (READ.contains(m.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Thirty people were killed ... The gunman was killed": a report that counts the dead (or wounded, ...)
     * with a number gives the toll; one person it names with that status is a detail of that event, not a
     * figure of its own. The single-person claims of a status some numbered claim has are dropped, the rest
     * numbered anew.
     */
    static List<CountClaim> withoutPartsOfTolls(String doc, List<CountClaim> claims, Set<CountClaim> unnumbered) {
        if (unnumbered.isEmpty()) {
            return claims;
        }
        Set<ClaimStatus> counted = EnumSet.noneOf(ClaimStatus.class);
        for (CountClaim c : claims) {
            if (!unnumbered.contains(c) && !c.background()) {
                counted.add(c.status());
            }
        }
        List<CountClaim> kept = new java.util.ArrayList<>();
        for (CountClaim c : claims) {
            if (unnumbered.contains(c) && counted.contains(c.status())) {
                continue;
            }
            kept.add(new CountClaim(doc + "-c" + (kept.size() + 1), c.document(), c.value(), c.min(), c.max(),
                    c.approx(), c.subject(), c.status(), c.source(), c.stance(), c.breakdown(), c.part(),
                    c.evidence(), c.background(), c.timing()));
        }
        return kept;
    }
}
