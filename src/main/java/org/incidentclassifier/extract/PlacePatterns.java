package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PlaceEntry;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Places the gazetteer lacks, found by their shape; a name the gazetteer or the actor lexicon knows is
 * left to them:
 * <ul>
 *   <li>a site: a capitalised name before a facility word, "the Tigantourine gas complex", "the Lindt cafe";</li>
 *   <li>a city with its country: "in Kumanovo, Macedonia", "near Garissa, Kenya";</li>
 *   <li>a region: "Kaduna state", "Helmand province".</li>
 * </ul>
 */
final class PlacePatterns {
    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "at");
    private static final Set<String> REGION_WORDS = Set.of("state", "province", "region", "district", "county",
            "governorate");

    private final Lexicons lexicons;

    PlacePatterns(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<PlaceMention> find(String doc, Sentence sentence, List<PlaceMention> known, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        List<PlaceMention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int end = nameEnd(tokens, i);
            if (end == i || i > 0 && isName(tokens.get(i - 1))) {
                continue;
            }
            String name = sentence.textOf(i, end);
            if (lexicons.places().lookup(name) != null || lexicons.actors().lookup(name) != null
                    || lexicons.demonyms().lookup(name) != null || lexicons.outlets().lookup(name) != null) {
                continue;
            }
            PlaceKind kind = null;
            String country = null;
            if (end < tokens.size() && REGION_WORDS.contains(tokens.get(end).lower())) {
                kind = PlaceKind.REGION;
            } else if (end < tokens.size() && lexicons.facilities().longestAt(tokens, end) != null
                    && i > 0 && tokens.get(i - 1).lower().equals("the")) {
                kind = PlaceKind.SITE;
            } else if (i > 0 && LOCATIVES.contains(tokens.get(i - 1).lower()) && end + 1 < tokens.size()
                    && tokens.get(end).text().equals(",")) {
                PlaceEntry after = countryAt(tokens, end + 1);
                if (after != null) {
                    kind = PlaceKind.CITY;
                    country = after.country();
                }
            }
            if (kind != null && !overlaps(known, sentence, i, end)) {
                found.add(new PlaceMention(doc, name, name, kind, country, locator.locate(sentence.index(),
                        tokens.get(i).start(), tokens.get(end - 1).end())));
                i = end - 1;
            }
        }
        return found;
    }

    private PlaceEntry countryAt(List<Token> tokens, int i) {
        for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
            String words = tokens.subList(i, i + n).stream().map(Token::text).reduce((a, b) -> a + " " + b).orElse("");
            PlaceEntry place = lexicons.places().lookup(words);
            if (place != null && place.kind() == PlaceKind.COUNTRY) {
                return place;
            }
        }
        return null;
    }

    private static int nameEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < 4 && isName(tokens.get(end))) {
            end++;
        }
        return end;
    }

    private static boolean isName(Token t) {
        return t.isPos("PROPN") && Character.isUpperCase(t.text().charAt(0)) && t.text().chars().anyMatch(Character::isLowerCase);
    }

    /** Known places are reported in original offsets; compare by the words instead. */
    private static boolean overlaps(List<PlaceMention> known, Sentence sentence, int from, int to) {
        String text = sentence.textOf(from, to);
        return known.stream().anyMatch(p -> p.evidence().sentence() == sentence.index()
                && (text.contains(p.matchedText()) || p.matchedText().contains(text)));
    }
}
