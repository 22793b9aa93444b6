package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.PhraseReader;
import org.incidentclassifier.phrase.SentencePhrases;
import org.incidentclassifier.phrase.VerbGroup;

/**
 * One person killed, wounded, abducted or arrested, in a sentence with no number. Two shapes:
 * <ul>
 *   <li>a singular people noun as the subject of a passive verb: "The judge was killed and his driver was
 *   wounded", "A tribal elder was killed", "The attacker was arrested" (wounded or arrested: a definite one);</li>
 *   <li>a singular people noun as the object of an active abducting verb or -ing form: "kidnapped a
 *   businessman", "abducting an engineer" (killing and wounding verbs' objects are not read, see below).</li>
 * </ul>
 * A release or rescue is read only of a lone pronoun, the captive told before: "He was released unharmed",
 * "Police rescued her".
 * Only sentences with such a status word are phrase-read, so the cost stays small.
 */
final class SinglePersons {
    private static final Set<ClaimStatus> ONE_PERSON = Set.of(ClaimStatus.KILLED, ClaimStatus.INJURED,
            ClaimStatus.TAKEN, ClaimStatus.ARRESTED, ClaimStatus.RELEASED, ClaimStatus.FREED);
    private static final Set<String> DEFINITE = Set.of("the", "his", "her", "its", "their");
    /** One person told before: the only subject or object read for a release ("He was released unharmed"). */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> TAKE = Set.of("take", "takes", "took", "taking", "taken");
    private final Lexicons lexicons;
    private final ListTotals persons;

    SinglePersons(Lexicons lexicons, ListTotals persons) {
        this.lexicons = lexicons;
        this.persons = persons;
    }

