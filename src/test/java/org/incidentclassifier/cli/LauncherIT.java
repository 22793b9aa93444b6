package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/incident} (src/main/sh/incident): the same output, errors and exit code as
 * {@code java -jar}, a class archive kept only in a cache directory of the user's that nobody else may write, and
 * a silent run without one wherever the archive cannot be had.
 */
class LauncherIT {
    private static final String SEED = Path.of("seeds/000_802d9e333d9d6a38.txt").toAbsolutePath().toString();

    @TempDir
    Path cwd;

    @Test
    void givesTheJarsOutputAndKeepsAClassArchiveInTheCache() throws IOException {
        Path cache = cwd.resolve("cache");
        Map<String, String> env = Map.of("INCIDENT_CACHE_DIR", cache.toString());
        JarRun jar = JarRun.withEnv(cwd, env, null, "classify", SEED);

        // the first run trains the archive; JDK 17's dynamic dump may crash now and then, so it may take another run
        for (int run = 1; run <= 3 && archives(cache).isEmpty(); run++) {
            JarRun launched = JarRun.launcher(cwd, env, null, "classify", SEED);
            assertThat(launched.exitCode()).isEqualTo(jar.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(launched.out()).isEqualTo(jar.out());
            assertThat(launched.err()).isEqualTo(jar.err());
        }
        List<Path> archives = archives(cache);
        assertThat(archives).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archives.get(0)))).isEqualTo("rw-------");

        JarRun mapped = JarRun.launcher(cwd, env, null, "classify", SEED);
        assertThat(mapped.out()).isEqualTo(jar.out());
        assertThat(mapped.err()).isEqualTo(jar.err());
        assertThat(archives(cache)).isEqualTo(archives);
    }

    @Test
    void writesNoArchiveWhereOthersMayWriteAndRunsAllTheSame() throws IOException {
        Path shared = Files.createDirectory(cwd.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        JarRun jar = JarRun.in(cwd, null, "--version");

        JarRun launched = JarRun.launcher(cwd, Map.of("INCIDENT_CACHE_DIR", shared.toString()), null, "--version");

        assertThat(launched.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(launched.out()).isEqualTo(jar.out());
        assertThat(launched.err()).isEmpty();
        assertThat(archives(shared)).isEmpty();
    }

    @Test
    void runsWithoutAnArchiveWhenTheCacheCannotBeMadeAndKeepsTheExitCode() throws IOException {
        Map<String, String> env = Map.of("INCIDENT_CACHE_DIR", Files.writeString(cwd.resolve("file"), "x").toString());
        JarRun jar = JarRun.withEnv(cwd, env, null, "classify", "--no-such-option", SEED);

        JarRun launched = JarRun.launcher(cwd, env, null, "classify", "--no-such-option", SEED);

        assertThat(launched.exitCode()).isEqualTo(jar.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(launched.out()).isEqualTo(jar.out());
        assertThat(launched.err()).isEqualTo(jar.err()).isNotEmpty();
    }

    private static List<Path> archives(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("classes-\\d+\\.jsa")).sorted().toList();
        }
    }
}
