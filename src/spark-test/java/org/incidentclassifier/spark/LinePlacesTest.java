package org.incidentclassifier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How lines read in blocks by several tasks get the CLI's numbers: no Spark needed. */
class LinePlacesTest {

    @Test
    void blocksAreNumberedInFileOrderThenBlockOrderWhateverOrderTheyArriveIn() {
        List<NumberedLines.Block> arrived = List.of(
                new NumberedLines.Block("file:/in/b.jsonl", 0, 4),
                new NumberedLines.Block("file:/in/a.jsonl", 65536, 2),
                new NumberedLines.Block("file:/in/a.jsonl", 0, 3),
                new NumberedLines.Block("file:/in/a.jsonl", 131072, 5));

        HashMap<String, long[]> firsts = NumberedLines.firstLines(arrived);

        Map<String, String> table = new TreeMap<>();
        firsts.forEach((block, first) -> table.put(block.replace('\n', '@'), "line " + first[0] + ", order " + first[1]));
        assertThat(table).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "file:/in/a.jsonl@0", "line 1, order 0",
                "file:/in/a.jsonl@65536", "line 4, order 3",
                "file:/in/a.jsonl@131072", "line 6, order 5",
                "file:/in/b.jsonl@0", "line 1, order 10")));
    }

    @Test
    void localFilesAreNamedByTheirPathOthersByTheirUri() {
        assertThat(List.of("file:/data/in/wire.jsonl", "file:///data/in/wire%20two.jsonl", "hdfs://nn:8020/in/wire.jsonl",
                "s3a://bucket/in/wire.jsonl"))
                .extracting(NumberedLines::display)
                .containsExactly("/data/in/wire.jsonl", "/data/in/wire two.jsonl", "hdfs://nn:8020/in/wire.jsonl",
                        "s3a://bucket/in/wire.jsonl");
    }
}
