package org.incidentclassifier.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.InputError;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.Verdict;
import scala.Tuple2;

/**
 * The job's plan: read and number the lines, classify them on the executors (each report alone with
 * {@code separate}; else reports keyed by their group and each group reasoned over together after the shuffle),
 * and write the records partitioned by date, with the rule counts
 * (the CLI's last line) in {@code _summary.jsonl}.
 */
final class JobPlan {
    /** Where the CLI's last JSON Lines record (provenance and rule counts over the whole input) is written. */
    static final String SUMMARY = "_summary.jsonl";

    private static final StructType OUTPUT = new StructType()
            .add("value", DataTypes.StringType, false)
            .add("date", DataTypes.StringType, false);

    private JobPlan() {
    }

    /** What was written. */
    record Result(long incidents, long documentsAlone, long errors) {}

    static Result run(SparkSession spark, List<String> inputs, String output, boolean separate, ShippedRules rules)
            throws IOException {
        return run(spark, inputs, output, separate, List.of(), rules);
    }

    /** As above, also writing each CSV export ({@link CsvTables}) of the incidents under {@code OUT/csv-NAME/}. */
    static Result run(SparkSession spark, List<String> inputs, String output, boolean separate, List<CsvTables> csv,
                      ShippedRules rules) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<ShippedRules> shipped = sc.broadcast(rules);
        JavaRDD<InputLine> lines = NumberedLines.read(spark, inputs).filter(l -> !l.text().isBlank());
        JavaRDD<OutputRecord> records = (separate ? separately(lines, shipped) : grouped(lines, shipped, sc.defaultParallelism()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // an incident's id comes from its reports' ids (IncidentIds), the CLI's: no sort to number them
            JavaRDD<OutputRecord> incidents = records.filter(r -> r.kind() == OutputRecord.Kind.INCIDENT);
            JavaRDD<OutputRecord> others = records.filter(r -> r.kind() == OutputRecord.Kind.DOCUMENT
                    || r.kind() == OutputRecord.Kind.ERROR);
            JavaRDD<Row> rows = incidents.union(others).map(r -> RowFactory.create(r.json(), r.date()));
            spark.createDataFrame(rows, OUTPUT).write().partitionBy("date").text(output);
            for (CsvTables table : csv) {
                JavaRDD<Row> csvRows = incidents.map(r -> RowFactory.create(table.rows(r.json()), r.date()));
                String dir = output + "/" + table.directory();
                spark.createDataFrame(csvRows, OUTPUT).write().partitionBy("date").text(dir);
                write(sc, dir, CsvTables.HEADER, table.header());
            }

            TreeMap<String, Integer> fired = records.filter(r -> r.kind() == OutputRecord.Kind.RULES_FIRED)
                    .map(OutputRecord::fired).fold(new TreeMap<>(), JobPlan::sum);
            write(sc, output, SUMMARY, UnitRecords.summary(Verdict.Provenance.of(rules.ruleFiles()), fired) + "\n");
            Map<OutputRecord.Kind, Long> counts = records.map(OutputRecord::kind).countByValue();
            return new Result(counts.getOrDefault(OutputRecord.Kind.INCIDENT, 0L),
                    counts.getOrDefault(OutputRecord.Kind.DOCUMENT, 0L), counts.getOrDefault(OutputRecord.Kind.ERROR, 0L));
        } finally {
            records.unpersist(false);
        }
    }

    /** {@code --separate}: every report classified alone, in the partition that read it; no shuffle. */
    private static JavaRDD<OutputRecord> separately(JavaRDD<InputLine> lines, Broadcast<ShippedRules> shipped) {
        return lines.mapPartitions(partition -> {
            Pipeline pipeline = ExecutorPipeline.forTask(shipped.value());
            Ingest ingest = new Ingest();
            return flatMap(partition, line -> classify(pipeline, List.of(read(ingest, line)), true));
        });
    }

    /**
     * Grouped: each report keyed by {@link GroupKeys}, the reports of one key brought together by the shuffle,
     * and each key's reports classified together in input order, as the CLI classifies them.
     */
    private static JavaRDD<OutputRecord> grouped(JavaRDD<InputLine> lines, Broadcast<ShippedRules> shipped,
                                                 int partitions) {
        return lines.mapPartitionsToPair(partition -> {
                    Pipeline pipeline = ExecutorPipeline.forTask(shipped.value());
                    Ingest ingest = new Ingest();
                    return map(partition, line -> new Tuple2<>(GroupKeys.of(pipeline, read(ingest, line)), line));
                })
                .groupByKey(partitions)
                .mapPartitions(groups -> {
                    Pipeline pipeline = ExecutorPipeline.forTask(shipped.value());
                    Ingest ingest = new Ingest();
                    return flatMap(groups, group -> {
                        List<InputLine> inOrder = new ArrayList<>();
                        group._2().forEach(inOrder::add);
                        inOrder.sort(java.util.Comparator.comparingLong(InputLine::order));
                        return classify(pipeline, inOrder.stream().map(l -> read(ingest, l)).toList(), false);
                    });
                });
    }

    private static IngestOutcome read(Ingest ingest, InputLine line) {
        return ingest.jsonLine(line.file(), line.fileName(), line.number(), line.text());
    }

    /**
     * One unit's records; a unit whose analysis throws becomes an error record per report, as the CLI's batch
     * keeps going past a report it fails on.
     */
    private static List<OutputRecord> classify(Pipeline pipeline, List<IngestOutcome> inputs, boolean separate) {
        Verdict verdict;
        try {
            verdict = pipeline.verdict(pipeline.analyse(inputs::forEach, separate, 1, () -> { }));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            verdict = new Verdict(Verdict.SCHEMA_VERSION, null, List.of(), List.of(), List.of(),
                    inputs.stream().map(input -> failed(input, e)).toList());
        }
        return UnitRecords.of(verdict);
    }

    private static Verdict.ErrorEntry failed(IngestOutcome input, Throwable e) {
        String path = input instanceof InputDocument d ? d.path() : ((InputError) input).path();
        String id = input instanceof InputDocument d ? d.id() : null;
        return new Verdict.ErrorEntry(path, id, "ANALYSIS_FAILED", "the text could not be analysed: "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    private static TreeMap<String, Integer> sum(TreeMap<String, Integer> a, TreeMap<String, Integer> b) {
        TreeMap<String, Integer> total = new TreeMap<>(a);
        b.forEach((rule, n) -> total.merge(rule, n, Integer::sum));
        return total;
    }

    private static void write(JavaSparkContext sc, String dir, String name, String text) throws IOException {
        Path file = new Path(dir, name);
        FileSystem fs = file.getFileSystem(sc.hadoopConfiguration());
        try (OutputStream out = fs.create(file, false)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Each element mapped as the partition is read, so a partition is never held whole. */
    private static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

    /** Each element's results handed on before the next element is read. */
    private static <A, B> Iterator<B> flatMap(Iterator<A> in, Function<A, List<B>> f) {
        return new Iterator<>() {
            private Iterator<B> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && in.hasNext()) {
                    current = f.apply(in.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public B next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
