package org.incidentclassifier.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling rules of spellings.csv: letters that transliterations of one name write in several ways
 * ("Qaeda" / "Qaida", "Nusrah" / "Nusra", "Tehreek" / "Tehrik"). Each actor spelling in actors.csv also
 * matches its variants, so a report's spelling the lexicon does not list still names the actor.
 */
final class SpellingVariants {
    /** Where in a word a rule applies. */
    enum Where { INSIDE, WORD_END, WORD_START }

    /** Letters and the variant written for them, either way round. */
    record Rule(String letters, String variant, Where where) {}

    /** No name gets more than this many variants, whatever the rules. */
    private static final int MAX_VARIANTS = 24;
    /** Names shorter than this (acronyms, short words) are left alone. */
    private static final int MIN_LENGTH = 5;

    private final List<Rule> rules;

    SpellingVariants(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The name's variants (the name itself excluded): each rule once, then two rules together. */
    List<String> of(String name) {
        if (rules.isEmpty() || name.length() < MIN_LENGTH || NameIndex.isAcronym(name)) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        List<String> once = new ArrayList<>(singleChanges(name));
        found.addAll(once);
        for (String variant : once) {
            if (found.size() >= MAX_VARIANTS) {
                break;
            }
            for (String twice : singleChanges(variant)) {
                if (found.size() < MAX_VARIANTS) {
                    found.add(twice);
                }
            }
        }
        found.remove(name);
        return List.copyOf(found);
    }

    private List<String> singleChanges(String name) {
        List<String> out = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            replaceEach(name, lower, rule.letters(), rule.variant(), rule.where(), out);
            replaceEach(name, lower, rule.variant(), rule.letters(), rule.where(), out);
        }
        return out;
    }

    private static void replaceEach(String name, String lower, String from, String to, Where where, List<String> out) {
        if (from.isEmpty()) {
            return;
        }
        for (int at = lower.indexOf(from); at >= 0; at = lower.indexOf(from, at + 1)) {
            int end = at + from.length();
            boolean startsWord = at == 0 || !Character.isLetter(lower.charAt(at - 1));
            boolean endsWord = end == lower.length() || !Character.isLetter(lower.charAt(end));
            boolean fits = switch (where) {
                case INSIDE -> true;
                case WORD_END -> endsWord && !startsWord;
                case WORD_START -> startsWord;
            };
            if (fits) {
                String replaced = keepCase(name.substring(at, end), to);
                out.add(name.substring(0, at) + replaced + name.substring(end));
            }
        }
    }

    /** "Qaeda" -> "Qaida": a capital at the start of the replaced letters stays a capital. */
    private static String keepCase(String original, String replacement) {
        if (!replacement.isEmpty() && !original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
