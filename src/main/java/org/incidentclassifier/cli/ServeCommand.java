package org.incidentclassifier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.incidentclassifier.desk.DeskServer;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code incident serve}: the analyst's desk, an HTTP JSON API that tracks incidents as reports arrive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the analyst's desk: an HTTP JSON API (docs/desk.md, GET /openapi.json) that groups"
                + " reports into incidents as they arrive and says what each one changed. Stop it with Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port, printed on standard error).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--store", paramLabel = "FILE",
            description = "SQLite file that keeps the reports and the incidents' history across restarts"
                    + " (created if missing; without it the desk forgets everything when it stops).")
    Path store;

    @Option(names = "--max-in-flight", paramLabel = "N", defaultValue = "" + DeskServer.DEFAULT_MAX_IN_FLIGHT,
            description = "Requests served at once; more are refused with 503 (default: ${DEFAULT-VALUE}).")
    int maxInFlight;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535 || maxInFlight < 1) {
            err.println("incident: --port must be 0..65535 and --max-in-flight 1 or more");
            err.flush();
            return ExitCodes.USAGE;
        }
        Pipeline pipeline = rules.pipeline(err);
        if (pipeline == null) {
            return ExitCodes.RULES_INVALID;
        }
        DeskServer server;
        try {
            // a reload reads the same place again: --rules DIR, ./rules, or the built-in rules (then unchanged)
            server = DeskServer.start(pipeline, () -> Pipeline.load(RuleFiles.resolve(rules.rules)), store, bind, port,
                    maxInFlight);
        } catch (IOException | IllegalArgumentException e) {
            err.println("incident: cannot serve on " + bind + ":" + port + ": " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (SQLException e) {
            err.println("incident: cannot open the store " + store + ": " + e.getMessage());
            err.flush();
            return ExitCodes.OUTPUT_FAILED;
        }
        err.println("incident: serving on " + server.url());
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (SQLException e) {
                System.err.println("incident: closing the store: " + e.getMessage());
            }
            stopped.countDown();
        }, "desk-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
