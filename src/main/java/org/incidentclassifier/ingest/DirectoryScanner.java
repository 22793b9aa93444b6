package org.incidentclassifier.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Lists the {@code *.txt} files below a directory, recursively, sorted by relative path so that a
 * batch reads in the same order on every machine. Parts of the tree that cannot be read are listed
 * too, as failures, so that a batch reports them instead of silently skipping them.
 */
final class DirectoryScanner {

    /**
     * One file found, or one part of the tree that could not be read.
     *
     * @param relativePath path below the scanned directory, with {@code /} separators
     * @param file         the file to read
     * @param failure      why this part could not be read, or null
     */
    record Entry(String relativePath, Path file, RejectedInput failure) {
    }

    static boolean isTextFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** Scans {@code directory}; throws only if the directory itself cannot be listed. */
    List<Entry> scan(Path directory) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (isTextFile(file.getFileName().toString())) {
                            if (attrs.isRegularFile()) {
                                entries.add(new Entry(relative(directory, file), file, null));
                            } else if (attrs.isSymbolicLink()) {
                                entries.add(failed(directory, file, new RejectedInput(
                                        InputProblem.NOT_FOUND, "broken link: its target does not exist")));
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(directory)) {
                            throw e;
                        }
                        if (!(e instanceof FileSystemLoopException)) {
                            entries.add(failed(directory, file, unreadable(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        entries.sort(Comparator.comparing(Entry::relativePath));
        return entries;
    }

    /** The problem an I/O failure on an existing path amounts to. */
    static RejectedInput unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new RejectedInput(InputProblem.NOT_FOUND, "no such file or directory");
        }
        if (e instanceof AccessDeniedException) {
            return new RejectedInput(InputProblem.NOT_READABLE, "cannot read: permission denied");
        }
        // A FileSystemException's message repeats the path, which the CLI prints anyway.
        String reason = e instanceof FileSystemException fse
                ? (fse.getReason() == null ? e.getClass().getSimpleName() : fse.getReason())
                : (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return new RejectedInput(InputProblem.NOT_READABLE, "cannot read: " + reason);
    }

    private static Entry failed(Path directory, Path file, RejectedInput failure) {
        return new Entry(relative(directory, file), file, failure);
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