    List<ClaimExtractor.Figure> figures(List<Token> tokens) {
        if (!namesStatus(tokens)) {
            return List.of();
        }
        SentencePhrases phrases = PhraseReader.read(tokens);
        List<ClaimExtractor.Figure> found = new java.util.ArrayList<>();
        for (VerbGroup v : phrases.verbs()) {
            PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, v.main());
            if (m == null || !ONE_PERSON.contains(m.value()) || bareTake(tokens, m) || v.negated() || v.modal()
                    || ClaimExtractor.isNegatedOrHypothetical(tokens, v.start())
                    || ClaimExtractor.isNegatedOrHypothetical(tokens, v.main())) {
                continue;
            }
            List<NounPhrase> who = v.passive() ? passiveSubject(tokens, phrases, v) : activeObject(phrases, v);
            if (!v.passive() && !m.value().isCaptiveStatus() || v.passive() && !reads(tokens, who, m.value())) {
                continue; // "gunmen killed a guard", "a guard was wounded": too often one of a toll (blind sets)
            }
            if (who.size() != 1) {
                continue;
            }
            NounPhrase np = who.get(0);
            boolean pronoun = PRONOUNS.contains(tokens.get(np.start()).lower()) && np.end() - np.start() == 1;
            if (m.value().isRelease() != pronoun) {
                continue; // "He was released": the captive told before; "freed a nurse" may be one of several
            }
            Subject kind = pronoun ? Subject.PEOPLE : person(tokens, np);
            if (kind == null) {
                continue;
            }
            Subject subject = m.value().isCaptiveStatus() ? kind.asCaptives() : kind;
            CountedGroup g = new CountedGroup(np.start(), np.end(), Quantity.unwritten(np.start(), np.end()), subject,
                    List.of(), null);
            found.add(new ClaimExtractor.Figure(g, m.value(), subject, false, Math.min(np.start(), m.start()),
                    Math.max(np.end(), m.end())));
        }
        return found;
    }

    /** Only "was ..." is read: "is dead", "were killed" name a state or a list more often than one person harmed. */
    private static List<NounPhrase> passiveSubject(List<Token> tokens, SentencePhrases phrases, VerbGroup v) {
        for (int k = v.start(); k < v.main(); k++) {
            if (tokens.get(k).lower().equals("was")) {
                return v.isClauseVerb() ? phrases.subjectOf(v) : List.of();
            }
        }
        return List.of();
    }

    /** The object of a clause verb or of an -ing form ("..., wounding a guard"); never of a modifier. */
    private static List<NounPhrase> activeObject(SentencePhrases phrases, VerbGroup v) {
        boolean reads = v.isClauseVerb() || v.form() == VerbGroup.Form.PARTICIPLE;
        return reads ? phrases.objectOf(v) : List.of();
    }

    /**
     * One person of a lexicon kind: "a driver", "the guard", "his son", or a title before a name
     * ("journalist Ana Ruiz", "community leader Jo Dlamini").
     */
    private Subject person(List<Token> tokens, NounPhrase np) {
        Subject single = persons.singlePerson(tokens, np);
        if (single != null) {
            return single;
        }
        PhraseTable.Match<Subject> title = lexicons.subjects().longestAt(tokens, np.start());
        if (title == null || title.end() >= np.end() || tokens.get(title.end() - 1).lower().endsWith("s")) {
            return null;
        }
        for (int k = title.end(); k < np.end(); k++) {
            if (!tokens.get(k).pos().equals("PROPN")) {
                return null;
            }
        }
        return title.value();
    }

    /**
     * A passive subject read for this status: anyone taken or killed ("A tribal elder was killed"), but only a
     * definite person wounded ("his driver was wounded"); "a guard was wounded" cost precision on a blind set.
     * Arrested likewise: "The attacker was arrested" is the one attacker told before; "a man was arrested" is
     * as often one of several suspects a report does not count.
     */
    private static boolean reads(List<Token> tokens, List<NounPhrase> who, ClaimStatus status) {
        boolean definite = !who.isEmpty() && DEFINITE.contains(tokens.get(who.get(0).start()).lower());
        return status != ClaimStatus.INJURED && status != ClaimStatus.ARRESTED || definite;
    }

    /** "was able to take the train": "take" alone takes no one; "take ... hostage" does. */
    private static boolean bareTake(List<Token> tokens, PhraseTable.Match<ClaimStatus> m) {
        return m.end() - m.start() == 1 && TAKE.contains(tokens.get(m.start()).lower());
    }

    /** A killing, wounding, abducting or arresting word: the only sentences worth reading. */
    private boolean namesStatus(List<Token> tokens) {
        for (PhraseTable.Match<ClaimStatus> m : lexicons.statuses().findAll(tokens)) {
            if (ONE_PERSON.contains(m.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The claims of a report without its one-person claims ({@code onePerson}, indexes) whose status the report
     * also counts: "a policeman was killed" in a report of "11 killed" is one of the eleven, not a figure.
     */
    static List<CountClaim> withinCounts(String doc, List<CountClaim> claims, Set<Integer> onePerson) {
        if (onePerson.isEmpty()) {
            return claims;
        }
        List<CountClaim> kept = new java.util.ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            CountClaim c = claims.get(i);
            if (onePerson.contains(i) && counted(claims, onePerson, c.status())) {
                continue;
            }
            kept.add(kept.size() == i ? c : renumbered(doc, c, kept.size() + 1));
        }
        return kept;
    }

    /** A claim of more than one person (or of an unknown number) with this status, from a sentence with a number. */
    private static boolean counted(List<CountClaim> claims, Set<Integer> onePerson, ClaimStatus status) {
        for (int i = 0; i < claims.size(); i++) {
            CountClaim c = claims.get(i);
            if (!onePerson.contains(i) && !c.background() && c.status() == status
                    && (c.value() == null || c.value() > 1)) {
                return true;
            }
        }
        return false;
    }

    private static CountClaim renumbered(String doc, CountClaim c, int number) {
        return new CountClaim(doc + "-c" + number, c.document(), c.value(), c.min(), c.max(), c.approx(), c.subject(),
                c.status(), c.source(), c.stance(), c.breakdown(), c.part(), c.evidence(), c.background(), c.timing());
    }
}
