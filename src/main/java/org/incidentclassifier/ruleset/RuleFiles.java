package org.incidentclassifier.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The analysts' rules directory read into memory: DRL files, lexicons and test cases, keyed by their path
 * relative to the directory ("classify/hostage-taking.drl", "lexicon/actors.csv"). {@code origin} is what
 * messages call the directory (a path, or "built-in rules").
 */
public final class RuleFiles {
    /** Where the default rules sit inside the jar (copied there by the build from rules/). */
    private static final String PACKAGED = "default-rules";
    private static final String BUILT_IN = "built-in rules";

    private final String origin;
    private final Map<String, String> files;
    /** Both digests, made in one pass over the files the first time either is asked for (see {@link Digests}). */
    private volatile Digests digests;

    public RuleFiles(String origin, Map<String, String> files) {
        this.origin = origin;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public String origin() {
        return origin;
    }

    public Map<String, String> files() {
        return files;
    }

    /** The rules to use: {@code dir} when given, else ./rules when present, else the copy packaged in the jar. */
    public static RuleFiles resolve(Path dir) throws RuleSetException {
        if (dir != null) {
            return fromDirectory(dir);
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local)) {
            return fromDirectory(local);
        }
        return packaged();
    }

    public static RuleFiles fromDirectory(Path dir) throws RuleSetException {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(dir + ": rules directory not found");
        }
        try {
            return new RuleFiles(dir.toString(), readTree(dir));
        } catch (IOException e) {
            throw new RuleSetException(dir + ": cannot read the rules directory: " + e.getMessage());
        }
    }

    /** The default rules shipped inside the jar (or the build's classes directory). */
    public static RuleFiles packaged() {
        URL url = RuleFiles.class.getClassLoader().getResource(PACKAGED);
        if (url == null) {
            throw new IllegalStateException("the built-in rules are missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new RuleFiles(BUILT_IN, readTree(jar.getPath(PACKAGED)));
                }
            }
            return new RuleFiles(BUILT_IN, readTree(Path.of(uri)));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the built-in rules: " + e.getMessage(), e);
        }
    }

    /** Whether these are the rules packaged in the jar rather than a directory's. */
    public boolean isBuiltIn() {
        return BUILT_IN.equals(origin);
    }

    /**
     * A digest of the rule set's content, {@code sha256:} and 64 hex digits: SHA-256 over every file in path
     * order, each as its relative path, a NUL, its text in UTF-8 and a NUL. The same files give the same digest
     * wherever the directory lies; any edit to a rule, lexicon or test case changes it.
     */
    public String digest() {
        return digests().ofAll();
    }

    /**
     * A digest of the DRL files alone, 64 hex digits: SHA-256 over every {@code *.drl} in path order, each as its
     * relative path, a NUL, its text in UTF-8 and a NUL. The compiled rules are keyed by it, so an edited lexicon
     * or test case does not compile the rules again.
     */
    public String drlDigest() {
        return digests().ofDrl();
    }

    /**
     * Made once per rule set, in one pass that encodes each file once: a run asks for both (the compiled rules'
     * key on the rules' loading thread, the verdict's provenance on the main thread), and hashing the files cost
     * about 0.1 s of a cold start each time.
     */
    private Digests digests() {
        Digests known = digests;
        if (known == null) {
            synchronized (this) {
                known = digests;
                if (known == null) {
                    known = Digests.of(files);
                    digests = known;
                }
            }
        }
        return known;
    }

    private record Digests(String ofAll, String ofDrl) {
        static Digests of(Map<String, String> files) {
            try {
                java.security.MessageDigest all = java.security.MessageDigest.getInstance("SHA-256");
                java.security.MessageDigest drl = java.security.MessageDigest.getInstance("SHA-256");
                files.forEach((path, text) -> {
                    byte[] name = path.getBytes(StandardCharsets.UTF_8);
                    byte[] content = text.getBytes(StandardCharsets.UTF_8);
                    entry(all, name, content);
                    if (path.endsWith(".drl")) {
                        entry(drl, name, content);
                    }
                });
                java.util.HexFormat hex = java.util.HexFormat.of();
                return new Digests("sha256:" + hex.formatHex(all.digest()), hex.formatHex(drl.digest()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }

        private static void entry(java.security.MessageDigest digest, byte[] name, byte[] content) {
            digest.update(name);
            digest.update((byte) 0);
            digest.update(content);
            digest.update((byte) 0);
        }
    }

    /** Files whose relative path ends with the suffix, e.g. ".drl". */
    public Map<String, String> withSuffix(String suffix) {
        Map<String, String> selected = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(suffix)) {
                selected.put(path, text);
            }
        });
        return selected;
    }

    /** How messages name a file of this rule set: the directory joined with the relative path. */
    public String displayPath(String relative) {
        return isBuiltIn() ? "rules/" + relative : Path.of(origin).resolve(relative).toString();
    }

    /**
     * Excel's "CSV UTF-8" and some Windows editors start a file with a byte-order mark; it is no part of the
     * header's first column name (or of a DRL's first word), so it is dropped for every file.
     */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Map<String, String> readTree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                files.put(relative, withoutByteOrderMark(Files.readString(path, StandardCharsets.UTF_8)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleFiles that && java.util.Objects.equals(origin, that.origin) && files.equals(that.files);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(origin) + files.hashCode();
    }

    @Override
    public String toString() {
        return "RuleFiles[origin=" + origin + ", files=" + files + "]";
    }
}
