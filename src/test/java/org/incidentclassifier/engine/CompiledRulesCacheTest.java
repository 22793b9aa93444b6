package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache trusts only entries it signed itself, prunes only its own files, leaks nothing. */
class CompiledRulesCacheTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final byte[] MODULE = "a compiled rule module".getBytes();

    @TempDir
    Path temp;

    @Test
    void whatItStoresItReadsBack() {
        CompiledRulesCache cache = CompiledRulesCache.at(temp.resolve("cache"), "100-200");

        cache.store(KEY, MODULE);

        assertThat(cache.read(KEY)).hasValue(MODULE);
        assertThat(cache.read(KEY.replace('0', '1'))).isEmpty();
    }

    @Test
    void aFilePlantedUnderAnEntrysNameIsNotTrusted() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.at(temp.resolve("cache"), "100-200");
        cache.store(KEY.replace('a', 'b'), MODULE); // the directory and its key exist

        Files.write(cache.entry(KEY), "planted code, with thirty-two bytes of padding at its end".getBytes());

        assertThat(cache.read(KEY)).isEmpty();
    }

    @Test
    void aChangedEntryIsNotTrusted() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.at(temp.resolve("cache"), "100-200");
        cache.store(KEY, MODULE);
        byte[] bytes = Files.readAllBytes(cache.entry(KEY));
        bytes[0] ^= 1;

        Files.write(cache.entry(KEY), bytes);

        assertThat(cache.read(KEY)).isEmpty();
    }

    @Test
    void anEntryOthersMayWriteIsNotTrusted() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.at(temp.resolve("cache"), "100-200");
        cache.store(KEY, MODULE);

        Files.setPosixFilePermissions(cache.entry(KEY), PosixFilePermissions.fromString("rw-rw-rw-"));

        assertThat(cache.read(KEY)).isEmpty();
    }

    @Test
    void pruningLeavesFilesItDidNotNameAlone() throws IOException {
        Path dir = temp.resolve("cache");
        CompiledRulesCache cache = CompiledRulesCache.at(dir, "100-200");
        cache.store(KEY, MODULE);
        Path foreign = Files.writeString(dir.resolve("somebody-elses.kjar"), "not ours");
        Files.setLastModifiedTime(foreign, java.nio.file.attribute.FileTime.fromMillis(0));

        for (int i = 0; i < 14; i++) {
            cache.store(String.format("%032x", i + 1) + "0".repeat(32), MODULE);
        }

        assertThat(foreign).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("rules-"))).hasSize(12);
        }
    }

    @Test
    void aBlockedEntryPathLeavesNoTemporaryFile() throws IOException {
        Path dir = temp.resolve("cache");
        CompiledRulesCache cache = CompiledRulesCache.at(dir, "100-200");
        cache.store(KEY.replace('a', 'b'), MODULE);
        Files.createDirectories(cache.entry(KEY));
        Files.writeString(cache.entry(KEY).resolve("inside"), "the entry's name is taken by a directory");

        cache.store(KEY, MODULE);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(cache.read(KEY)).isEmpty();
    }
}
