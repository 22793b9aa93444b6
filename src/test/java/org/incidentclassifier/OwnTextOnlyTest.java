package org.incidentclassifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.incidentclassifier.pipeline.DevCorpus;
import org.junit.jupiter.api.Test;

/**
 * The project holds only text its team wrote, the seeds excepted: no file outside seeds/ contains a sentence
 * of a dev-corpus report, or a run of {@value #RUN} words from one. Words are compared lower-case with
 * punctuation dropped, so a copied sentence with other quote marks or line breaks is still found. Runs the
 * seeds share with a dev report are allowed (the seeds may be quoted).
 */
class OwnTextOnlyTest {
    static final int RUN = 12;
    private static final int SHORTEST_SENTENCE = 8;
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "seeds", "node_modules");

    @Test
    void noFileOfTheProjectQuotesADevReport() throws IOException {
        Path corpus = DevCorpus.reports();
        Set<String> seeds = new HashSet<>();
        for (Path seed : files(Path.of("seeds"))) {
            seeds.addAll(runs(words(read(seed))));
        }
        Map<String, String> quoted = new HashMap<>(); // a run or a sentence of words -> the report it comes from
        for (Path report : files(corpus)) {
            String text = read(report);
            for (String run : runs(words(text))) {
                if (!seeds.contains(run)) {
                    quoted.put(run, report.getFileName().toString());
                }
            }
            for (String sentence : text.split("(?<=[.!?])\\s+|\\n")) {
                List<String> words = words(sentence);
                if (words.size() >= SHORTEST_SENTENCE && words.size() < RUN) {
                    quoted.put(String.join(" ", words), report.getFileName().toString());
                }
            }
        }
        Set<Integer> sentenceLengths = new HashSet<>();
        quoted.keySet().forEach(k -> sentenceLengths.add(k.split(" ").length));

        List<String> found = new ArrayList<>();
        for (Path file : files(Path.of("."))) {
            List<String> words = words(read(file));
            for (int length : sentenceLengths) {
                for (int i = 0; i + length <= words.size(); i++) {
                    String run = String.join(" ", words.subList(i, i + length));
                    String report = quoted.get(run);
                    if (report != null) {
                        found.add(file + " quotes " + report + ": \"" + run + "\"");
                        break;
                    }
                }
            }
        }

        assertThat(found).as("project files quoting the dev corpus").isEmpty();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static List<String> runs(List<String> words) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** The text files under a directory, leaving out version control, build output and the seeds. */
    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            if (SKIPPED_DIRECTORIES.contains(part.toString()) && !root.equals(Path.of("seeds"))) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .filter(p -> !p.toString().endsWith(".jar") && !p.toString().endsWith(".class"))
                    .sorted().toList();
        }
    }
}
