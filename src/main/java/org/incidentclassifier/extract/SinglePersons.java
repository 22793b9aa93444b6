package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.PhraseReader;
import org.incidentclassifier.phrase.SentencePhrases;
import org.incidentclassifier.phrase.VerbGroup;

/**
 * One person killed or wounded, named by a definite singular people noun as the subject of a passive verb,
 * in a sentence with no number: "The judge was killed and his driver was wounded" (1 KILLED, 1 INJURED).
 * Only sentences with "was" before a killing or wounding word are read, so the cost stays small.
 */
final class SinglePersons {
    private static final Set<String> DEFINITE = Set.of("the", "his", "her", "its", "their");
    private final Lexicons lexicons;
    private final ListTotals persons;

    SinglePersons(Lexicons lexicons, ListTotals persons) {
        this.lexicons = lexicons;
        this.persons = persons;
    }

    List<ClaimExtractor.Figure> figures(List<Token> tokens) {
        if (!passiveHarm(tokens)) {
            return List.of();
        }
        SentencePhrases phrases = PhraseReader.read(tokens);
        List<ClaimExtractor.Figure> found = new java.util.ArrayList<>();
        for (VerbGroup v : phrases.verbs()) {
            PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, v.main());
            if (m == null || !harms(m.value()) || !v.passive() || !v.isClauseVerb() || v.negated() || v.modal()
                    || ClaimExtractor.isNegatedOrHypothetical(tokens, v.start())) {
                continue;
            }
            List<NounPhrase> subject = phrases.subjectOf(v);
            if (subject.size() != 1 || !DEFINITE.contains(tokens.get(subject.get(0).start()).lower())) {
                continue;
            }
            NounPhrase np = subject.get(0);
            Subject who = persons.singlePerson(tokens, np);
            if (who == null) {
                continue;
            }
            CountedGroup g = new CountedGroup(np.start(), np.end(), Quantity.exact(np.start(), np.end(), 1), who, List.of(), null);
            found.add(new ClaimExtractor.Figure(g, m.value(), who, false, np.start(), Math.max(np.end(), m.end())));
        }
        return found;
    }

    private static boolean harms(ClaimStatus s) {
        return s == ClaimStatus.KILLED || s == ClaimStatus.INJURED;
    }

    /** "was" within two words before a killing or wounding word: the only sentences worth reading. */
    private boolean passiveHarm(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.get(k).lower().equals("was")) {
                continue;
            }
            for (int j = k + 1; j <= k + 2 && j < tokens.size(); j++) {
                PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, j);
                if (m != null && harms(m.value())) {
                    return true;
                }
            }
        }
        return false;
    }
}
