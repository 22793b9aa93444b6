package org.incidentclassifier.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.export.BriefingReport;
import org.incidentclassifier.export.HtmlBriefing;
import org.incidentclassifier.export.CsvExport;
import org.incidentclassifier.pipeline.GroupedStream;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.pipeline.SeparateReports;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictLines;
import org.incidentclassifier.verdict.VerdictWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code incident classify FILE|DIR|- ...}: writes one JSON verdict for all inputs, or JSON Lines records. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify reports (files, directories of *.txt, JSON Lines, or - for standard input) into a JSON verdict.")
public final class ClassifyCommand implements Callable<Integer> {

    /** The output's shape; the name on the command line is {@link #toString()}. */
    enum Format {
        json, jsonl, csv_gtd, csv_acled, md, html;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    @Mixin
    PipelineOptions options;

    @Option(names = "--separate", description = "Classify each report on its own instead of grouping reports of one incident.")
    boolean separate;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the verdict to FILE instead of standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default): one verdict; jsonl: one record per line (an incident with its documents,"
                    + " a document in no incident, or an error), then a last record with the rules fired."
                    + " jsonl streams: with --separate each report is written as soon as it is classified; grouped, a report"
                    + " in no incident at once and each incident when it closes (at the end of the input, or once a report"
                    + " dated a month after it is read)."
                    + " csv-gtd, csv-acled: one CSV row per incident, in the Global Terrorism Database's or ACLED's columns"
                    + " (docs/exports.md); md, html: a briefing in Markdown, or as one self-contained HTML page. Valid: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "${sys:incident.workers:-0}",
            description = "Threads that analyse reports (default: one per core); the output does not depend on it.")
    int workers;

    @Option(names = "--quiet", description = "Draw no progress on standard error.")
    boolean quiet;

    @Option(names = "--progress", description = "Draw progress on standard error even when it is not a terminal"
            + " (by default it is drawn only on a terminal).")
    boolean progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (workers < 0) {
            err.println("incident: --workers must be 1 or more (0 means one per core), not " + workers);
            return ExitCodes.USAGE;
        }
        workers = workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
        Pipeline pipeline = options.load(err);
        if (pipeline == null) {
            return ExitCodes.RULES_INVALID;
        }
        try (Writer out = open()) {
            Outcome outcome = format == Format.jsonl ? writeLines(pipeline, out, err) : writeOne(pipeline, out, err);
            out.flush();
            return outcome.exitCode();
        } catch (IOException e) {
            err.println("incident: " + (output == null ? "standard output" : output) + ": cannot write the verdict: "
                    + e.getMessage());
            return ExitCodes.OUTPUT_FAILED;
        }
    }

    private Outcome writeOne(Pipeline pipeline, Writer out, PrintWriter err) throws IOException {
        Verdict verdict = classifyAll(pipeline);
        report(verdict.errors(), err);
        switch (format) {
            case csv_gtd -> CsvExport.gtd().write(verdict, out);
            case csv_acled -> CsvExport.acled().write(verdict, out);
            case md -> out.write(new BriefingReport().write(verdict));
            case html -> out.write(new HtmlBriefing().write(new BriefingReport().content(verdict)));
            default -> {
                new VerdictWriter(options.pretty).write(verdict, out);
                out.write(System.lineSeparator());
            }
        }
        return new Outcome(!verdict.documents().isEmpty(), !verdict.errors().isEmpty());
    }

    /**
     * JSON Lines, streamed: with --separate each report is classified and written before the next is read; grouped,
     * each report in no incident at once and each incident when it closes, so memory holds the open incidents only.
     */
    private Outcome writeLines(Pipeline pipeline, Writer out, PrintWriter err) throws IOException {
        VerdictLines lines = new VerdictLines();
        VerdictWriter json = new VerdictWriter(false);
        boolean[] seen = new boolean[2]; // documents, errors
        LineSink sink = verdict -> {
            report(verdict.errors(), err);
            seen[0] |= !verdict.documents().isEmpty();
            seen[1] |= !verdict.errors().isEmpty();
            for (Verdict record : lines.split(verdict)) {
                out.write(json.write(record));
                out.write('\n');
            }
            out.flush();
        };
        IOException[] failed = new IOException[1];
        try (BatchProgress shown = progress(options.count())) {
            // with --separate each report's verdict is written when it is classified; grouped, each incident when it
            // closes (GroupedStream: at the end of the input, or once the reports read are dated a month past it)
            Consumer<IngestOutcome> each;
            Closer stream;
            if (separate) {
                SeparateReports reports = new SeparateReports(pipeline, workers, verdict -> {
                    sink.accept(verdict);
                    shown.documentDone();
                });
                each = input -> feed(reports::accept, input, failed);
                stream = reports::close;
            } else {
                GroupedStream incidents = new GroupedStream(pipeline, workers, sink::accept, shown::documentDone);
                each = input -> feed(incidents::accept, input, failed);
                stream = incidents::close;
            }
            try {
                options.forEach(each);
            } finally {
                stream.close();
            }
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        out.write(json.write(lines.summary()));
        out.write('\n');
        return new Outcome(seen[0], seen[1]);
    }

    /** Every input read first (grouping needs them all), then analysed on the workers, with progress. */
    private Verdict classifyAll(Pipeline pipeline) {
        List<IngestOutcome> inputs = options.read();
        try (BatchProgress shown = progress(OptionalLong.of(inputs.size()))) {
            return pipeline.classify(inputs::forEach, separate, workers, shown::documentDone);
        }
    }

    private BatchProgress progress(OptionalLong total) {
        BatchProgress.Mode mode = quiet ? BatchProgress.Mode.NEVER
                : progress ? BatchProgress.Mode.ALWAYS : BatchProgress.Mode.AUTO;
        return BatchProgress.start(mode, total, System.err);
    }

    private static void report(List<Verdict.ErrorEntry> errors, PrintWriter err) {
        errors.forEach(e -> err.println("incident: " + e.path() + ": " + e.message()));
        err.flush();
    }

    private Writer open() throws IOException {
        if (output != null) {
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        }
        // not closed with the command: standard output belongs to the JVM; Main checks it for errors
        return new java.io.FilterWriter(spec.commandLine().getOut()) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Hands one input on unless writing has already failed (then the rest of the input is skipped). */
    private static void feed(InputSink to, IngestOutcome input, IOException[] failed) {
        if (failed[0] == null) {
            try {
                to.accept(input);
            } catch (IOException e) {
                failed[0] = e;
            }
        }
    }

    @FunctionalInterface
    private interface InputSink {
        void accept(IngestOutcome input) throws IOException;
    }

    @FunctionalInterface
    private interface Closer {
        void close() throws IOException;
    }

    /** Writes one verdict's records. */
    @FunctionalInterface
    private interface LineSink {
        void accept(Verdict verdict) throws IOException;
    }

    private record Outcome(boolean classified, boolean failed) {
        int exitCode() {
            if (!failed) {
                return ExitCodes.OK;
            }
            return classified ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.NOTHING_CLASSIFIED;
        }
    }
}
