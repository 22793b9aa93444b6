package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.NationalityCount;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Demonym;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.lexicon.PlaceEntry;
import org.incidentclassifier.nlp.Token;

/**
 * Reads the noun phrase after a quantity to find who is counted: "15 foreigners" (FOREIGNERS),
 * "some 200 Algerian workers" (WORKERS, DZ), "Eight of the dead hostages" (HOSTAGES, KILLED),
 * "two Americans" (PEOPLE, US 2). Quantities followed by no known people noun are dropped.
 */
final class GroupFinder {
    private final Lexicons lexicons;

    GroupFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    CountedGroup group(List<Token> tokens, Quantity q) {
        int i = q.end();
        // Partitives: "Eight of the dead hostages", "one of its nationals", "nine out of 37 dead".
        boolean partitive = QuantityFinder.lower(tokens, q.end() - 1).matches("\\d+") && q.end() - q.start() > 1
                && QuantityFinder.lower(tokens, q.start() + 1).matches("out|of");
        if (QuantityFinder.lower(tokens, i).equals("of") && q.end() - q.start() >= 1
                && isDeterminer(tokens, i + 1)) {
            i += 2;
            partitive = true;
            if (isCopulaBeforeNoun(tokens, i)) {
                i++; // "14 people, six of whom were children": the copula names the part's kind
            }
        }
        if (QuantityFinder.lower(tokens, q.end() - 1).equals("of") && isDeterminer(tokens, i)) {
            i++; // "several of the militants", "dozens of the workers"
        }
        ClaimStatus status = null;
        String country = null;
        int phraseStart = i;
        while (i < tokens.size() && isModifier(tokens, i) && !isTwoWordDemonym(tokens, i)
                && !isStatusHead(tokens, i)) {
            Demonym d = lexicons.demonyms().lookup(tokens.get(i).text());
            PhraseTable.Match<ClaimStatus> s = lexicons.statuses().longestAt(tokens, i);
            if (d != null && d.is(Demonym.Form.ADJECTIVE) && i + 1 < tokens.size()
                    && isNounLike(tokens.get(i + 1))) {
                country = d.country();
            } else if (s != null && s.end() == i + 1 && i + 1 < tokens.size() && isNounLike(tokens.get(i + 1))) {
                status = s.value();
            }
            i++;
        }
        CountedGroup group = head(tokens, q, phraseStart, i, status, country);
        if (group != null && partitive) {
            group = group.asPartitive();
        }
        boolean nounAfter = q.end() < tokens.size() && tokens.get(q.end()).isPos("NOUN");
        if (group == null && !nounAfter && afterDeathToll(tokens, q.start())) {
            // "the toll was 250"; not "the toll from two blasts"
            // "The official death toll was more than 250", "the toll stands at 38": the dead, counted
            return new CountedGroup(q.start(), q.end(), q, Subject.VICTIMS, List.of(), ClaimStatus.KILLED);
        }
        ClaimStatus counted = group == null && !nounAfter ? numberOfStatus(tokens, q.start()) : null;
        if (counted != null) {
            // "put the number of wounded at 40", "the number of dead stood at 14": a toll of that status
            return new CountedGroup(q.start(), q.end(), q, Subject.VICTIMS, List.of(), counted);
        }
        return group == null ? null : withOrigins(tokens, group);
    }

    private static final Set<String> COPULAS = Set.of("were", "are", "was", "is");

    /** "of whom were children", not "of whom were killed": a copula after "whom" or "them" before a people word. */
    private boolean isCopulaBeforeNoun(List<Token> tokens, int i) {
        String pronoun = QuantityFinder.lower(tokens, i - 1);
        return (pronoun.equals("whom") || pronoun.equals("them")) && COPULAS.contains(QuantityFinder.lower(tokens, i))
                && i + 1 < tokens.size() && lexicons.statuses().longestAt(tokens, i + 1) == null
                && !tokens.get(i + 1).isPos("ADV") && !tokens.get(i + 1).isPos("AUX") && !tokens.get(i + 1).isPos("VERB");
    }

