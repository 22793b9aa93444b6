package org.incidentclassifier.desk;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code incident watch DIR}: the desk fed from a directory. Each scan looks at the {@code *.txt} files directly
 * in the directory; a new file is added as a report (its id from the file name), a changed file withdraws its
 * previous version and adds the new one (ids are never reused: the second version of {@code a.txt} is
 * {@code a:2}), a deleted file withdraws its report. A file is taken only once its size and modification time
 * have not changed between two scans, so a file still being written is not read half-way. Scanning (polling)
 * rather than file-system notifications: it behaves the same on every file system, network mounts included.
 */
public final class DirectoryWatch {
    private final Desk desk;
    private final Path dir;
    private final Consumer<Desk.Outcome> changes;
    private final BiConsumer<Path, String> problems;
    /** What each file looked like at the previous scan: size and modification time. */
    private final Map<Path, String> seen = new HashMap<>();
    /** Each file taken: the look it was taken with, and its report id (null when it gave none). */
    private final Map<Path, Taken> taken = new HashMap<>();
    /** The last version taken of each file, kept after it is deleted so that a new file of that name gets a new id. */
    private final Map<Path, Integer> versions = new HashMap<>();

    private record Taken(String look, String report) {}

    /**
     * Watches {@code dir} for {@code desk}: each outcome goes to {@code changes}, each file that cannot be read
     * or analysed to {@code problems} (the file and why), and the watch goes on.
     */
    public DirectoryWatch(Desk desk, Path dir, Consumer<Desk.Outcome> changes, BiConsumer<Path, String> problems) {
        this.desk = desk;
        this.dir = dir;
        this.changes = changes;
        this.problems = problems;
    }

    /** One scan: every new, changed or deleted file whose look is settled updates the desk, in name order. */
    public void scan() throws IOException, SQLException {
        Map<Path, String> now = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")
                    && Files.isRegularFile(f)).toList()) {
                now.put(file, Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
            }
        }
        for (Map.Entry<Path, String> file : now.entrySet()) {
            Taken before = taken.get(file.getKey());
            boolean settled = file.getValue().equals(seen.get(file.getKey()));
            if (settled && (before == null || !before.look().equals(file.getValue()))) {
                take(file.getKey(), file.getValue(), before);
            }
        }
        for (Path gone : List.copyOf(taken.keySet())) {
            if (!now.containsKey(gone)) {
                Taken before = taken.remove(gone);
                if (before.report() != null) {
                    changes.accept(desk.withdraw(before.report()));
                }
            }
        }
        seen.clear();
        seen.putAll(now);
    }

    private void take(Path file, String look, Taken before) throws SQLException {
        int version = versions.merge(file, 1, Integer::sum);
        if (before != null && before.report() != null) {
            changes.accept(desk.withdraw(before.report()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.accept(file, "not UTF-8 text");
            taken.put(file, new Taken(look, null));
            return;
        } catch (IOException e) {
            problems.accept(file, "cannot be read: " + e.getMessage());
            taken.put(file, new Taken("unread", null)); // tried again at the next scan
            return;
        }
        String id = idOf(file) + (version == 1 ? "" : ":" + version);
        try {
            if (text.isBlank()) {
                throw Problem.badRequest("no-text", "the file is empty");
            }
            changes.accept(desk.add(new Desk.ReportInput(id, text, null, null, null)));
            taken.put(file, new Taken(look, id));
        } catch (Problem.Rejection refused) {
            problems.accept(file, refused.problem().detail());
            taken.put(file, new Taken(look, null));
        }
    }

    /** A report id from a file name: its stem, with any character an id cannot hold replaced by '-'. */
    static String idOf(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String id = stem.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[^A-Za-z0-9]", "f");
        return id.length() > 120 ? id.substring(0, 120) : id;
    }
}
