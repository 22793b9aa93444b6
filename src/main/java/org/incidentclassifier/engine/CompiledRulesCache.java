package org.incidentclassifier.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rules kept on disk between runs, so that a cold run does not recompile unchanged DRL (compiling is
 * most of a cold run). An entry is keyed by a digest of the DRL files and of this program's jar: an edited
 * rule or a new build gets a new key. Anything that goes wrong here only costs a recompile. The cache lives
 * in {@code $INCIDENT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/incident-classifier}, else
 * {@code ~/.cache/incident-classifier}; {@code INCIDENT_CACHE_DIR=off} turns it off. It is off when the
 * program runs from a classes directory (tests, an IDE), whose build identity cannot be told.
 */
final class CompiledRulesCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);

    /** Entries kept: enough for a few rule sets across a few builds; older ones are deleted. */
    private static final int KEPT = 12;

    private final Path dir;
    private final String build;

    private CompiledRulesCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /** The cache for this program, or empty when it is off or cannot be used. */
    static Optional<CompiledRulesCache> forThisProgram() {
        String configured = System.getenv("INCIDENT_CACHE_DIR");
        if ("off".equals(configured)) {
            return Optional.empty();
        }
        try {
            Path code = Path.of(CompiledRulesCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return Optional.empty();
            }
            String build = Files.size(code) + "-" + Files.getLastModifiedTime(code).toMillis();
            return Optional.of(new CompiledRulesCache(directory(configured), build));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path directory(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("incident-classifier");
    }

    private Path entry(String rulesKey) {
        return dir.resolve("rules-" + rulesKey.substring(0, 32) + "-" + build + ".kjar");
    }

    /** The rule base stored for these rules, if any and if it loads. */
    Optional<KieBase> load(String rulesKey) {
        Path file = entry(rulesKey);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            KieServices services = KieServices.Factory.get();
            KieModule module = services.getRepository()
                    .addKieModule(services.getResources().newByteArrayResource(Files.readAllBytes(file)));
            return Optional.of(services.newKieContainer(module.getReleaseId()).getKieBase());
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot load the compiled rules cached in {}; compiling them", file, e);
            return Optional.empty();
        }
    }

    private void keepNewest(int kept) throws IOException {
        try (var entries = Files.list(dir)) {
            List<Path> old = entries.filter(p -> p.getFileName().toString().endsWith(".kjar"))
                    .sorted(Comparator.comparing(CompiledRulesCache::modified).reversed()).skip(kept).toList();
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Stores compiled rules (a kjar's bytes); a failure to store only means the next run compiles again. */
    void store(String rulesKey, byte[] kjar) {
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "rules-", ".tmp");
            Files.write(temp, kjar);
            Files.move(temp, entry(rulesKey), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            keepNewest(KEPT);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot cache the compiled rules in {}", dir, e);
        }
    }
}
