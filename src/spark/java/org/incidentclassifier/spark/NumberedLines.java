package org.incidentclassifier.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the job's input with Spark's text reader (so local, HDFS and S3 paths all work) and numbers each line
 * as the CLI does: {@code file:line}, lines counted from 1 in each file, blank ones included. A large file is
 * read in blocks by several tasks, and a task cannot know how many lines come before its block, so the input
 * is read twice: once to count the lines of each block (a few numbers per block go to the driver), then to
 * number them. Reading is cheap next to the analysis.
 */
final class NumberedLines {
    private NumberedLines() {
    }

    /** The lines of one block of one file, as counted by the first pass. */
    record Block(String file, long start, long lines) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Every line of the input paths (files, directories, globs), numbered, in no particular partition order. */
    static JavaRDD<InputLine> read(SparkSession spark, List<String> paths) {
        JavaRDD<Row> rows = spark.read().text(paths.toArray(new String[0]))
                .select(col("value"), col("_metadata.file_path"), col("_metadata.file_name"),
                        col("_metadata.file_block_start"))
                .javaRDD();
        List<Block> blocks = rows.mapPartitions(NumberedLines::count).collect();
        Broadcast<HashMap<String, long[]>> firsts = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(firstLines(blocks));
        return rows.mapPartitions(partition -> number(partition, firsts.value()));
    }

    private static Iterator<Block> count(Iterator<Row> rows) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Block> blocks = new LinkedHashMap<>();
        rows.forEachRemaining(row -> {
            String key = key(row.getString(1), row.getLong(3));
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            blocks.putIfAbsent(key, new Block(row.getString(1), row.getLong(3), 0));
        });
        List<Block> counted = new ArrayList<>();
        blocks.forEach((key, b) -> counted.add(new Block(b.file(), b.start(), counts.get(key)[0])));
        return counted.iterator();
    }

    /** For each block, its first line's number in its file and its first line's place in the whole input. */
    static HashMap<String, long[]> firstLines(List<Block> blocks) {
        List<Block> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing(Block::file).thenComparingLong(Block::start));
        HashMap<String, long[]> firsts = new HashMap<>();
        long order = 0;
        long number = 1;
        String file = null;
        for (Block b : sorted) {
            if (!b.file().equals(file)) {
                file = b.file();
                number = 1;
            }
            firsts.put(key(b.file(), b.start()), new long[] {number, order});
            number += b.lines();
            order += b.lines();
        }
        return firsts;
    }

    private static Iterator<InputLine> number(Iterator<Row> rows, Map<String, long[]> firsts) {
        return new Iterator<>() {
            private String block;
            private long[] first;
            private long index;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public InputLine next() {
                Row row = rows.next();
                String key = key(row.getString(1), row.getLong(3));
                if (!key.equals(block)) {
                    block = key;
                    first = firsts.get(key);
                    index = 0;
                }
                long i = index++;
                return new InputLine(first[1] + i, display(row.getString(1)), row.getString(2), first[0] + i,
                        row.getString(0));
            }
        };
    }

    private static String key(String file, long start) {
        return file + "\n" + start;
    }

    /** A local file by its path, as the CLI names it when given an absolute path; any other file by its URI. */
    static String display(String file) {
        try {
            URI uri = new URI(file);
            return "file".equals(uri.getScheme()) ? uri.getPath() : file;
        } catch (URISyntaxException e) {
            return file.startsWith("file:") ? file.substring("file:".length()) : file;
        }
    }
}
