package org.incidentclassifier.phrase;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.nlp.Token;

/** Noun phrases joined into one list by "and", "or", commas, "as well as", "along with". */
final class Coordination {
    private Coordination() {
    }

    /**
     * The phrase and the phrases coordinated with it: "35 hostages and 15 captors", "two soldiers, a guard and
     * three civilians", "20 soldiers along with three hostages", "187 pupils of one school and 125 of another"
     * (a member's own "of" phrase is skipped). An aside set off by commas that only renames the phrase
     * ("Twelve people, staff and two officers, were killed") is not a coordination.
     */
    static List<NounPhrase> members(List<Token> tokens, List<NounPhrase> nouns, NounPhrase first) {
        if (first == null) {
            return List.of();
        }
        List<NounPhrase> members = new ArrayList<>(List.of(first));
        int k = nouns.indexOf(first);
        NounPhrase last = first;
        int lastEnd = first.end();
        boolean joined = false;
        while (k + 1 < nouns.size()) {
            NounPhrase next = nouns.get(k + 1);
            if (next.start() == lastEnd + 1 && ("of".equals(next.preposition()) || "from".equals(next.preposition()))) {
                lastEnd = next.end(); // "187 students of the secondary school"
                k++;
                continue;
            }
            String glue = glue(tokens, lastEnd, next.start());
            if (glue == null || next.preposition() != null && !glue.endsWith("with")) {
                break;
            }
            joined |= !glue.equals(",");
            members.add(next);
            last = next;
            lastEnd = next.end();
            k++;
        }
        if (!joined) {
            return List.of(first);
        }
        if (members.size() > 2 && first.counted() && tokens.get(first.end()).text().equals(",")
                && lastEnd < tokens.size() && tokens.get(lastEnd).text().equals(",")) {
            return List.of(first); // an aside listing what the first phrase counts
        }
        return members;
    }

    /** The words between two coordinated phrases ("and", ", or", "as well as", "along with"), else null. */
    static String glue(List<Token> tokens, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            s.append(s.length() > 0 ? " " : "").append(tokens.get(k).lower());
        }
        String g = s.toString();
        return switch (g) {
            case ",", "and", ", and", "or", ", or", "plus", "as well as", "along with", ", along with", "together with"
                    -> g;
            default -> null;
        };
    }
}
