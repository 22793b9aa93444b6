package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.lexicon.Demonym;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.lexicon.Title;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Actors the lexicon does not know, found by the shape of the words around them:
 * <ul>
 *   <li>a title and a name: "Interior Minister Dahou Ould Kablia", "President Francois Hollande";</li>
 *   <li>a name given by a spokesman: "a spokesman ... calling himself Abu al-Baraa";</li>
 *   <li>a named armed group: "the "Red Crescent" brigade", "El Sahra Brigade";</li>
 *   <li>a country's forces: "Kenyan security forces", "Russian commandos";</li>
 *   <li>a company described, not named: "a French catering company";</li>
 *   <li>a nationality group: "Briton", "Algerians", "Japanese nationals", "British hostages".</li>
 * </ul>
 */
final class ActorPatterns {
    /** One actor found at tokens [start, end). */
    record Found(int start, int end, String id, String name, ActorKind kind, String country) {}

    private static final Set<String> PEOPLE_NOUNS = Set.of("national", "hostag", "worker", "citizen", "employe",
            "expatri", "survivor", "victim", "captiv", "passeng", "tourist", "engin", "staff");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "near", "from", "to", "on", "outside",
            "inside");
    private static final Set<String> NAMING = Set.of("calling", "called", "named", "identified");

    private final Lexicons lexicons;

    ActorPatterns(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Found> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Found f = titledPerson(sentence, i);
            f = f != null ? f : namedBySpeaker(sentence, i);
            f = f != null ? f : groupForACause(sentence, i);
            f = f != null ? f : namedGroup(sentence, i);
            f = f != null ? f : forcesOrNationals(sentence, i);
            f = f != null ? f : describedCompany(sentence, i);
            if (f != null) {
                found.add(f);
                i = f.end() - 1;
                Found next = f.kind() == ActorKind.PERSON ? coordinatedName(sentence, f.end()) : null;
                if (next != null) {
                    found.add(next); // "identified as Anton Weiss and Pieter Gross"
                    i = next.end() - 1;
                }
            }
        }
        return found;
    }

    private Found titledPerson(Sentence sentence, int i) {
        PhraseTable.Match<Title> title = lexicons.titles().longestAt(sentence.tokens(), i);
        if (title == null) {
            return null;
        }
        int end = properNameEnd(sentence.tokens(), title.end());
        if (end - title.end() < 2) {
            return null; // "the President said" names nobody; a name has two words or more here
        }
        String name = sentence.textOf(title.end(), end);
        // "British Foreign Secretary William Hague": the nationality before the title is the person's country
        Demonym d = i > 0 ? lexicons.demonyms().lookup(sentence.tokens().get(i - 1).text()) : null;
        return new Found(i, end, ActorIds.slug(name), name, title.value().actorKind(), d == null ? null : d.country());
    }

    private Found namedBySpeaker(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        if (!NAMING.contains(tokens.get(i).lower())) {
            return null;
        }
        int from = i + 1;
        if (from < tokens.size() && tokens.get(from).lower().matches("himself|herself")) {
            from++;
        } else if (from < tokens.size() && tokens.get(from).lower().equals("as")
                && tokens.get(i).lower().matches("identified|named")) {
            from++; // "two suspects, identified as Anton Weiss and ..."
        } else if (!tokens.get(i).lower().equals("named") && !tokens.get(i).lower().equals("called")) {
            return null;
        }
        int end = properNameEnd(tokens, from);
        if (end == from) {
            return null;
        }
        String name = sentence.textOf(from, end);
        return new Found(from, end, ActorIds.slug(name), name, ActorKind.PERSON, null);
    }

    /** A second person's name after "and", of two words or more. */
    private static Found coordinatedName(Sentence sentence, int at) {
        List<Token> tokens = sentence.tokens();
        if (at + 1 >= tokens.size() || !tokens.get(at).lower().equals("and")) {
            return null;
        }
        int end = properNameEnd(tokens, at + 1);
        if (end - (at + 1) < 2) {
            return null;
        }
        String name = sentence.textOf(at + 1, end);
        return new Found(at + 1, end, ActorIds.slug(name), name, ActorKind.PERSON, null);
    }

    /**
     * "the Movement for the Freedom of Karsa", "Front for the Liberation of the Valley": a capitalised group word,
     * "for" or "of", and capitalised words (with "the", "and", "of", "in" between them).
     */
    private Found groupForACause(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        PhraseTable.Match<ActorKind> noun = lexicons.actorWords().longestAt(tokens, i);
        if (noun == null || noun.value() != ActorKind.ARMED_GROUP || !Character.isUpperCase(tokens.get(i).text().charAt(0))
                || noun.end() >= tokens.size() || !tokens.get(noun.end()).lower().matches("for|of")) {
            return null;
        }
        int end = noun.end();
        int lastCapital = -1;
        for (int k = noun.end() + 1; k < tokens.size() && k - i < 12; k++) {
            Token t = tokens.get(k);
            if (Character.isUpperCase(t.text().charAt(0)) && Character.isLetter(t.text().charAt(0))) {
                lastCapital = k;
            } else if (!t.lower().matches("the|and|of|in|for")) {
                break;
            }
        }
        if (lastCapital < 0) {
            return null;
        }
        end = lastCapital + 1;
        String name = sentence.textOf(i, end);
        return new Found(i, end, ActorIds.slug(name), name, ActorKind.ARMED_GROUP, null);
    }

    /** "the "Red Crescent" brigade", "El Sahra Brigade", "the Veiled Battalion". */
    private Found namedGroup(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        int nameStart = i;
        int nameEnd;
        if (isQuote(tokens.get(i))) {
            nameEnd = i + 1;
            while (nameEnd < tokens.size() && !isQuote(tokens.get(nameEnd)) && nameEnd - i < 8) {
                nameEnd++;
            }
            if (nameEnd >= tokens.size() || !isQuote(tokens.get(nameEnd)) || nameEnd == i + 1) {
                return null;
            }
            PhraseTable.Match<ActorKind> noun = lexicons.actorWords().longestAt(tokens, nameEnd + 1);
            if (noun == null || noun.value() != ActorKind.ARMED_GROUP) {
                return null;
            }
            String name = sentence.textOf(i + 1, nameEnd) + " " + sentence.textOf(nameEnd + 1, noun.end());
            return new Found(nameStart, noun.end(), ActorIds.slug(name), name, ActorKind.ARMED_GROUP, null);
        }
        boolean openingWord = i == 1 && (tokens.get(0).isPos("ADJ") || tokens.get(0).isPos("VERB")); // "Slain ..."
        if (!isCapitalisedWord(tokens.get(i)) || i == 0 && (tokens.get(0).isPos("ADJ") || tokens.get(0).isPos("VERB"))
                || i > 0 && isCapitalisedWord(tokens.get(i - 1)) && !isPossessive(tokens.get(i - 1)) && !openingWord
                || i > 0 && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).lower())) {
            return null; // "at Buguma Front" is a place
        }
        nameEnd = i;
        while (nameEnd < tokens.size() && isCapitalisedWord(tokens.get(nameEnd)) && nameEnd - i < 5
                && !isPossessive(tokens.get(nameEnd))) { // "Karim Bouzid's Desert Brigade": the name starts after "'s"
            PhraseTable.Match<ActorKind> noun = lexicons.actorWords().longestAt(tokens, nameEnd);
            if (noun != null && noun.value() == ActorKind.ARMED_GROUP && nameEnd > i
                    && Character.isUpperCase(tokens.get(nameEnd).text().charAt(0))) {
                String name = sentence.textOf(i, noun.end());
                return new Found(i, noun.end(), ActorIds.slug(name), name, ActorKind.ARMED_GROUP, null);
            }
            nameEnd++;
        }
        return null;
    }

    /** A nationality word before forces ("Algerian troops") or people ("British hostages"), or alone ("Britons"). */
    private Found forcesOrNationals(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        Demonym d = lexicons.demonyms().lookup(tokens.get(i).text());
        if (d == null) {
            return null;
        }
        PhraseTable.Match<ActorKind> force = lexicons.actorWords().longestAt(tokens, i + 1 < tokens.size() ? i + 1 : i);
        if (i + 1 < tokens.size() && force != null && force.value() == ActorKind.STATE_FORCE) {
            String adjective = tokens.get(i).text();
            return new Found(i, force.end(), "forces-" + d.country().toLowerCase(java.util.Locale.ROOT),
                    adjective + " forces", ActorKind.STATE_FORCE, d.country());
        }
        boolean personNoun = !d.is(Demonym.Form.ADJECTIVE) || d.is(Demonym.Form.PERSON_PLURAL)
                && !(i + 1 < tokens.size() && tokens.get(i + 1).isPos("NOUN"));
        boolean peopleFollow = i + 1 < tokens.size() && PEOPLE_NOUNS.contains(tokens.get(i + 1).stem());
        if (!personNoun && !peopleFollow) {
            return null;
        }
        int end = peopleFollow ? i + 2 : i + 1;
        return new Found(i, end, "nationals-" + d.country().toLowerCase(java.util.Locale.ROOT),
                nationalsName(d.country()), ActorKind.NATIONALITY_GROUP, d.country());
    }

    private String nationalsName(String country) {
        var entry = lexicons.country(country);
        String adjective = entry == null || entry.adjectives().isEmpty() ? country : entry.adjectives().get(0);
        return adjective + " nationals";
    }

    /** "a French catering company": a company the text describes without naming it. */
    private Found describedCompany(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        if (!tokens.get(i).lower().equals("a") && !tokens.get(i).lower().equals("an")) {
            return null;
        }
        int k = i + 1;
        String country = null;
        while (k < tokens.size() && k < i + 5 && (tokens.get(k).isPos("ADJ") || tokens.get(k).isPos("NOUN")
                || tokens.get(k).isPos("PROPN"))) {
            PhraseTable.Match<ActorKind> noun = lexicons.actorWords().longestAt(tokens, k);
            Demonym d = lexicons.demonyms().lookup(tokens.get(k).text());
            if (d != null) {
                country = d.country();
            }
            if (noun != null && noun.value() == ActorKind.COMPANY && k > i + 1) {
                String name = sentence.textOf(i + 1, noun.end());
                return new Found(i + 1, noun.end(), ActorIds.slug(name), name, ActorKind.COMPANY, country);
            }
            k++;
        }
        return null;
    }

    private static int properNameEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && (tokens.get(end).isPos("PROPN") || isNameParticle(tokens, end))
                && Character.isLetter(tokens.get(end).text().charAt(0)) && end - from < 5) {
            end++;
        }
        while (end > from && isNameParticle(tokens, end - 1)) {
            end--;
        }
        return end;
    }

    /** "Ould", "al-", "bin", "de" inside names. */
    private static boolean isNameParticle(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        return w.matches("(?i)ould|al|el|bin|ben|abu|de|van|von|al-[A-Za-z]+") && i + 1 < tokens.size()
                && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))
                || Character.isUpperCase(w.charAt(0)) && tokens.get(i).isPos("NOUN")
                // "Umar/ADP Khalid/PROPN": the tagger misreads a first name it does not know
                || Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter) && i + 1 < tokens.size()
                && tokens.get(i + 1).isPos("PROPN") && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
    }

    static boolean isPossessive(Token t) {
        String w = t.lower();
        return w.endsWith("'s") || w.endsWith("\u2019s");
    }

    private static boolean isQuote(Token t) {
        return t.text().equals("\"") || t.text().equals("\u201c") || t.text().equals("\u201d");
    }

    private static boolean isCapitalisedWord(Token t) {
        return Character.isUpperCase(t.text().charAt(0)) && (t.isPos("PROPN") || t.isPos("NOUN") || t.isPos("ADJ"));
    }
}
