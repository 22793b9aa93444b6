package org.incidentclassifier.ruletools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/** A copy of the project's rules/ in a temporary directory, for tests that break or extend it. */
public record RulesCopy(Path dir) {
    private static final Path SHIPPED = Path.of("rules").toAbsolutePath();

    /** Copies rules/ (DRL, lexicons and test cases) into {@code parent}/rules. */
    public static RulesCopy in(Path parent) {
        Path dir = parent.resolve("rules");
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(SHIPPED.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RulesCopy(dir);
    }

    public Path file(String relative) {
        return dir.resolve(relative);
    }

    /** Writes (or overwrites) a file of the copy. */
    public RulesCopy write(String relative, String text) {
        try {
            Files.createDirectories(file(relative).getParent());
            Files.writeString(file(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds lines at the end of a file of the copy. */
    public RulesCopy append(String relative, String lines) {
        try {
            Files.writeString(file(relative), lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the one occurrence of {@code from} in a file of the copy. */
    public RulesCopy replace(String relative, String from, String to) {
        try {
            String text = Files.readString(file(relative), StandardCharsets.UTF_8);
            if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
                throw new IllegalArgumentException("'" + from + "' is not in " + relative + " exactly once");
            }
            return write(relative, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every DRL file of the copy, so that a test works with the rules it writes itself. */
    public RulesCopy withoutRules() {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Removes a file or directory tree of the copy. */
    public RulesCopy delete(String relative) {
        try (Stream<Path> files = Files.walk(file(relative))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
