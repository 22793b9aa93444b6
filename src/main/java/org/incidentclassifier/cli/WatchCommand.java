package org.incidentclassifier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.incidentclassifier.desk.ChangeText;
import org.incidentclassifier.desk.Desk;
import org.incidentclassifier.desk.DirectoryWatch;
import org.incidentclassifier.desk.IncidentChange;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.VerdictWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code incident watch DIR}: the desk's live tracking from the command line, fed by the files of a directory. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch DIR: each new or changed *.txt file updates its incident (a deleted one is withdrawn),"
                + " and what changed is printed: a line per incident, or JSON Lines (one change per line) with"
                + " --format jsonl. The desk is kept in memory, or in --store FILE, from which a later watch resumes."
                + " Stop it with Ctrl-C.")
public final class WatchCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { text, jsonl }

    @Mixin
    RulesOption rules;

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory whose *.txt files are reports.")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or jsonl: each change as the desk's API gives it, one per line.")
    Format format;

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "1000",
            description = "Milliseconds between two scans of DIR (default: ${DEFAULT-VALUE}); a file is read once it"
                    + " is unchanged over one interval.")
    long interval;

    @Option(names = "--store", paramLabel = "FILE",
            description = "SQLite file that keeps the reports and the incidents' history across runs, as incident serve"
                    + " --store does (created if missing): a later watch resumes from it, withdrawing the reports of"
                    + " files deleted meanwhile and replacing those of files changed. Without it nothing is kept.")
    Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("incident: " + dir + ": not a directory");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (interval < 10) {
            err.println("incident: --interval must be 10 ms or more");
            err.flush();
            return ExitCodes.USAGE;
        }
        Pipeline pipeline = rules.pipeline(err);
        if (pipeline == null) {
            return ExitCodes.RULES_INVALID;
        }
        VerdictWriter json = new VerdictWriter(false);
        try (Desk desk = Desk.open(pipeline, store)) {
            DirectoryWatch watch = new DirectoryWatch(desk, dir, outcome -> {
                if (format == Format.jsonl) {
                    for (IncidentChange change : outcome.changes()) {
                        out.println(json.write(change));
                    }
                } else {
                    ChangeText.lines(outcome).forEach(out::println);
                }
                out.flush();
            }, (file, problem) -> {
                err.println("incident: " + file + ": " + problem);
                err.flush();
            });
            err.println("incident: watching " + dir + " (Ctrl-C stops)");
            err.flush();
            return loop(watch, err);
        } catch (SQLException e) {
            err.println("incident: the desk's store " + (store == null ? "" : store + " ") + "failed: "
                    + e.getMessage());
            err.flush();
            return ExitCodes.OUTPUT_FAILED;
        }
    }

    /** Scans until Ctrl-C: the shutdown hook waits for the scan under way to end, so no change is half printed. */
    private int loop(DirectoryWatch watch, PrintWriter err) throws SQLException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-stop"));
        try {
            do {
                try {
                    watch.scan();
                } catch (IOException e) {
                    err.println("incident: " + dir + ": " + e.getMessage());
                    err.flush();
                    return ExitCodes.SOME_INPUTS_FAILED;
                }
            } while (!stop.await(interval, TimeUnit.MILLISECONDS));
            err.println("incident: stopped watching " + dir);
            err.flush();
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } finally {
            done.countDown();
        }
    }
}
