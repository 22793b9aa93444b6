package org.incidentclassifier.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.incidentclassifier.cli.ExitCodes;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: {@code spark-submit --class org.incidentclassifier.spark.ClassifyJob incident-spark.jar
 * [--separate] [--csv gtd|acled] [--rules DIR] -o OUT INPUT...} classifies JSON Lines reports as {@code incident classify
 * --format jsonl} does and writes the same records under {@code OUT/date=.../}, with the CLI's last record in
 * {@code OUT/_summary.jsonl} (docs/spark.md). Exit codes are the CLI's.
 */
@Command(name = "incident-spark", mixinStandardHelpOptions = true,
        description = "Classify JSON Lines reports ({\"id\", \"text\", \"date\"?, \"source\"?, \"url\"?} per line) on Spark;"
                + " write the records of 'incident classify --format jsonl' partitioned by date.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every report was classified", "1:some reports failed (their error records are in the output)",
            "2:usage error", "3:the rules are invalid, or the executors cannot use the compiled rules",
            "4:the output exists already or cannot be written", "5:no report could be classified, or no input was found",
            "70:internal error"})
public final class ClassifyJob implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSON Lines files, directories or globs (local, hdfs://, s3a://...).")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The output directory; it must not exist.")
    String output;

    @Option(names = "--separate", description = "Classify each report on its own instead of grouping reports of one incident.")
    boolean separate;

    @Option(names = "--csv", paramLabel = "TABLE", description = "Also write a CSV export of the incidents under OUT/csv-TABLE/: gtd or acled (as --format csv-gtd, csv-acled; repeatable).")
    List<CsvTables> csv;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules directory on the driver (default: ./rules when present, else the rules built into the jar).")
    Path rules;

    private final Supplier<SparkSession> session;
    private final PrintWriter err;

    private ClassifyJob(Supplier<SparkSession> session, PrintWriter err) {
        this.session = session;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(() -> SparkSession.builder().appName("incident-classifier").getOrCreate(), err, args);
        } finally {
            SparkSession.getActiveSession().foreach(spark -> {
                spark.stop();
                return null;
            });
        }
        System.exit(code);
    }

    /** Runs the job with the session {@code session} gives (created only once the arguments are valid). */
    static int run(Supplier<SparkSession> session, PrintWriter err, String... args) {
        return new CommandLine(new ClassifyJob(session, err)).setCaseInsensitiveEnumValuesAllowed(true).setErr(err).execute(args);
    }

    @Override
    public Integer call() {
        SparkSession spark = session.get();
        try {
            org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
            if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
                err.println("incident-spark: " + output + ": the output exists already; name a new directory");
                return ExitCodes.OUTPUT_FAILED;
            }
            ShippedRules shipped;
            try {
                shipped = ShippedRules.compile(RuleFiles.resolve(rules));
                ExecutorPipeline.shared(shipped); // the driver loads them first: a problem is told before any task runs
            } catch (RuleSetException e) {
                err.println("incident-spark: " + e.getMessage());
                e.problems().forEach(err::println);
                return ExitCodes.RULES_INVALID;
            }
            JobPlan.Result result = JobPlan.run(spark, inputs, output, separate, csv == null ? List.of() : csv,
                    shipped);
            err.println("incident-spark: " + result.incidents() + " incidents, " + result.documentsAlone()
                    + " reports in no incident, " + result.errors() + " error records written to " + output);
            if (result.errors() == 0) {
                return ExitCodes.OK;
            }
            return result.incidents() + result.documentsAlone() > 0 ? ExitCodes.SOME_INPUTS_FAILED
                    : ExitCodes.NOTHING_CLASSIFIED;
        } catch (Exception e) { // Spark's exceptions are checked ones that Scala code throws undeclared
            return JobFailures.report(e, err);
        }
    }
}
