package org.incidentclassifier.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The development corpus of real reports and its gold, kept outside the project (other people's articles
 * are not ours to copy): {@code ../shared/corpus/dev} and {@code ../shared/corpus/dev-gold}. CI has it; a
 * test that needs it is skipped, with a message saying so, where it is absent.
 */
public final class DevCorpus {
    private static final Path ROOT = Path.of("..", "shared", "corpus");

    private DevCorpus() {
    }

    /** The reports, {@code ../shared/corpus/dev}; skips the calling test when absent. */
    public static Path reports() {
        return present(ROOT.resolve("dev"));
    }

    /** The gold files, {@code ../shared/corpus/dev-gold}; skips the calling test when absent. */
    public static Path gold() {
        return present(ROOT.resolve("dev-gold"));
    }

    /** One report of the corpus by file name. */
    public static Path report(String fileName) {
        return reports().resolve(fileName);
    }

    private static Path present(Path dir) {
        assumeTrue(Files.isDirectory(dir), () -> "skipped: the shared dev corpus is not at " + dir.toAbsolutePath()
                + " (it lives beside the project, in ../shared/corpus; CI has it)");
        return dir;
    }
}
