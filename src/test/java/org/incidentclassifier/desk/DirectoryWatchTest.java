package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** incident watch's engine: files of a directory added, changed and deleted update the desk, as change lines. */
class DirectoryWatchTest {
    @TempDir
    Path dir;

    @Test
    void newChangedAndDeletedFilesUpdateTheirIncident() throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Desk desk = Desk.open(SharedPipeline.get().forAnotherThread(), null)) {
            DirectoryWatch watch = new DirectoryWatch(desk, dir, o -> lines.addAll(ChangeText.lines(o)),
                    (file, problem) -> problems.add(file.getFileName() + ": " + problem));
            Files.writeString(dir.resolve("wire 000.txt"), DeskServerTest.seed("000_"));
            Files.writeString(dir.resolve("notes.md"), "not a report");
            watch.scan();
            assertEquals(List.of(), lines, "a file is read once it has not changed over one scan");
            watch.scan();
            assertEquals(1, lines.size());
            assertTrue(lines.get(0).startsWith("incident-1 opened by wire-000 (added): reports +wire-000;"
                    + " types +HOSTAGE_TAKING_BARRICADE"), lines.get(0));
            assertTrue(lines.get(0).contains("inconsistencies +ARITHMETIC " + DeskServerTest.ARITHMETIC_OF_SEED_000),
                    lines.get(0));

            lines.clear();
            Files.writeString(dir.resolve("wire 002.txt"), DeskServerTest.seed("002_"));
            watch.scan();
            watch.scan();
            assertEquals(1, lines.size());
            assertTrue(lines.get(0).startsWith("incident-1 updated by wire-002 (added): reports +wire-002;"), lines.get(0));
            assertTrue(lines.get(0).contains("+Signed in Blood Battalion AFFILIATED_TO aqim CONTESTED"),
                    lines.get(0));
            assertTrue(lines.get(0).contains("-Signed in Blood Battalion AFFILIATED_TO aqim ASSERTED"), lines.get(0));

            // a deleted file is withdrawn at once; a changed one, once settled, replaces its previous version under
            // a new id
            lines.clear();
            Files.writeString(dir.resolve("wire 002.txt"), "The city council met on Tuesday to discuss the budget.");
            Files.delete(dir.resolve("wire 000.txt"));
            watch.scan();
            assertEquals(1, lines.size());
            assertTrue(lines.get(0).startsWith("incident-1 updated by wire-000 (withdrawn): reports -wire-000;"),
                    lines.get(0));
            watch.scan();
            assertEquals(3, lines.size());
            assertTrue(lines.get(1).startsWith("incident-1 closed by wire-002 (withdrawn): reports -wire-002;"),
                    lines.get(1));
            assertEquals("report wire-002:2 (describes no incident)", lines.get(2));

            Files.writeString(dir.resolve("empty.txt"), "  \n");
            watch.scan();
            watch.scan();
            assertEquals(List.of("empty.txt: the file is empty"), problems);
        }
    }

    @Test
    void overAStoreAWatchResumesWithdrawingDeletedFilesReplacingChangedOnesAndKeepingTheRest() throws Exception {
        Path store = dir.resolve("desk.db");
        Path watched = Files.createDirectories(dir.resolve("in"));
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Files.writeString(watched.resolve("wire 000.txt"), DeskServerTest.seed("000_"));
        Files.writeString(watched.resolve("wire 002.txt"), DeskServerTest.seed("002_"));
        Files.writeString(watched.resolve("notes.txt"), "The city council met on Tuesday to discuss the budget.");
        try (Desk desk = Desk.open(SharedPipeline.get().forAnotherThread(), store)) {
            DirectoryWatch watch = new DirectoryWatch(desk, watched, o -> lines.addAll(ChangeText.lines(o)),
                    (file, problem) -> problems.add(file.getFileName() + ": " + problem));
            watch.scan();
            watch.scan();
        }
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("report notes (describes no incident)", lines.get(0));

        // while no watch runs: one file is deleted, one changed, one left as it was
        Files.delete(watched.resolve("wire 000.txt"));
        Files.writeString(watched.resolve("wire 002.txt"), "The library opened a new reading room on Monday.");
        lines.clear();
        try (Desk desk = Desk.open(SharedPipeline.get().forAnotherThread(), store)) {
            DirectoryWatch watch = new DirectoryWatch(desk, watched, o -> lines.addAll(ChangeText.lines(o)),
                    (file, problem) -> problems.add(file.getFileName() + ": " + problem));
            watch.scan();
            assertEquals(1, lines.size(), lines.toString());
            // notes.txt came first (arrival 1): wire-000 opened incident-2
            assertTrue(lines.get(0).startsWith("incident-2 updated by wire-000 (withdrawn): reports -wire-000;"),
                    lines.get(0));
            watch.scan();
            assertEquals(3, lines.size(), lines.toString());
            assertTrue(lines.get(1).startsWith("incident-2 closed by wire-002 (withdrawn): reports -wire-002;"),
                    lines.get(1));
            assertEquals("report wire-002:2 (describes no incident)", lines.get(2), "a new version, a new id");
            watch.scan();
            assertEquals(3, lines.size(), "notes.txt is as stored: nothing to do");
            assertEquals(List.of("notes", "wire-002:2"), desk.reports().stream().filter(r -> !r.withdrawn())
                    .map(DeskReport::id).toList());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anIdIsTheFileNameWithWhatAnIdCannotHoldReplaced() {
        assertEquals("wire-000", DirectoryWatch.idOf(Path.of("wire 000.txt")));
        assertEquals("f-hidden", DirectoryWatch.idOf(Path.of("_-hidden.txt")));
        assertEquals("r_1.v2", DirectoryWatch.idOf(Path.of("r_1.v2.txt")));
    }
}
