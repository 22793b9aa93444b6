package org.incidentclassifier.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Reduces a word to the key lexicons are matched on: irregular forms go to their base ("held" -> "hold",
 * "fled" -> "flee"), then the Porter stemmer folds regular inflection ("escaped", "escapes" -> "escap").
 * Lexicon phrases go through the same function, so both sides always agree. Thread-safe.
 */
public final class WordStemmer {
    private static final String IRREGULAR_FORMS = "/nlp/irregular-forms.tsv";
    private final Map<String, String> irregular;

    private WordStemmer(Map<String, String> irregular) {
        this.irregular = Map.copyOf(irregular);
    }

    public static WordStemmer load() {
        Map<String, String> forms = new HashMap<>();
        try (InputStream in = WordStemmer.class.getResourceAsStream(IRREGULAR_FORMS)) {
            if (in == null) {
                throw new IOException("missing resource " + IRREGULAR_FORMS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t");
                if (cols.length == 2 && !line.startsWith("#")) {
                    forms.put(cols[0].trim(), cols[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordStemmer(forms);
    }

    public String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String base = irregular.getOrDefault(lower, lower);
        if (!base.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return base;
        }
        // PorterStemmer keeps state between calls: a fresh one per word keeps this class thread-safe.
        return new PorterStemmer().stem(base);
    }
}
