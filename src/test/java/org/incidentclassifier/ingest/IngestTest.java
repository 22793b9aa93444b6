package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expanding inputs into documents and errors: files, directories, stdin, ids, order. */
class IngestTest {

    private static final String HELLO_SHA256 = "185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969";

    @TempDir
    Path dir;

    private final Ingest ingest = new Ingest();

    @Test
    void readsAFileWithIdFromItsName() throws IOException {
        Path file = write("reports/000_802d9e333d9d6a38.txt", "Hello");

        List<IngestOutcome> outcomes = ingest.read(List.of(file.toString()), null);

        assertThat(outcomes).containsExactly(new InputDocument("000_802d9e333d9d6a38", file.toString(),
                HELLO_SHA256, "UTF-8", "Hello", "Hello", OffsetMap.identity(5), List.of()));
    }

    @Test
    void countsTheDocumentsAheadForProgressWithoutReadingStandardInput() throws IOException {
        write("d/a.txt", "A");
        write("d/sub/b.txt", "B");
        write("d/notes.md", "not read");
        Path feed = write("feed.jsonl", "{\"id\":\"1\",\"text\":\"x\"}\n\n  \n{\"id\":\"2\",\"text\":\"y\"}");
        Path single = write("one.txt", "C");

        assertThat(ingest.count(List.of(dir.resolve("d").toString(), feed.toString(), single.toString(), "nowhere.txt")))
                .hasValue(6);
        assertThat(ingest.count(List.of(single.toString(), "-"))).isEmpty();
        assertThat(ingest.count(List.of(dir.resolve("d").toString())).getAsLong())
                .isEqualTo(ingest.read(List.of(dir.resolve("d").toString()), null).size());
    }

    @Test
    void aFileOverTheSizeLimitIsTooLargeAndTheNextIsStillRead() throws IOException {
        Path big = write("big.txt", "a".repeat(Ingest.MAX_BYTES + 1));
        Path small = write("small.txt", "Hello");

        List<IngestOutcome> outcomes = ingest.read(List.of(big.toString(), small.toString()), null);

        assertThat(outcomes.get(0)).isEqualTo(new InputError(big.toString(), InputProblem.TOO_LARGE,
                "too large (2097153 bytes; the limit is 2097152 bytes): split it into smaller files"));
        assertThat(outcomes.get(1)).isInstanceOf(InputDocument.class);
    }

    @Test
    void standardInputOverTheSizeLimitIsTooLarge() {
        java.io.InputStream stdin = new java.io.ByteArrayInputStream(new byte[Ingest.MAX_BYTES + 10]);

        assertThat(ingest.read(List.of("-"), stdin)).containsExactly(new InputError("-", InputProblem.TOO_LARGE,
                "too large (standard input has more than 2097152 bytes; the limit is 2097152 bytes): split it into"
                        + " smaller files"));
    }

    @Test
    void missingFileIsNotFound() {
        String missing = dir.resolve("nope.txt").toString();

        assertThat(ingest.read(List.of(missing), null))
                .containsExactly(new InputError(missing, InputProblem.NOT_FOUND, "no such file or directory"));
    }

