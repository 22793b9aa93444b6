package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.lexicon.FigureCue;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.SentencePhrases;

/** People counted as present where a hijacking, siege or kidnapping happens: they are held. */
final class PresentPeople {
    private final Lexicons lexicons;
    private final GroupFinder groups;

    PresentPeople(Lexicons lexicons, GroupFinder groups) {
        this.lexicons = lexicons;
        this.groups = groups;
    }

    /**
     * "a jet carrying 113 people was hijacked", "98 passengers aboard", "a total of 17 hostages": people
     * counted as present (figure-cues.csv PRESENT) in a sentence about a hijacking, a siege or a kidnapping
     * are held.
     */
    List<ClaimExtractor.Figure> figures(List<Token> tokens, SentencePhrases phrases, List<Quantity> quantities,
                                                Set<Integer> used) {
        boolean captivity = false;
        for (PhraseTable.Match<TriggerKind> t : lexicons.triggers().findAll(tokens)) {
            captivity |= CAPTIVITY.contains(t.value());
        }
        List<ClaimExtractor.Figure> found = new ArrayList<>();
        if (!captivity) {
            return found;
        }
        for (Quantity q : quantities) {
            NounPhrase np = phrases.nounAt(q.end() - 1);
            if (used.contains(q.start()) || np == null || !cuedPresent(tokens, q, np)) {
                continue;
            }
            CountedGroup g = groups.group(tokens, q);
            if (g != null && g.status() == null && g.subject() != Subject.PERPETRATORS) {
                Subject subject = g.subject().asCaptives();
                found.add(new ClaimExtractor.Figure(g, ClaimStatus.HELD, subject, false, g.start(), g.end()));
                used.add(q.start());
            }
        }
        return found;
    }

    private static final Set<TriggerKind> CAPTIVITY = Set.of(TriggerKind.HIJACKING, TriggerKind.HOSTAGE_TAKING,
            TriggerKind.SIEGE, TriggerKind.KIDNAPPING);

    /** A PRESENT cue just before the quantity ("carrying", "a total of") or, not a verb, within four words after its phrase. */
    private boolean cuedPresent(List<Token> tokens, Quantity q, NounPhrase np) {
        for (int k = Math.max(0, q.start() - 3); k < Math.min(tokens.size(), np.end() + 4); k++) {
            if (k >= q.start() && k < np.end()) {
                continue;
            }
            PhraseTable.Match<FigureCue> m = lexicons.figureCues().longestAt(tokens, k);
            // after the phrase only a place word counts ("aboard", "on board"): a verb there is the people's own
            // act ("two men claiming to carry explosives"), not a vehicle carrying them
            boolean after = k >= np.end() && !tokens.get(k).isPos("VERB");
            if (m != null && m.value() == FigureCue.PRESENT && (m.end() == q.start() || after)) {
                return true;
            }
        }
        return false;
    }
}
