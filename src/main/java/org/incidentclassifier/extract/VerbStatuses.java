package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.VerbGroup;

/**
 * The status a verb group says of the people it counts: a statuses.csv phrase in the group ("lost their
 * lives", "were freed"), the status of the whole an "including" list belongs to, or a status right after the
 * group ("were among the dead", "were reported wounded").
 */
final class VerbStatuses {
    /** Copulas a status can follow: "were among the dead". */
    private static final Set<String> COPULAS = Set.of("was", "were", "is", "are", "been", "be");
    /** Reporting participles a status can follow directly: "were reported wounded", "feared killed". */
    private static final Set<String> REPORTING = Set.of("reported", "confirmed", "believed", "feared", "thought");
    private final Lexicons lexicons;

    VerbStatuses(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The status the verb group says: a statuses.csv phrase starting in the group ("lost their lives"), else null. */
    StatedStatus said(List<Token> tokens, VerbGroup v, List<ClaimExtractor.Figure> context) {
        String main = tokens.get(v.main()).lower();
        if (main.equals("including")) {
            // the whole is the figure just before: "69 died, including ...", "150 people, including 41 ..., were"
            for (int c = context.size() - 1; c >= 0; c--) {
                ClaimExtractor.Figure whole = context.get(c);
                if (whole.group().end() >= v.start() - 1 && whole.group().end() <= v.start()
                        || whole.end() >= v.start() - 1 && whole.end() <= v.start() && whole.start() < v.start()
                        || StructureFigures.onlyPlaceBetween(tokens, Math.max(whole.end(), whole.group().end()), v.start())) {
                    return new StatedStatus(whole.status(), v.start(), v.end(), whole.hedged(), true);
                }
            }
            return null;
        }
        for (int k = v.main(); k >= v.start(); k--) {
            PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, k);
            if (m != null && m.end() > v.main() - (k == v.main() ? 0 : 1)) {
                return new StatedStatus(m.value(), m.start(), m.end(), tokens.get(v.start()).lower().equals("feared")
                        || main.equals("feared"));
            }
        }
        return statusAfter(tokens, v, main);
    }

    /**
     * The status right after the group: "were among those injured", "were among the dead" (a copula), "were
     * reported wounded", "believed killed" (a reporting verb: hedged unless it only reports).
     */
    private StatedStatus statusAfter(List<Token> tokens, VerbGroup v, String main) {
        int at = v.end();
        String next = at < tokens.size() ? tokens.get(at).lower() : "";
        String then = at + 1 < tokens.size() ? tokens.get(at + 1).lower() : "";
        boolean copula = COPULAS.contains(main);
        if (copula && next.equals("among") && (then.equals("those") || then.equals("the")) && at + 2 < tokens.size()) {
            PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, at + 2);
            return m == null ? null : new StatedStatus(m.value(), at, m.end(), false);
        }
        PhraseTable.Match<ClaimStatus> m = at < tokens.size() ? lexicons.statuses().longestAt(tokens, at) : null;
        if (m == null || !REPORTING.contains(main) || !(tokens.get(at).isPos("ADJ") || tokens.get(at).isPos("VERB"))) {
            return null;
        }
        return new StatedStatus(m.value(), m.start(), m.end(), !main.equals("reported") && !main.equals("confirmed"));
    }

}
