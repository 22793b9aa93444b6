package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.FigureCue;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.PhraseReader;
import org.incidentclassifier.phrase.SentencePhrases;

/**
 * Turns the counted groups of a sentence into figures with a status: "35 hostages and 15 captors were
 * killed" (two figures sharing the verb), "holding 41 hostages", "Fifty-five hostages – 30 Algerians and
 * 25 foreigners – are reported to have escaped" (one figure with its breakdown). Threatened, conditional
 * or denied events ("threatened to kill") yield no figure.
 */
final class ClaimExtractor {
    /** A figure found in a sentence, tokens [start, end) covering the group and its status words. */
    record Figure(CountedGroup group, ClaimStatus status, Subject subject, boolean hedged, int start, int end,
                  boolean background) {
        Figure(CountedGroup group, ClaimStatus status, Subject subject, boolean hedged, int start, int end) {
            this(group, status, subject, hedged, start, end, false);
        }

        Figure withGroup(CountedGroup g) {
            return new Figure(g, status, subject, hedged, start, end, background);
        }

        Figure asBackground() {
            return new Figure(group, status, subject, hedged, start, end, true);
        }
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "might", "may", "if", "unless",
            "threaten", "threatened", "threatening", "threatens", "plan", "planned", "vow", "vowed", "try",
            "tried", "attempt", "attempted", "intend", "intended", "want", "wanted", "should", "shall");
    private final QuantityFinder quantities;
    private final GroupFinder groups;
    private final Lexicons lexicons;
    private final StructureFigures structure;
    private final PartitiveWholes wholes;
    private final SinglePersons singles;
    private final PredicateAfter predicates;

    ClaimExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.quantities = new QuantityFinder(lexicons);
        this.groups = new GroupFinder(lexicons);
        this.structure = new StructureFigures(lexicons, groups);
        this.wholes = new PartitiveWholes(lexicons);
        this.singles = new SinglePersons(lexicons, new ListTotals(lexicons, groups));
        this.predicates = new PredicateAfter(lexicons);
    }

    /** True when the sentence has no number: its figures, if any, are of one person ({@link SinglePersons}). */
    boolean numberless(List<Token> tokens) {
        return quantities.find(tokens).isEmpty();
    }

    List<Figure> figures(List<Token> tokens) {
        List<CountedGroup> found = new ArrayList<>();
        List<Quantity> numbers = quantities.find(tokens);
        if (numbers.isEmpty()) {
            // the phrase layer reads only sentences with a number, or with one person harmed
            return singles.figures(tokens).stream().map(f -> isBackground(tokens, f) ? f.asBackground() : f).toList();
        }
        SentencePhrases phrases = PhraseReader.read(tokens);
        for (Quantity q : numbers) {
            CountedGroup g = groups.group(tokens, q);
            if (g != null) {
                found.add(g);
            }
        }
        found = Breakdowns.attachListsAfterColon(tokens,
                Breakdowns.attachBreakdowns(tokens, GroupFinder.joinNationalityLists(tokens, found)));
        List<PhraseTable.Match<ClaimStatus>> statuses = lexicons.statuses().findAll(tokens);
        List<Figure> figures = new ArrayList<>();
        Figure previous = null;
        for (int i = 0; i < found.size(); i++) {
            Figure f = figure(tokens, phrases, found, i, statuses);
            f = f != null ? f : HarmedListed.figure(tokens, found.get(i), statuses); // "among the dead were 4 ..."
            CountedGroup g = found.get(i);
            if (f == null && previous != null && previous.end() <= g.start()
                    && GroupFinder.onlyListGlue(tokens, previous.group().end(), g.start())
                    && previous.start() < previous.group().start()) {
                // "claimed the lives of 10 Japanese and six non-Japanese employees": the verb before serves both
                Subject subject = previous.status().isCaptiveStatus() ? g.subject().asCaptives() : g.subject();
                f = new Figure(g, previous.status(), subject, previous.hedged(), g.start(), g.end());
            }
            if (f != null) {
                figures.add(f);
            }
            previous = f;
        }
        return CombinedHarm.without(tokens, withStructure(tokens, phrases, numbers, figures)).stream()
                .map(f -> articleOnly(tokens, f.group()) ? f.withGroup(f.group().withQuantity(
                        Quantity.unwritten(f.group().quantity().start(), f.group().quantity().end()))) : f)
                .toList();
    }

    /**
     * "rescued an American", "A Mexican woman, 33, also died": the article alone is no written number, so the
     * figure has no value (the gold's convention); "a Japanese and a Briton" in a list with numbers still count
     * in its total.
     */
    private static boolean articleOnly(List<Token> tokens, CountedGroup g) {
        Quantity q = g.quantity();
        if (q.end() - q.start() != 1 || g.breakdown().size() > 1 || !Integer.valueOf(1).equals(q.value())) {
            return false;
        }
        String word = tokens.get(q.start()).lower();
        return word.equals("a") || word.equals("an");
    }

    /** Adds the figures the phrase structure finds for numbers the window reading left, in sentence order. */
    private List<Figure> withStructure(List<Token> tokens, SentencePhrases phrases, List<Quantity> numbers,
                                       List<Figure> figures) {
        Set<Integer> claimed = new java.util.HashSet<>();
        for (Figure f : figures) {
            for (Quantity q : numbers) {
                if (q.start() >= f.group().start() && q.start() < f.group().end()) {
                    claimed.add(q.start());
                }
            }
        }
        if (numbers.isEmpty()) {
            return figures;
        }
        Set<Integer> dropped = new java.util.HashSet<>();
        List<Figure> added = structure.figures(tokens, phrases, numbers, claimed, figures, dropped);
        List<Figure> all = new ArrayList<>();
        for (Figure f : figures) {
            if (!dropped.contains(f.group().quantity().start())) {
                all.add(f);
            }
        }
        all.addAll(added);
        all.addAll(wholes.figures(tokens, phrases, all));
        all.sort(java.util.Comparator.comparingInt(f -> f.group().start()));
        List<Figure> marked = new ArrayList<>();
        for (Figure f : all) {
            marked.add(isBackground(tokens, f) ? f.asBackground() : f);
        }
        return marked;
    }

    /**
     * "Last year's attack on the market killed 30", "20 years since the bombing that killed 168": a
     * background cue (figure-cues.csv) in the figure's clause puts the figure in another event.
     */
    private boolean isBackground(List<Token> tokens, Figure f) {
        int from = f.start();
        while (from > 0 && !tokens.get(from - 1).text().equals(";") && f.start() - from < 12) {
            from--;
        }
        int to = Math.min(tokens.size(), f.end() + 6);
        for (int k = from; k < to; k++) {
            PhraseTable.Match<FigureCue> m = lexicons.figureCues().longestAt(tokens, k);
            if (m != null && m.value() == FigureCue.BACKGROUND) {
                return true;
            }
        }
        return false;
    }

    private Figure figure(List<Token> tokens, SentencePhrases phrases, List<CountedGroup> all, int index,
                          List<PhraseTable.Match<ClaimStatus>> statuses) {
        CountedGroup g = all.get(index);
        if (isWholeOfPartitive(tokens, g) && g.status() == null) {
            return null; // "six out of seven assailants were killed": the verb tells what happened to the six
        }
        if (isListAfterNoun(tokens, g)) {
            return listAfterNoun(tokens, g, statuses);
        }
        // The clause's verb says what happened ("rescued kidnapped expatriates" were freed); a participle in
        // the phrase ("the dead hostages") speaks only when there is no verb.
        ClaimStatus status;
        int start = g.start();
        int end = g.end();
        boolean hedged = false;
        PredicateAfter.Found after = predicates.find(tokens, phrases, all, index);
        PhraseTable.Match<ClaimStatus> before = after == null ? statusBefore(tokens, g, statuses) : null;
        if (after != null && Agents.isAgent(tokens, g, after)) {
            return null; // "five gunmen killed 20 people": the five did the killing
        }
        if (after != null && after.status() == ClaimStatus.TAKEN && isRemainsOf(tokens, g.start())) {
            return null; // "the bodies of 12 villagers were taken away": the dead, carried off
        }
        if (after != null) {
            status = after.status();
            end = after.end();
            hedged = after.hedged();
        } else if (before != null) {
            status = before.value();
            start = before.start();
            end = Math.max(end, before.end());
        } else if (g.status() != null && !isNegatedOrHypothetical(tokens, g.start())) {
            status = g.status(); // not "the toll may rise to 150", "it could surpass 300": guesses, not figures
        } else {
            return null;
        }
        if ((after != null || before != null) && isNegatedOrHypothetical(tokens, after != null ? after.at() : start)) {
            return null;
        }
        Subject subject = status.isCaptiveStatus() ? g.subject().asCaptives() : g.subject();
        return new Figure(g, status, subject, hedged, start, end);
    }

    /** "the bodies of", "the remains of" just before the group. */
    private static boolean isRemainsOf(List<Token> tokens, int start) {
        start = QuantityFinder.lower(tokens, start - 1).equals("the") ? start - 1 : start;
        String before = QuantityFinder.lower(tokens, start - 2);
        return QuantityFinder.lower(tokens, start - 1).equals("of") && (before.equals("bodies") || before.equals("remains"));
    }

    /** The group is the M of "N out of M" or "N of the M". */
    private static boolean isWholeOfPartitive(List<Token> tokens, CountedGroup g) {
        int s = g.start();
        String one = QuantityFinder.lower(tokens, s - 1);
        String two = QuantityFinder.lower(tokens, s - 2);
        if (one.equals("of") && two.equals("out") || one.equals("the") && two.equals("of")) {
            return s >= 3 && isNumberWord(tokens.get(s - 3));
        }
        return false;
    }

    /** A number, whatever its tag: the tagger calls a capitalised number word that opens a sentence a name ("Nine"). */
    static boolean isNumberWord(Token t) {
        return t.isPos("NUM") || NumberWords.UNITS.containsKey(t.lower()) || t.lower().matches("\\d[\\d,]*");
    }

    private static final Set<String> LIST_INTRODUCERS = Set.of("comprising", "including", "namely", ":");

    /** "rescued kidnapped expatriates comprising three Russians, one Ukrainian and two Equatorial Guineans". */
    private static boolean isListAfterNoun(List<Token> tokens, CountedGroup g) {
        return g.subject() == Subject.PEOPLE && g.breakdown().size() > 1 && g.start() > 1
                && LIST_INTRODUCERS.contains(tokens.get(g.start() - 1).lower())
                && tokens.get(g.start() - 2).isPos("NOUN");
    }

    /** The list counts the noun before it; the status comes from the verb before that noun. */
    private Figure listAfterNoun(List<Token> tokens, CountedGroup list, List<PhraseTable.Match<ClaimStatus>> statuses) {
        int nounEnd = list.start() - 1;
        int nounStart = nounEnd - 1;
        while (nounStart > 0 && (tokens.get(nounStart - 1).isPos("ADJ") || tokens.get(nounStart - 1).isPos("NOUN")
                || tokens.get(nounStart - 1).lower().endsWith("ed") && !tokens.get(nounStart - 1).isPos("VERB")
                || lexicons.statuses().longestAt(tokens, nounStart - 1) != null
                        && lexicons.statuses().longestAt(tokens, nounStart - 1).end() == nounStart
                        && nounStart - 2 >= 0 && lexicons.statuses().longestAt(tokens, nounStart - 2) != null)) {
            nounStart--;
        }
        PhraseTable.Match<Subject> noun = lexicons.subjects().longestAt(tokens, nounEnd - 1);
        if (noun == null) {
            return null;
        }
        CountedGroup whole = new CountedGroup(nounStart, list.end(), list.quantity(), noun.value(), list.breakdown(), null);
        PhraseTable.Match<ClaimStatus> before = statusBefore(tokens, whole, statuses);
        if (before == null || isNegatedOrHypothetical(tokens, before.start())) {
            return null;
        }
        Subject subject = before.value().isCaptiveStatus() ? noun.value().asCaptives() : noun.value();
        return new Figure(whole, before.value(), subject, false, before.start(), list.end());
    }

    /**
     * Words between a verb and its counted object: "a total of 23", "the other three", "the remaining five",
     * "the last 14", "a further 20", "an additional six" (an order or an addition, not a different thing); the
     * articles by their word, as the tagger sometimes calls "a" a preposition, and the possessives it calls
     * pronouns ("abducted its three-man crew", "seized their two sons").
     */
    private static final Set<String> BEFORE_COUNT = Set.of("of", "total", "other", "remaining", "last", "first",
            "final", "latest", "further", "additional", "a", "an", "the", "its", "their", "his", "her");

    /** An active verb before the group: "holding 41 hostages", "killing at least 59 people", "took ... hostage". */
    private static PhraseTable.Match<ClaimStatus> statusBefore(List<Token> tokens, CountedGroup g,
                                                               List<PhraseTable.Match<ClaimStatus>> statuses) {
        int i = g.start() - 1;
        while (i >= 0 && (tokens.get(i).isPos("DET") || tokens.get(i).isPos("ADV")
                || BEFORE_COUNT.contains(tokens.get(i).lower()))) {
            i--;
        }
        for (PhraseTable.Match<ClaimStatus> m : statuses) {
            if (m.phrase().source().endsWith("hands of")) {
                continue; // "in the hands of 200 fighters": who follows holds the captives
            }
            boolean nounOf = tokens.get(m.start()).isPos("NOUN") && QuantityFinder.lower(tokens, m.end()).equals("of");
            Token verb = tokens.get(m.start());
            // "that freed/ADJ 650", "hostage-takers freed/ADP the"; "and shot/NOUN dead two teachers": a verb with its
            // particle is a verb whatever its tag, and so is a past form the tagger took for an adjective or a preposition
            boolean verbLike = verb.isPos("VERB") || (verb.isPos("ADJ") || verb.isPos("ADP")) && verb.lower().endsWith("ed")
                    || m.end() - m.start() >= 2 && !verb.isPos("DET") && !tokens.get(m.end() - 1).isPos("NOUN");
            boolean endsBefore = (m.end() == i + 1 || m.end() == g.start()) && (verbLike || nounOf);
            boolean spans = m.start() < g.start() && m.end() >= g.end() && verbLike;
            if (endsBefore || spans) {
                return m;
            }
        }
        return null;
    }

    static boolean isNegatedOrHypothetical(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            String w = tokens.get(k).lower();
            if (NEGATIONS.contains(w) || MODALS.contains(w) || MODALS.contains(tokens.get(k).stem())) {
                return true;
            }
        }
        return false;
    }
}
