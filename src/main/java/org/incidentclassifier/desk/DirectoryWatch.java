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
 *
 * <p>Over a desk with a store ({@code incident watch --store FILE}) the watch resumes where it stopped: at the first
 * scan, a stored live report whose file is gone is withdrawn, one whose file has the same text is kept as it is
 * (nothing printed), one whose file changed is replaced by the file's new version; versions go on from the
 * highest stored one, so ids are still never reused.
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
    /** The last version taken of each file's id, kept after it is deleted so that a new file of that name gets a new id. */
    private final Map<String, Integer> versions = new HashMap<>();
    /** The live reports the desk's store held at start, by their file's id, until the first scan matches them. */
    private final Map<String, DeskReport> stored = new HashMap<>();
    private boolean resumed;

    /** A file taken: its look (size and time; {@code STORED} for a stored report not yet compared) and report id. */
    private record Taken(String look, String report) {}

    private static final String STORED = "stored";

    /**
     * Watches {@code dir} for {@code desk}: each outcome goes to {@code changes}, each file that cannot be read
     * or analysed to {@code problems} (the file and why), and the watch goes on.
     */
    public DirectoryWatch(Desk desk, Path dir, Consumer<Desk.Outcome> changes, BiConsumer<Path, String> problems)
            throws SQLException {
        this.desk = desk;
        this.dir = dir;
        this.changes = changes;
        this.problems = problems;
        for (DeskReport report : desk.reports()) {
            String[] parts = report.id().split(":(?=\\d+$)");
            int version = parts.length == 2 ? Integer.parseInt(parts[1]) : 1;
            versions.merge(parts[0], version, Math::max);
            if (!report.withdrawn()) {
                stored.put(parts[0], report);
            }
        }
    }

    /**
     * The first scan over a stored desk: each stored live report is matched with the file it came from (compared
     * when the file is settled), and withdrawn when that file is gone.
     */
    private void resume(Map<Path, String> now) throws SQLException {
        resumed = true;
        Map<String, Path> fileOf = new HashMap<>();
        now.keySet().forEach(f -> fileOf.putIfAbsent(idOf(f), f));
        for (Map.Entry<String, DeskReport> report : new TreeMap<>(stored).entrySet()) {
            Path file = fileOf.get(report.getKey());
            if (file == null) {
                changes.accept(desk.withdraw(report.getValue().id()));
            } else {
                taken.put(file, new Taken(STORED, report.getValue().id()));
            }
        }
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
        if (!resumed) {
            resume(now);
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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            withdrawPrevious(before);
            problems.accept(file, "not UTF-8 text");
            taken.put(file, new Taken(look, null));
            return;
        } catch (IOException e) {
            problems.accept(file, "cannot be read: " + e.getMessage());
            taken.put(file, new Taken("unread", before == null ? null : before.report())); // tried again next scan
            return;
        }
        if (before != null && STORED.equals(before.look()) && text.equals(stored.get(idOf(file)).text())) {
            taken.put(file, new Taken(look, before.report())); // as stored: nothing changed while not watching
            return;
        }
        withdrawPrevious(before);
        int version = versions.merge(idOf(file), 1, Integer::sum);
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

    /** The file's previous version leaves the desk: it changed or cannot be read as text any more. */
    private void withdrawPrevious(Taken before) throws SQLException {
        if (before != null && before.report() != null) {
            changes.accept(desk.withdraw(before.report()));
        }
    }

    /** A report id from a file name: its stem, with any character an id cannot hold replaced by '-'. */
    static String idOf(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String id = stem.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[^A-Za-z0-9]", "f");
        return id.length() > 120 ? id.substring(0, 120) : id;
    }
}
