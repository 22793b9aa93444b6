package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.facts.AliasClaim;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Where the text itself says two names are one actor:
 * <ul>
 *   <li>ACRONYM: "al-Qaeda in the Islamic Maghreb (AQIM)";</li>
 *   <li>ALSO_KNOWN_AS: "Abu Karim (also known as the One-Eyed)", "Katibat al-Sahra, or the Desert Brigade";</li>
 *   <li>CALLS_ITSELF: "calls itself "Sons of the Desert" and the "Veiled Battalion"".</li>
 * </ul>
 * Whether the names are then merged is for the actor rules to decide.
 */
final class AliasFinder {

    List<AliasClaim> find(String doc, Sentence sentence, List<ActorAt> actors, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        List<AliasClaim> found = new ArrayList<>();
        for (int a = 0; a < actors.size(); a++) {
            ActorAt first = actors.get(a);
            int e = first.end();
            String w1 = word(tokens, e);
            String w2 = word(tokens, e + 1);
            if (w1.equals("(") && e + 2 < tokens.size() && word(tokens, e + 2).equals(")")
                    && isAcronym(tokens.get(e + 1).text())) {
                ActorAt other = at(actors, e + 1);
                found.add(claim(doc, sentence, first, other, tokens.get(e + 1).text(), "ACRONYM", first.start(), e + 3,
                        locator));
                continue;
            }
            int next = -1;
            if (w1.equals("(") && w2.equals("also") || w1.equals("(") && w2.equals("aka") || w1.equals("(") && w2.equals("known")) {
                next = w2.equals("also") ? e + 4 : w2.equals("known") ? e + 3 : e + 2;
            } else if (w1.equals(",") && w2.equals("or") && sameKindFollows(actors, a, e + 2)) {
                next = word(tokens, e + 2).equals("the") ? e + 3 : e + 2;
            } else if (w1.equals("also") && w2.equals("known") || w1.equals("known") && w2.equals("as")) {
                next = w1.equals("also") ? e + 3 : e + 2;
            }
            ActorAt other = next >= 0 ? at(actors, next) : null;
            if (other != null) {
                found.add(claim(doc, sentence, first, other, other.mention().name(), "ALSO_KNOWN_AS", first.start(),
                        other.end(), locator));
            }
        }
        found.addAll(callsItself(doc, sentence, actors, locator));
        // two spellings the lexicon already joins say nothing new
        found.removeIf(c -> c.actorId().equals(c.otherActorId()));
        return found;
    }

    /** "calls itself X and the Y": every name listed is the same group. */
    private List<AliasClaim> callsItself(String doc, Sentence sentence, List<ActorAt> actors, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        List<AliasClaim> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean calls = tokens.get(i).stem().equals("call") && tokens.get(i + 1).lower().equals("itself");
            if (!calls) {
                continue;
            }
            List<ActorAt> named = new ArrayList<>();
            for (ActorAt actor : actors) {
                if (actor.start() > i + 1 && actor.start() <= i + 1 + 4 + 5 * named.size()
                        && (named.isEmpty() || onlyListWords(tokens, named.get(named.size() - 1).end(), actor.start()))) {
                    named.add(actor);
                }
            }
            for (int k = 1; k < named.size(); k++) {
                found.add(claim(doc, sentence, named.get(0), named.get(k), named.get(k).mention().name(), "CALLS_ITSELF",
                        i, named.get(k).end(), locator));
            }
        }
        return found;
    }

    private static boolean onlyListWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).lower().matches("and|or|,|the|\"|\u201c|\u201d")) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameKindFollows(List<ActorAt> actors, int index, int from) {
        ActorAt first = actors.get(index);
        return index + 1 < actors.size() && actors.get(index + 1).start() <= from + 1
                && actors.get(index + 1).mention().kind() == first.mention().kind()
                && first.mention().kind() == ActorKind.ARMED_GROUP;
    }

    private static AliasClaim claim(String doc, Sentence sentence, ActorAt first, ActorAt other, String otherName,
                                    String how, int fromToken, int toToken, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        int end = Math.min(toToken, tokens.size()) - 1;
        Evidence evidence = locator.locate(sentence.index(), tokens.get(fromToken).start(), tokens.get(end).end());
        return new AliasClaim(doc, first.mention().actorId(), first.mention().name(),
                other == null ? null : other.mention().actorId(), otherName, how, evidence);
    }

    private static ActorAt at(List<ActorAt> actors, int token) {
        for (ActorAt a : actors) {
            if (a.start() == token) {
                return a;
            }
        }
        return null;
    }

    private static boolean isAcronym(String text) {
        return text.length() >= 2 && text.length() <= 6 && Character.isUpperCase(text.charAt(0))
                && text.chars().allMatch(Character::isLetter);
    }

    private static String word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
