package org.incidentclassifier.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code java -jar target/incident.jar ARGS} as a user would, in a chosen working directory. */
record JarRun(int exitCode, String out, String err) {
    static final Path JAR = Path.of("target/incident.jar").toAbsolutePath();

    static JarRun in(Path workingDir, String stdin, String... args) {
        return withEnv(workingDir, java.util.Map.of(), stdin, args);
    }

    /** As {@link #in(Path, String, String...)}, with environment variables set for the run. */
    static JarRun withEnv(Path workingDir, java.util.Map<String, String> env, String stdin, String... args) {
        return run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()),
                workingDir, env, stdin, args);
    }

    /** The launcher beside the jar ({@code target/incident}), with this JVM as its JAVA_HOME. */
    static JarRun launcher(Path workingDir, java.util.Map<String, String> env, String stdin, String... args) {
        java.util.Map<String, String> withJava = new java.util.HashMap<>(env);
        withJava.put("JAVA_HOME", System.getProperty("java.home"));
        return run(List.of(JAR.resolveSibling("incident").toString()), workingDir, withJava, stdin, args);
    }

    private static JarRun run(List<String> program, Path workingDir, java.util.Map<String, String> env, String stdin,
                              String... args) {
        List<String> command = new ArrayList<>(program);
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the jar did not finish within 120 s: " + command);
            }
            return new JarRun(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                stream.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
