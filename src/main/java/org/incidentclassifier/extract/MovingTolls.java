package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.SentencePhrases;
import org.incidentclassifier.phrase.VerbGroup;

/** A toll that moves to a number: the toll's status goes to the number ("the death toll has risen to 84"). */
final class MovingTolls {
    private final Lexicons lexicons;

    MovingTolls(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * "The death toll from the two blasts has risen to 276", "the number of injured climbed to 500": a toll
     * whose verb moves it to (or holds it at) a number gives that number the toll's status.
     */
    List<ClaimExtractor.Figure> figures(List<Token> tokens, SentencePhrases phrases, List<Quantity> quantities,
                                        Set<Integer> used) {
        List<ClaimExtractor.Figure> found = new ArrayList<>();
        for (VerbGroup v : phrases.verbs()) {
            String to = v.end() < tokens.size() ? tokens.get(v.end()).lower() : "";
            List<NounPhrase> subject = phrases.subjectOf(v);
            // "the toll may rise to 150", "it could surpass 300": a guess at what the toll will be, not a figure
            if (!v.isClauseVerb() || v.negated() || v.modal() || ClaimExtractor.isNegatedOrHypothetical(tokens, v.start())
                    || subject.isEmpty() || !(to.equals("to") || to.equals("at") || to.equals("from") || to.equals("by"))) {
                continue;
            }
            ClaimStatus status = tollStatus(tokens, subject.get(0));
            int toAt = v.end();
            if (to.equals("by")) {
                // "the toll has increased by 6 to 40": the step is no one's figure; the total after "to" is
                Quantity step = quantityAt(quantities, v.end() + 1);
                if (status == null || step == null || !QuantityFinder.lower(tokens, step.end()).equals("to")) {
                    continue;
                }
                used.add(step.start());
                toAt = step.end();
            }
            if (to.equals("from")) {
                // "the toll rose from 12 to 20": the earlier figure (marked by figure-timing.csv), then the later
                NounPhrase earlier = phrases.nounAt(v.end() + 1);
                Quantity q = earlier == null ? null : StructureFigures.quantityIn(quantities, earlier);
                if (status == null || q == null || !QuantityFinder.lower(tokens, q.end()).equals("to")) {
                    continue;
                }
                if (!used.contains(q.start())) {
                    CountedGroup g = new CountedGroup(q.start(), q.end(), q, Subject.VICTIMS, List.of(), status);
                    found.add(new ClaimExtractor.Figure(g, status, Subject.VICTIMS, false, subject.get(0).start(), q.end()));
                    used.add(q.start());
                }
                toAt = q.end();
            }
            NounPhrase np = phrases.nounAt(toAt + 1);
            Quantity q = np == null ? null : quantityAt(quantities, toAt + 1);
            if (status == null || q == null || used.contains(q.start()) || !np.headless() && toAt == v.end()) {
                continue;
            }
            CountedGroup g = new CountedGroup(q.start(), np.end(), q, Subject.VICTIMS, List.of(), status);
            found.add(new ClaimExtractor.Figure(g, status, Subject.VICTIMS, false, subject.get(0).start(), np.end()));
            used.add(q.start());
        }
        return found;
    }

    /** The quantity starting at token {@code at} (the chunker may read "12 to 20" as one phrase), or null. */
    private static Quantity quantityAt(List<Quantity> quantities, int at) {
        return quantities.stream().filter(q -> q.start() == at).findFirst().orElse(null);
    }

    /** KILLED for "the (death) toll", the status after "the number of" ("the number of injured"), else null. */
    private ClaimStatus tollStatus(List<Token> tokens, NounPhrase np) {
        String head = tokens.get(np.head()).lower();
        if (head.equals("toll")) {
            return ClaimStatus.KILLED;
        }
        if (head.equals("number") && np.end() + 1 < tokens.size() && tokens.get(np.end()).lower().equals("of")) {
            PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, np.end() + 1);
            if (m == null && np.end() + 2 < tokens.size() && PEOPLE_BEFORE_STATUS.contains(tokens.get(np.end() + 1).lower())) {
                // "the number of people killed", "the number of those wounded": the status follows the people
                m = lexicons.statuses().longestAt(tokens, np.end() + 2);
            }
            return m == null ? null : m.value();
        }
        return null;
    }

    /** Words for "people" between "the number of" and a status. */
    private static final Set<String> PEOPLE_BEFORE_STATUS = Set.of("people", "persons", "those", "victims", "civilians");
}
