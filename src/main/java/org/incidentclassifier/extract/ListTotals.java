package org.incidentclassifier.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.SentencePhrases;

/**
 * The total of a list of kinds of people that share a verb: "four workers and two guards were wounded" is
 * one figure of six. Lists that are not one quantity (perpetrators with victims, "along with", a range,
 * vague numbers) give no total.
 */
final class ListTotals {
    private final Lexicons lexicons;
    private final GroupFinder groups;

    ListTotals(Lexicons lexicons, GroupFinder groups) {
        this.lexicons = lexicons;
        this.groups = groups;
    }

    /**
     * "23 soldiers, three guards and five passengers were killed": the total of a coordination of different
     * kinds of people, each with an exact number, is a figure too (the parts are figures of their own).
     */
    ClaimExtractor.Figure sum(List<Token> tokens, SentencePhrases phrases, List<Quantity> quantities,
                              List<NounPhrase> targets, StatedStatus status, List<ClaimExtractor.Figure> context) {
        if (targets.size() < 2 || status.including()) {
            return null;
        }
        NounPhrase head = targets.get(0);
        NounPhrase tail = targets.get(targets.size() - 1);
        for (ClaimExtractor.Figure f : context) {
            if (!f.group().breakdown().isEmpty() && f.group().start() <= head.start() + 1
                    && f.group().end() >= tail.end() - 1) {
                return null; // the list is already one figure ("two Americans, three Belgians and a Briton")
            }
        }
        for (NounPhrase np : targets) {
            if (np != head && "with".equals(np.preposition())) {
                return null; // "three soldiers, along with two civilians": two figures
            }
        }
        Set<Quantity> distinct = new HashSet<>();
        for (NounPhrase np : targets) {
            if (StructureFigures.quantityIn(quantities, np) != null && !distinct.add(StructureFigures.quantityIn(quantities, np))) {
                return null; // "between 20 and 30 soldiers" is one range, not a list
            }
        }
        int total = 0;
        boolean bounded = true;
        Set<Subject> kinds = new HashSet<>();
        for (NounPhrase np : targets) {
            Quantity q = StructureFigures.quantityIn(quantities, np);
            if (q == null && singlePerson(tokens, np) != null) {
                kinds.add(singlePerson(tokens, np));
                total += 1; // "its staff member, three health workers and two drivers": the member counts one
                continue;
            }
            if (q == null || q.value() == null || q.approx() || q.max() == null && q.min() == null
                    || q.min() != null && !q.min().equals(q.value()) || q.max() != null && !q.max().equals(q.value())) {
                return null; // only exact numbers and "at least" numbers add up
            }
            bounded &= q.max() != null;
            CountedGroup g = groups.group(tokens, q);
            Subject kind = g != null ? g.subject() : Referents.of(tokens, phrases, np, context);
            if (kind == null) {
                return null;
            }
            kinds.add(kind);
            total += q.value();
        }
        if (kinds.contains(Subject.PERPETRATORS)) {
            return null; // "35 hostages and 15 captors": two figures, never one total
        }
        if (namesTheFirst(tokens, quantities, targets, total)) {
            return null; // "Two of the injured, a German and a Dutch woman, were ...": the two, named
        }
        NounPhrase first = targets.get(0);
        NounPhrase last = targets.get(targets.size() - 1);
        Quantity q = bounded ? Quantity.exact(first.start(), last.end(), total)
                : new Quantity(first.start(), last.end(), total, total, null, false);
        Subject subject = status.value().isCaptiveStatus() ? Subject.HOSTAGES : Subject.PEOPLE;
        CountedGroup whole = new CountedGroup(first.start(), last.end(), q, subject, List.of(), null);
        return new ClaimExtractor.Figure(whole, status.value(), subject, status.hedged(),
                Math.min(first.start(), status.start()), Math.max(last.end(), status.end()));
    }

    /**
     * The list after the first item, set off by a comma, is of single people who add up to the first item's
     * number: an apposition that names the people counted, not more people.
     */
    private static boolean namesTheFirst(List<Token> tokens, List<Quantity> quantities, List<NounPhrase> targets,
                                         int total) {
        Quantity first = StructureFigures.quantityIn(quantities, targets.get(0));
        int gap = targets.get(1).start();
        for (NounPhrase np : targets.subList(1, targets.size())) {
            Quantity q = StructureFigures.quantityIn(quantities, np);
            if (q != null && (q.value() == null || q.value() > 1)) {
                return false; // "Four workers, two guards and two drivers": counted kinds add up
            }
        }
        return first != null && first.value() != null && first.value() > 1 && total == 2 * first.value()
                && gap > 0 && tokens.get(gap - 1).text().equals(",");
    }

    /** "its staff member", "a driver", "the guard": one person of a lexicon kind, or null. */
    Subject singlePerson(List<Token> tokens, NounPhrase np) {
        String first = tokens.get(np.start()).lower();
        String head = tokens.get(np.head()).lower();
        if (!(first.equals("a") || first.equals("an") || first.equals("its") || first.equals("the")
                || first.equals("his") || first.equals("her") || first.equals("their")) || head.endsWith("s")) {
            return null;
        }
        for (int k = np.start() + 1; k <= np.head(); k++) {
            PhraseTable.Match<Subject> m = lexicons.subjects().longestAt(tokens, k);
            if (m != null && m.end() == np.head() + 1) {
                return m.value();
            }
        }
        return null;
    }
}