    /**
     * The status of "the number of dead|wounded|injured|missing" a few words before the figure, the status word
     * the head of its phrase (not "the number of wounded soldiers", which the soldiers' phrase reads).
     */
    private ClaimStatus numberOfStatus(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(2, at - 5); k--) {
            String w = tokens.get(k).lower();
            if (w.equals(",") || w.equals(".") || tokens.get(k).isPos("NUM")) {
                return null;
            }
            if (tokens.get(k - 2).lower().equals("number") && tokens.get(k - 1).lower().equals("of")) {
                PhraseTable.Match<ClaimStatus> s = lexicons.statuses().longestAt(tokens, k);
                // by the lexicon, not the tag: the tagger reads "wounded stood/NOUN" and "dead at/ADJ"
                boolean head = s != null && s.end() == k + 1 && lexicons.subjects().longestAt(tokens, k + 1) == null;
                return head && !tokens.get(at - 1).lower().equals("by") ? s.value() : null;
            }
        }
        return null;
    }

    private static boolean afterDeathToll(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 5); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("toll")) {
                // "revised the toll down by about 100": the change, not the toll
                return !tokens.get(at - 1).lower().equals("by") && !(at >= 2 && tokens.get(at - 2).lower().equals("by"));
            }
            if (w.equals(",") || w.equals(".") || tokens.get(k).isPos("NUM")) {
                return false;
            }
        }
        return false;
    }

    /** "four hostages from Britain, France and Kenya": the countries join the breakdown (counts unknown). */
    private CountedGroup withOrigins(List<Token> tokens, CountedGroup group) {
        if (!QuantityFinder.lower(tokens, group.end()).equals("from")) {
            return group;
        }
        List<NationalityCount> parts = new ArrayList<>(group.breakdown());
        int i = group.end() + 1;
        int end = group.end();
        while (i < tokens.size()) {
            int matched = countryAt(tokens, i, parts);
            if (matched == 0) {
                break;
            }
            end = i + matched;
            i = end;
            if (i < tokens.size() && (tokens.get(i).text().equals(",") || tokens.get(i).lower().equals("and"))) {
                i++;
            }
        }
        return end == group.end() ? group : group.withBreakdown(parts).withEnd(end);
    }

    private int countryAt(List<Token> tokens, int i, List<NationalityCount> parts) {
        for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
            String name = tokens.subList(i, i + n).stream().map(Token::text).reduce((a, b) -> a + " " + b).orElse("");
            PlaceEntry place = lexicons.places().lookup(name);
            if (place != null && place.kind() == PlaceKind.COUNTRY) {
                parts.add(new NationalityCount(place.country(), null));
                return n;
            }
        }
        return 0;
    }

    private CountedGroup head(List<Token> tokens, Quantity q, int phraseStart, int at, ClaimStatus status,
                              String country) {
        // A nationality noun as head: "two Americans", "a Japanese", "one French", "two Equatorial Guineans".
        for (int length = 2; length >= 1 && at < tokens.size(); length--) {
            if (at + length > tokens.size()) {
                continue;
            }
            String words = tokens.subList(at, at + length).stream().map(Token::text).reduce((a, b) -> a + " " + b).orElse("");
            Demonym d = lexicons.demonyms().lookup(words);
            boolean nounFollows = at + length < tokens.size() && tokens.get(at + length).isPos("NOUN");
            if (d != null && !nounFollows) {
                return new CountedGroup(q.start(), at + length, q, Subject.PEOPLE,
                        List.of(new NationalityCount(d.country(), q.value())), status);
            }
        }
        // The subject phrase: the longest subjects.csv phrase over the noun run that ends at its head.
        for (int start = Math.max(phraseStart, at - 2); start <= at && start < tokens.size(); start++) {
            PhraseTable.Match<Subject> m = lexicons.subjects().longestAt(tokens, start);
            if (m != null && m.end() > at && nounRunEnds(tokens, m.end())) {
                List<NationalityCount> parts = country == null ? List.of()
                        : List.of(new NationalityCount(country, q.value()));
                PhraseTable.Match<ClaimStatus> implied = lexicons.statuses().longestAt(tokens, m.end() - 1);
                if (status == null && implied != null && implied.end() == m.end()) {
                    status = implied.value(); // "30 bodies were found": bodies are the dead
                }
                return new CountedGroup(q.start(), m.end(), q, m.value(), parts, status);
            }
        }
        // "the dead" / "among the injured": the status word is the head.
        if (status == null && at < tokens.size()) {
            PhraseTable.Match<ClaimStatus> s = lexicons.statuses().longestAt(tokens, at);
            // a participle whatever its tag: the tagger reads "seven wounded/AUX had been admitted", "wounded/PRON"
            boolean adjectival = tokens.get(at).isPos("ADJ") || tokens.get(at).isPos("NOUN")
                    || tokens.get(at).lower().endsWith("ed");
            if (s != null && adjectival && q.value() != null && at == phraseStart) {
                return new CountedGroup(q.start(), s.end(), q, Subject.PEOPLE, List.of(), s.value());
            }
        }
        return null;
    }

    /** "nine out of 37 dead", "up to 16 wounded": a status word with no noun after it is the head. */
    private boolean isStatusHead(List<Token> tokens, int i) {
        PhraseTable.Match<ClaimStatus> s = lexicons.statuses().longestAt(tokens, i);
        return s != null && (s.end() >= tokens.size() || !isNounLike(tokens.get(s.end())));
    }

    private boolean isTwoWordDemonym(List<Token> tokens, int i) {
        return i + 1 < tokens.size()
                && lexicons.demonyms().lookup(tokens.get(i).text() + " " + tokens.get(i + 1).text()) != null;
    }

    private static boolean nounRunEnds(List<Token> tokens, int end) {
        // "took hundreds of theatergoers hostage": the noun after is the verb's complement, not a compound
        return end >= tokens.size() || !tokens.get(end).isPos("NOUN")
                || tokens.get(end).stem().equals("hostag") || tokens.get(end).stem().equals("captiv");
    }

    private static boolean isDeterminer(List<Token> tokens, int i) {
        return i < tokens.size() && (tokens.get(i).isPos("DET") || tokens.get(i).isPos("PRON")
                || tokens.get(i).text().matches("(?i)the|its|their|his|her|our"));
    }

    private boolean isModifier(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean nounFollows = i + 1 < tokens.size() && tokens.get(i + 1).isPos("NOUN");
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean wordFollows = after != null && (after.isPos("NOUN") || after.isPos("PROPN") || after.isPos("ADJ"));
        if (lexicons.demonyms().lookup(t.text()) != null) {
            return wordFollows; // "Algerian workers" modifies; "30 Algerians" is the head
        }
        boolean statusParticiple = t.lower().endsWith("ed") && lexicons.statuses().longestAt(tokens, i) != null;
        boolean hyphenated = t.text().indexOf('-') > 0 && wordFollows; // "non-Japanese employees", "Yokohama-based"
        boolean compound = t.isPos("NOUN") && nounFollows && !t.stem().equals("hostag") && !t.stem().equals("captiv")
                && lexicons.subjects().longestAt(tokens, i) == null; // "railway staff", "security guard"
        return t.isPos("ADJ") || compound || t.isPos("PROPN") && nounFollows || t.isPos("VERB") && t.text().endsWith("ed")
                || hyphenated
                || statusParticiple
                || t.text().equalsIgnoreCase("other") || t.text().equalsIgnoreCase("more")
                || t.text().equalsIgnoreCase("still");
    }

    private static boolean isNounLike(Token t) {
        return t.isPos("NOUN") || t.isPos("PROPN") || t.isPos("ADJ") || t.isPos("VERB");
    }

    /** Joins "two Americans, three Belgians, a Japanese and a Briton" into one group with a breakdown. */
    static List<CountedGroup> joinNationalityLists(List<Token> tokens, List<CountedGroup> groups) {
        List<CountedGroup> joined = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            CountedGroup first = groups.get(i);
            if (!first.isNationalityOnly()) {
                joined.add(first);
                continue;
            }
            List<NationalityCount> parts = new ArrayList<>(first.breakdown());
            int total = first.quantity().value();
            int end = first.end();
            int j = i + 1;
            while (j < groups.size() && groups.get(j).isNationalityOnly() && onlyListGlue(tokens, end, groups.get(j).start())) {
                parts.addAll(groups.get(j).breakdown());
                total += groups.get(j).quantity().value();
                end = groups.get(j).end();
                j++;
            }
            if (j == i + 1) {
                joined.add(first);
                continue;
            }
            Quantity sum = Quantity.exact(first.start(), end, total);
            joined.add(new CountedGroup(first.start(), end, sum, Subject.PEOPLE, parts, first.status()));
            i = j - 1;
        }
        return joined;
    }

    static boolean onlyListGlue(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = QuantityFinder.lower(tokens, k);
            if (!w.equals(",") && !w.equals("and") && !w.equals("plus")) {
                return false;
            }
        }
        return to - from <= 2;
    }
}
