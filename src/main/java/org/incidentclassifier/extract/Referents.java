package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.SentencePhrases;

/** Who a number with no people noun of its own counts: "Six were killed", "five others", "two of them". */
final class Referents {
    /** Pronouns that stand for people already counted: "killed two of them", "one of whom died". */
    private static final Set<String> PEOPLE_PRONOUNS = Set.of("them", "us", "whom", "those", "these");

    private Referents() {
    }

    /**
     * "Six were killed" (people), "five others", "three more" and "two of them" (the kind of the last figure
     * before), null for a number whose phrase names its own noun or whose "of" phrase names a thing ("two of
     * the cars").
     */
    static Subject of(List<Token> tokens, SentencePhrases phrases, NounPhrase np, List<ClaimExtractor.Figure> context) {
        String head = tokens.get(np.head()).lower();
        boolean others = head.equals("others") || head.equals("more");
        if (!np.headless() && !others) {
            return null;
        }
        boolean partOf = np.headless() && np.end() < tokens.size() && tokens.get(np.end()).lower().equals("of");
        String whole = np.end() + 1 < tokens.size() ? tokens.get(np.end() + 1).lower() : "";
        boolean ofPeople = partOf && PEOPLE_PRONOUNS.contains(whole);
        if (partOf && !ofPeople) {
            return null; // "two of the cars": the whole says who is counted, and it is not people
        }
        if ((others || ofPeople) && !context.isEmpty()) {
            Subject before = context.get(context.size() - 1).group().subject();
            return before == Subject.PEOPLE || before.isHostages() ? before : Subject.PEOPLE;
        }
        if (np.headless() && !partOf && !context.isEmpty()) {
            // "12 were freed, 6 escaped and 5 were killed": a bare number closing a list of the captives' fates
            // tells the fate of the same captives, and so does one after a partitive of them ("18 of the tourists
            // were freed and 9 were killed"); "4 escaped and 8 were killed" alone may count other people
            ClaimExtractor.Figure before = context.get(context.size() - 1);
            long fates = context.stream().filter(f -> !f.background() && isFate(f.status())).count();
            boolean ofThem = fates >= 2 || before.group().partitive();
            if (ofThem && (before.subject().isHostages() || before.status().isRelease())
                    && !before.background() && isFate(before.status())) {
                return before.subject();
            }
        }
        return Subject.PEOPLE;
    }

    /** Leaving captivity alive, or still being in it. */
    private static boolean isFate(ClaimStatus status) {
        return status.isRelease() || status == ClaimStatus.HELD;
    }
}
