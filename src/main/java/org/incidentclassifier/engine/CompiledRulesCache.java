package org.incidentclassifier.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rules kept on disk between runs, so that a cold run does not recompile unchanged DRL (compiling is
 * most of a cold run). An entry is keyed by a digest of the DRL files and of this program's jar: an edited
 * rule or a new build gets a new key. Anything that goes wrong here only costs a recompile. The cache lives
 * in {@code $INCIDENT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/incident-classifier}, else
 * {@code ~/.cache/incident-classifier}; {@code INCIDENT_CACHE_DIR=off} turns it off. It is off when the
 * program runs from a classes directory (tests, an IDE), whose build identity cannot be told.
 *
 * <p>A compiled rule module is code that runs, so an entry is trusted only when it is signed: each entry
 * ends with an HMAC-SHA256 of its bytes under a random key kept in the cache directory ({@code key}, readable
 * by its owner alone). A file planted under an entry's name, or a changed one, fails the check and the rules
 * are compiled again. On POSIX file systems the directory, the key and the entries must also belong to this
 * user and be writable by nobody else. Pruning touches only files named like this cache's own entries.
 */
final class CompiledRulesCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);

    /** Entries kept: enough for a few rule sets across a few builds; older ones are deleted. */
    private static final int KEPT = 12;
    private static final int MAC_LENGTH = 32;
    private static final Pattern ENTRY = Pattern.compile("rules-[0-9a-f]{32}-\\d+-\\d+\\.kjar");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

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

    /** A cache in a given directory for a given build identity (digits and dashes). */
    static CompiledRulesCache at(Path dir, String build) {
        return new CompiledRulesCache(dir, build);
    }

    private static Path directory(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("incident-classifier");
    }

    Path entry(String rulesKey) {
        return dir.resolve("rules-" + rulesKey.substring(0, 32) + "-" + build + ".kjar");
    }

    /** The rule base stored for these rules, if any, if its signature holds and if it loads. */
    Optional<KieBase> load(String rulesKey) {
        Optional<byte[]> kjar = read(rulesKey);
        if (kjar.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExecutableModelLoader.kieBase(kjar.get()));
        } catch (RuntimeException e) {
            LOG.debug("cannot load the compiled rules cached for {}; compiling them", rulesKey, e);
            return Optional.empty();
        }
    }

    /** The stored module's bytes, when the entry exists, is this user's own and carries a valid signature. */
    Optional<byte[]> read(String rulesKey) {
        Path file = entry(rulesKey);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !ownedAndUnshared(dir) || !ownedAndUnshared(file)) {
                return Optional.empty();
            }
            Optional<byte[]> key = existingKey();
            byte[] signed = Files.readAllBytes(file);
            if (key.isEmpty() || signed.length <= MAC_LENGTH) {
                return Optional.empty();
            }
            byte[] kjar = Arrays.copyOf(signed, signed.length - MAC_LENGTH);
            byte[] mac = Arrays.copyOfRange(signed, signed.length - MAC_LENGTH, signed.length);
            if (!MessageDigest.isEqual(mac, mac(key.get(), kjar))) {
                LOG.debug("the cached rules in {} are not signed by this cache; compiling them", file);
                return Optional.empty();
            }
            return Optional.of(kjar);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.debug("cannot read the compiled rules cached in {}", file, e);
            return Optional.empty();
        }
    }

    /** Stores compiled rules (a kjar's bytes); a failure to store only means the next run compiles again. */
    void store(String rulesKey, byte[] kjar) {
        Path temp = null;
        try {
            createPrivateDirectory();
            byte[] key = keyCreatingIt();
            temp = Files.createTempFile(dir, "rules-", ".tmp");
            Files.write(temp, kjar);
            Files.write(temp, mac(key, kjar), java.nio.file.StandardOpenOption.APPEND);
            Files.move(temp, entry(rulesKey), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            keepNewest(KEPT);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.debug("cannot cache the compiled rules in {}", dir, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", temp, e);
                }
            }
        }
    }

    private void createPrivateDirectory() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (posix(dir) != null) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
        }
        if (!ownedAndUnshared(dir)) {
            throw new IOException(dir + " is not this user's own, or others may write to it");
        }
    }

    private Optional<byte[]> existingKey() throws IOException {
        Path file = dir.resolve("key");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !ownedAndUnshared(file)) {
            return Optional.empty();
        }
        byte[] key = Files.readAllBytes(file);
        return key.length == MAC_LENGTH ? Optional.of(key) : Optional.empty();
    }

    private byte[] keyCreatingIt() throws IOException {
        Optional<byte[]> existing = existingKey();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[MAC_LENGTH];
        new SecureRandom().nextBytes(key);
        Path file = dir.resolve("key");
        Path temp = Files.createTempFile(dir, "key-", ".tmp");
        try {
            if (posix(temp) != null) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(temp, key);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temp);
            return existingKey().orElseThrow(() -> new IOException("no usable key in " + dir));
        } finally {
            Files.deleteIfExists(temp);
        }
        return existingKey().orElseThrow(() -> new IOException("no usable key in " + dir));
    }

    /** Owned by this user and writable by nobody else (always true where the file system has no POSIX view). */
    private static boolean ownedAndUnshared(Path path) throws IOException {
        PosixFileAttributeView view = posix(path);
        if (view == null) {
            return true;
        }
        var attributes = view.readAttributes();
        Set<PosixFilePermission> permissions = attributes.permissions();
        boolean others = permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        return !others && attributes.owner().getName().equals(System.getProperty("user.name"));
    }

    private static PosixFileAttributeView posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static byte[] mac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    /** Deletes this cache's oldest entries beyond {@code kept}; files it did not name are left alone. */
    private void keepNewest(int kept) throws IOException {
        try (var entries = Files.list(dir)) {
            List<Path> old = entries.filter(p -> ENTRY.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
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
}