    @Test
    void emptyFileIsEmpty() throws IOException {
        Path file = write("empty.txt", "");

        assertThat(ingest.read(List.of(file.toString()), null)).containsExactly(new InputError(file.toString(),
                InputProblem.EMPTY, "empty file (0 bytes), nothing to read"));
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws IOException {
        Path file = write("blank.txt", " \n\t\r\n\u00A0 \n");

        assertThat(ingest.read(List.of(file.toString()), null)).containsExactly(new InputError(file.toString(),
                InputProblem.EMPTY, "only whitespace, no text to read"));
    }

    @Test
    void pngIsBinary() throws IOException {
        Path file = dir.resolve("photo.txt");
        Files.write(file, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'));

        assertThat(ingest.read(List.of(file.toString()), null)).containsExactly(new InputError(file.toString(),
                InputProblem.BINARY, "binary data, not text (contains NUL bytes); give a plain-text file"));
    }

    @Test
    void textFullOfControlCharactersIsBinary() throws IOException {
        Path file = write("noise.txt", "abcdefgh\u0001\u0002".repeat(10));

        assertThat(ingest.read(List.of(file.toString()), null)).containsExactly(new InputError(file.toString(),
                InputProblem.BINARY, "binary data, not text (20% of its characters are control codes); "
                        + "give a plain-text file"));
    }

    @Test
    void aFewControlCharactersAreStillText() throws IOException {
        Path file = write("form-feed.txt", "Page one\f\u0007Page two is long enough to be text.");

        assertThat(ingest.read(List.of(file.toString()), null)).singleElement()
                .isInstanceOf(InputDocument.class)
                .extracting(o -> ((InputDocument) o).text())
                .isEqualTo("Page one\nPage two is long enough to be text.");
    }

    @Test
    void directoryExpandsToItsTextFilesSortedByRelativePath() throws IOException {
        write("in/b.txt", "B");
        write("in/a.txt", "A");
        write("in/sub/c.txt", "C");
        write("in/sub/a.txt", "A2");
        write("in/notes.md", "not read");
        write("in/z.TXT", "Z");
        String input = dir.resolve("in").toString();

        List<IngestOutcome> outcomes = ingest.read(List.of(input), null);

        assertThat(outcomes).extracting(o -> ((InputDocument) o).id(), o -> ((InputDocument) o).path(),
                        o -> ((InputDocument) o).text())
                .containsExactly(
                        tuple("a", input + "/a.txt", "A"),
                        tuple("b", input + "/b.txt", "B"),
                        tuple("a-2", input + "/sub/a.txt", "A2"),
                        tuple("c", input + "/sub/c.txt", "C"),
                        tuple("z", input + "/z.TXT", "Z"));
    }

    @Test
    void directoryGivenWithTrailingSlashKeepsOneSlash() throws IOException {
        write("in/a.txt", "A");
        String input = dir.resolve("in") + "/";

        assertThat(ingest.read(List.of(input), null)).extracting(o -> ((InputDocument) o).path())
                .containsExactly(input + "a.txt");
    }

    @Test
    void directoryWithoutTextFilesIsAnError() throws IOException {
        write("docs/README.md", "# not a report");
        String input = dir.resolve("docs").toString();

        assertThat(ingest.read(List.of(input), null)).containsExactly(new InputError(input,
                InputProblem.NO_TEXT_FILES,
                "directory has no .txt files (only *.txt files are read from a directory)"));
    }

    @Test
    void badFileInsideDirectoryIsReportedInItsPlace() throws IOException {
        write("in/a.txt", "A");
        write("in/b.txt", "");
        write("in/c.txt", "C");
        String input = dir.resolve("in").toString();

        List<IngestOutcome> outcomes = ingest.read(List.of(input), null);

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(1)).isEqualTo(new InputError(input + "/b.txt", InputProblem.EMPTY,
                "empty file (0 bytes), nothing to read"));
        assertThat(outcomes).extracting(IngestOutcome::getClass)
                .containsExactly(InputDocument.class, InputError.class, InputDocument.class);
    }

    @Test
    void stdinIsReadAsDocumentNamedStdin() {
        InputStream stdin = new ByteArrayInputStream("Hello".getBytes(StandardCharsets.UTF_8));

        assertThat(ingest.read(List.of("-"), stdin)).containsExactly(new InputDocument("stdin", "-",
                HELLO_SHA256, "UTF-8", "Hello", "Hello", OffsetMap.identity(5), List.of()));
    }

    @Test
    void stdinThatFailsIsNotReadable() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device gone");
            }
        };

        assertThat(ingest.read(List.of("-"), broken)).containsExactly(new InputError("-",
                InputProblem.NOT_READABLE, "cannot read standard input: device gone"));
    }

    @Test
    void missingStdinIsNotReadable() {
        assertThat(ingest.read(List.of("-"), null)).containsExactly(new InputError("-",
                InputProblem.NOT_READABLE, "no standard input to read"));
    }

    @Test
    void unreadableFileIsNotReadable() throws IOException {
        Path file = write("secret.txt", "classified");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // Root reads anything: the check only means something for other users.
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read any file");

        assertThat(ingest.read(List.of(file.toString()), null)).containsExactly(new InputError(file.toString(),
                InputProblem.NOT_READABLE, "cannot read: permission denied"));
    }

    @Test
    void ioFailuresMapToProblems() {
        assertThat(DirectoryScanner.unreadable(new AccessDeniedException("/x", null, "denied"))
                .toError("/x")).isEqualTo(new InputError("/x", InputProblem.NOT_READABLE,
                "cannot read: permission denied"));
        assertThat(DirectoryScanner.unreadable(new NoSuchFileException("/x")).toError("/x"))
                .isEqualTo(new InputError("/x", InputProblem.NOT_FOUND, "no such file or directory"));
        assertThat(DirectoryScanner.unreadable(new FileSystemException("/x", null, "I/O error"))
                .toError("/x")).isEqualTo(new InputError("/x", InputProblem.NOT_READABLE, "cannot read: I/O error"));
    }

    @Test
    void sameIdTwiceGetsNumberedSuffixes() throws IOException {
        Path one = write("one/report.txt", "First");
        Path two = write("two/report.txt", "Second");
        Path three = write("three/report.md", "Third");

        List<IngestOutcome> outcomes = ingest.read(List.of(one.toString(), two.toString(), three.toString()), null);

        assertThat(outcomes).extracting(o -> ((InputDocument) o).id())
                .containsExactly("report", "report-2", "report-3");
    }

    @Test
    void errorsDoNotTakeIds() throws IOException {
        Path empty = write("one/report.txt", "");
        Path good = write("two/report.txt", "Text");

        List<IngestOutcome> outcomes = ingest.read(List.of(empty.toString(), good.toString()), null);

        assertThat(outcomes.get(1)).extracting(o -> ((InputDocument) o).id()).isEqualTo("report");
    }

    @Test
    void batchKeepsEveryInputInOrder() throws IOException {
        Path a = write("a.txt", "Alpha");
        Path empty = write("empty.txt", "");
        Path docs = write("docs/x.md", "x").getParent();
        String missing = dir.resolve("missing.txt").toString();
        InputStream stdin = new ByteArrayInputStream("Standard input".getBytes(StandardCharsets.UTF_8));

        List<IngestOutcome> outcomes = ingest.read(
                List.of(a.toString(), missing, "-", empty.toString(), docs.toString(), a.toString()), stdin);

        assertThat(outcomes).extracting(IngestOutcome::getClass).containsExactly(InputDocument.class,
                InputError.class, InputDocument.class, InputError.class, InputError.class, InputDocument.class);
        assertThat(outcomes).extracting(o -> o instanceof InputDocument d ? d.id() : ((InputError) o).problem())
                .containsExactly("a", InputProblem.NOT_FOUND, "stdin", InputProblem.EMPTY,
                        InputProblem.NO_TEXT_FILES, "a-2");
    }

    @Test
    void invalidPathIsNotFound() {
        assertThat(ingest.read(List.of("bad\0name.txt"), null)).containsExactly(new InputError("bad\0name.txt",
                InputProblem.NOT_FOUND, "not a valid path: Nul character not allowed"));
    }

    @Test
    void fromTextUsesIdAsPathAndUtf8Bytes() {
        InputDocument doc = ingest.fromText("case-1", "Hello");

        assertThat(doc).isEqualTo(new InputDocument("case-1", "case-1", HELLO_SHA256, "UTF-8", "Hello", "Hello",
                OffsetMap.identity(5), List.of()));
    }

    @Test
    void fromTextRepairsLikeAFile() {
        InputDocument doc = ingest.fromText("case-2", "They said  donâ€™t\r\nGo.");

        assertThat(doc.text()).isEqualTo("They said don’t\nGo.");
        assertThat(doc.repairs()).containsExactly(
                new Repair(RepairKind.WHITESPACE, 9, 11, "  ", " "),
                new Repair(RepairKind.MOJIBAKE, 14, 17, "â€™", "’"),
                new Repair(RepairKind.WHITESPACE, 18, 20, "\r\n", "\n"));
    }

    @Test
    void fromTextAcceptsEmptyText() {
        InputDocument doc = ingest.fromText("nothing", "");

        assertThat(doc.text()).isEqualTo("");
        assertThat(doc.offsets()).isEqualTo(OffsetMap.identity(0));
        assertThat(doc.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void outcomesAreUnmodifiable() throws IOException {
        Path a = write("a.txt", "Alpha");
        List<IngestOutcome> outcomes = ingest.read(List.of(a.toString()), null);

        assertThatThrownBy(() -> outcomes.add(outcomes.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
