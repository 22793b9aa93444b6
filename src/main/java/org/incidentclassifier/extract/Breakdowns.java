package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.NationalityCount;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.nlp.Token;

/** Nationality lists that break a figure down ("55 hostages - 30 locals and 25 foreigners"), joined to it. */
final class Breakdowns {
    private static final Set<String> OPENERS = Set.of("\u2014", "\u2013", "-", "(", ":");

    private Breakdowns() {
    }

    /**
     * A nationality list right after a figure, set off by a dash, a bracket, a colon or "including", is the
     * figure's breakdown, not a figure of its own.
     */
    static List<CountedGroup> attachBreakdowns(List<Token> tokens, List<CountedGroup> groups) {
        List<CountedGroup> result = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            CountedGroup g = groups.get(i);
            int j = i + 1;
            List<NationalityCount> parts = new ArrayList<>();
            int end = g.end();
            if (j < groups.size() && introducesBreakdown(tokens, g.end(), groups.get(j).start())) {
                while (j < groups.size() && isPart(groups.get(j))
                        && (parts.isEmpty() ? introducesBreakdown(tokens, end, groups.get(j).start())
                        : GroupFinder.onlyListGlue(tokens, end, groups.get(j).start()))) {
                    parts.addAll(partsOf(groups.get(j)));
                    end = groups.get(j).end();
                    j++;
                }
            }
            if (parts.isEmpty()) {
                result.add(g);
            } else {
                List<NationalityCount> all = new ArrayList<>(g.breakdown());
                all.addAll(parts);
                result.add(g.withBreakdown(all));
                i = j - 1;
            }
        }
        return result;
    }

    /**
     * "four foreign hostages were freed during the intervention: two British nationals, one French and one
     * Kenyan": a nationality list after a colon that adds up to an earlier figure is that figure's breakdown.
     */
    static List<CountedGroup> attachListsAfterColon(List<Token> tokens, List<CountedGroup> groups) {
        List<CountedGroup> result = new ArrayList<>(groups);
        for (int j = result.size() - 1; j > 0; j--) {
            CountedGroup list = result.get(j);
            boolean afterColon = list.start() > 0 && tokens.get(list.start() - 1).text().equals(":");
            if (!afterColon || !isPart(list) || list.quantity().value() == null) {
                continue;
            }
            for (int i = j - 1; i >= 0; i--) {
                CountedGroup whole = result.get(i);
                if (list.quantity().value().equals(whole.quantity().value()) && whole.breakdown().isEmpty()) {
                    result.set(i, whole.withBreakdown(partsOf(list)));
                    result.remove(j);
                    break;
                }
            }
        }
        return result;
    }

    private static boolean introducesBreakdown(List<Token> tokens, int from, int to) {
        List<String> between = new ArrayList<>();
        for (int k = from; k < to; k++) {
            between.add(tokens.get(k).lower());
        }
        return between.size() == 1 && (OPENERS.contains(between.get(0)) || between.get(0).equals(",")
                || between.get(0).equals("including"))
                || between.equals(List.of(",", "including"));
    }

    private static boolean isPart(CountedGroup g) {
        return g.subject() == Subject.FOREIGNERS || g.subject() == Subject.PEOPLE && !g.breakdown().isEmpty();
    }

    private static List<NationalityCount> partsOf(CountedGroup g) {
        if (g.subject() == Subject.FOREIGNERS) {
            return List.of(new NationalityCount("FOREIGN", g.quantity().value()));
        }
        return g.breakdown();
    }
}
