package org.incidentclassifier.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Entry point of the ingest stage: reads files, directories and standard input into repaired
 * documents with offset maps back to the decoded text.
 *
 * <p>Inputs are expanded in the order given: a file yields one document; a {@code *.jsonl} or
 * {@code *.ndjson} file yields one document per line ({@link JsonLinesInput}); a directory yields every
 * {@code *.txt} file below it, sorted by relative path; {@code -} yields standard input, read as JSON
 * Lines when its first non-blank character is <code>{</code> (no news report starts with one). Whatever
 * cannot be read yields an {@link InputError} in its place, so a batch never loses an input.
 * Instances hold no state between calls and are thread-safe.
 */
public final class Ingest {

    /** The input name that stands for standard input. */
    public static final String STDIN = "-";
    private static final String STDIN_ID = "stdin";
    /**
     * The largest input read, in bytes: a news report is rarely over 100 KB, and the analysis's memory grows
     * with the text, so a larger input is refused (TOO_LARGE) rather than risk the batch.
     */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final DocumentFactory documents = new DocumentFactory();
    private final DirectoryScanner scanner = new DirectoryScanner();
    private final JsonLinesInput jsonLines = new JsonLinesInput(documents);

    public Ingest() {
    }

    /**
     * Expands the inputs in order into outcomes, one per document or per failed input; never throws
     * for bad input.
     *
     * @param inputs file paths, directory paths, or {@code -} for standard input
     * @param stdin  read when an input is {@code -}; may be null if no input is {@code -}
     * @return the outcomes in input order (directory entries sorted by relative path), unmodifiable
     */
    public List<IngestOutcome> read(List<String> inputs, InputStream stdin) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        forEach(inputs, stdin, outcomes::add);
        return List.copyOf(outcomes);
    }

    /**
     * As {@link #read}, handing each outcome to {@code consumer} as soon as it is read, so that a batch
     * need not hold its documents: a directory holds one file's text at a time, a JSON Lines input one
     * line's.
     */
    public void forEach(List<String> inputs, InputStream stdin, Consumer<IngestOutcome> consumer) {
        Objects.requireNonNull(inputs, "inputs");
        IdAllocator ids = new IdAllocator();
        for (String input : inputs) {
            Objects.requireNonNull(input, "an input is null");
            if (STDIN.equals(input)) {
                readStdin(stdin, ids, consumer);
            } else {
                readPath(input, ids, consumer);
            }
        }
    }

    /**
     * How many outcomes {@link #forEach} will hand on for these inputs, for a progress display: a directory's
     * {@code *.txt} files and a JSON Lines file's non-blank lines are counted without being analysed. Empty when
     * an input is standard input (it can be read only once).
     */
    public java.util.OptionalLong count(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                return java.util.OptionalLong.empty();
            }
            total += countPath(input);
        }
        return java.util.OptionalLong.of(total);
    }

    private long countPath(String input) {
        try {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                return Math.max(1, scanner.scan(path).size());
            }
            if (Files.isRegularFile(path) && JsonLinesInput.isJsonLines(path.getFileName().toString())) {
                return Math.max(1, countNonBlankLines(path));
            }
        } catch (IOException | UncheckedIOException | InvalidPathException | SecurityException e) {
            // the batch itself reports it, as one error record
        }
        return 1;
    }

    /** Lines with a non-blank byte, read byte by byte so that no line is ever held whole. */
    private static long countNonBlankLines(Path file) throws IOException {
        long lines = 0;
        boolean blank = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    lines += blank ? 0 : 1;
                    blank = true;
                } else if (b > ' ') {
                    blank = false;
                }
            }
        }
        return lines + (blank ? 0 : 1);
    }

    /**
     * Reads one in-memory text (used by tests and by analysts' rule tests). The text is taken as its
     * UTF-8 bytes (for the digest) and repaired like a file; {@code path} is the id. Empty text
     * gives an empty document rather than an error.
     */
    public InputDocument fromText(String id, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        return documents.fromText(id, id, text);
    }

    /**
     * One line of a JSON Lines file read by someone else (the Spark job reads its input with Spark's own
     * readers), as {@link #forEach} reads that line: the document or error record named {@code file:number},
     * the id {@code name-number} when the record gives none. Ids are not made unique across lines here: the
     * caller sees one line at a time.
     *
     * @param file     the file as messages name it
     * @param fileName the file's name, whose base gives default ids
     * @param number   the line's number in the file, from 1
     */
    public IngestOutcome jsonLine(String file, String fileName, long number, String line) {
        String where = file + ":" + number;
        if (line.length() > MAX_BYTES) {
            return new InputError(where, InputProblem.TOO_LARGE, "the line is longer than " + MAX_BYTES
                    + " characters: split the report");
        }
        return jsonLines.record(where, IdAllocator.baseOf(fileName) + "-" + number, line, new IdAllocator());
    }

    private void readStdin(InputStream stdin, IdAllocator ids, Consumer<IngestOutcome> outcomes) {
        BufferedInputStream buffered = stdin == null ? null : new BufferedInputStream(stdin);
        IngestOutcome text = readStdinText(buffered, ids);
        if (text != null) {
            outcomes.accept(text);
            return;
        }
        try {
            jsonLines.read(STDIN, STDIN_ID, new InputStreamReader(buffered, StandardCharsets.UTF_8),
                    ids, outcomes);
        } catch (IOException | UncheckedIOException e) {
            outcomes.accept(new InputError(STDIN, InputProblem.NOT_READABLE, "cannot read standard input: " + e.getMessage()));
        }
    }

    /** Peeks at the first non-blank byte: a brace starts JSON Lines. The stream is reset afterwards. */
    private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
        in.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = in.read();
                if (b < 0 || !Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b == '{';
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /** Standard input as one text document, or null when it holds JSON Lines. */
    private IngestOutcome readStdinText(BufferedInputStream stdin, IdAllocator ids) {
        if (stdin == null) {
            return new InputError(STDIN, InputProblem.NOT_READABLE, "no standard input to read");
        }
        try {
            BufferedInputStream buffered = stdin;
            if (startsWithBrace(buffered)) {
                return null; // the caller reads it as JSON Lines
            }
            byte[] bytes = buffered.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return new InputError(STDIN, InputProblem.TOO_LARGE, tooLarge("standard input has more than "
                        + MAX_BYTES + " bytes"));
            }
            return documents.fromBytes(STDIN, STDIN_ID, bytes, ids);
        } catch (IOException | UncheckedIOException e) {
            return new InputError(STDIN, InputProblem.NOT_READABLE,
                    "cannot read standard input: " + e.getMessage());
        }
    }

    private void readPath(String input, IdAllocator ids, Consumer<IngestOutcome> outcomes) {
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            outcomes.accept(new InputError(input, InputProblem.NOT_FOUND, "not a valid path: " + e.getReason()));
            return;
        }
        if (!Files.exists(path)) {
            outcomes.accept(new InputError(input, InputProblem.NOT_FOUND, "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            readDirectory(input, path, ids, outcomes);
        } else if (JsonLinesInput.isJsonLines(path.getFileName().toString())) {
            readJsonLines(input, path, ids, outcomes);
        } else {
            outcomes.accept(readFile(input, path, ids));
        }
    }

    private void readDirectory(String input, Path directory, IdAllocator ids, Consumer<IngestOutcome> outcomes) {
        List<DirectoryScanner.Entry> entries;
        try {
            entries = scanner.scan(directory);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            outcomes.accept(DirectoryScanner.unreadable(asIo(e)).toError(input));
            return;
        }
        if (entries.isEmpty()) {
            outcomes.accept(new InputError(input, InputProblem.NO_TEXT_FILES,
                    "directory has no .txt files (only *.txt files are read from a directory)"));
            return;
        }
        String prefix = input.endsWith("/") ? input : input + "/";
        for (DirectoryScanner.Entry entry : entries) {
            String entryPath = prefix + entry.relativePath();
            outcomes.accept(entry.failure() != null
                    ? entry.failure().toError(entryPath)
                    : readFile(entryPath, entry.file(), ids));
        }
    }

    private IngestOutcome readFile(String displayPath, Path file, IdAllocator ids) {
        String idBase = IdAllocator.baseOf(file.getFileName().toString());
        try {
            if (!Files.isReadable(file)) {
                return new InputError(displayPath, InputProblem.NOT_READABLE, "cannot read: permission denied");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new InputError(displayPath, InputProblem.TOO_LARGE, tooLarge(size + " bytes"));
            }
            return documents.fromBytes(displayPath, idBase, Files.readAllBytes(file), ids);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return DirectoryScanner.unreadable(asIo(e)).toError(displayPath);
        }
    }

    private void readJsonLines(String input, Path file, IdAllocator ids, Consumer<IngestOutcome> outcomes) {
        String idBase = IdAllocator.baseOf(file.getFileName().toString());
        // a reader, not Files.newBufferedReader: malformed bytes become U+FFFD in their line instead of ending the file
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            jsonLines.read(input, idBase, reader, ids, outcomes);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            outcomes.accept(DirectoryScanner.unreadable(asIo(e)).toError(input));
        }
    }

    private static String tooLarge(String what) {
        return "too large (" + what + "; the limit is " + MAX_BYTES + " bytes): split it into smaller files";
    }

    private static IOException asIo(Exception e) {
        if (e instanceof IOException io) {
            return io;
        }
        if (e instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        return new IOException(e.getMessage(), e);
    }
}
