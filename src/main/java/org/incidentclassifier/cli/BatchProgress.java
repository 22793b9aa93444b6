package org.incidentclassifier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Documents done of total, documents per second and the time left, drawn on standard error while a batch runs
 * (the progressbar library draws it; it refreshes at most once a second). Shown only when standard error is a
 * terminal, so that logs and pipes stay clean, unless asked for; {@code --quiet} turns it off.
 */
final class BatchProgress implements AutoCloseable {
    /** When progress is drawn. */
    enum Mode { AUTO, ALWAYS, NEVER }

    private static final BatchProgress NONE = new BatchProgress(null);

    private final ProgressBar bar;

    private BatchProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A progress display for {@code total} documents (empty: unknown), or one that draws nothing. */
    static BatchProgress start(Mode mode, OptionalLong total, PrintStream err) {
        if (mode == Mode.NEVER || mode == Mode.AUTO && !stderrIsTerminal()) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("classify")
                .setInitialMax(total.orElse(-1))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(1000)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .continuousUpdate()
                .build();
        return new BatchProgress(bar);
    }

    /** One more document analysed (or refused with an error record). */
    void documentDone() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /**
     * Whether standard error is a terminal. Java 17 can tell only for the console as a whole (stdin and stdout),
     * and a batch usually has its stdout redirected to a file, so on Linux the descriptor's link is read.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
