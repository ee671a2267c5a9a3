package io.bitewing.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default under {@code kill -9}: every commit that returned survives a kill of the JVM and of its
 * PostgreSQL, and the next start succeeds on its first try, whether the postmaster died too or was left running.
 * Each instance is a JVM of its own ({@link CrashingInstance}), killed as a supervisor or the kernel would kill it.
 */
class EmbeddedServerCrashTest {

    private static final int ROWS = 300;

    @TempDir
    Path data;

    @Test
    void durableServerRunsWithFsyncAndSynchronousCommitOn() throws Exception {
        try (var server = EmbeddedServer.durable(data.resolve("pg"));
                var connection = server.postgres().getPostgresDatabase().getConnection();
                var result = connection
                        .createStatement()
                        .executeQuery(
                                "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', "
                                        + "'full_page_writes') order by name")) {
            var settings = new java.util.TreeMap<String, String>();
            while (result.next()) {
                settings.put(result.getString(1), result.getString(2));
            }
            assertThat(settings)
                    .containsExactly(
                            java.util.Map.entry("fsync", "on"),
                            java.util.Map.entry("full_page_writes", "on"),
                            java.util.Map.entry("synchronous_commit", "on"));
        }
    }

    @Test
    void acknowledgedWritesSurviveAKillOfTheJvmAndItsPostgres() throws Exception {
        Path dir = data.resolve("pg");
        var instance = Instance.start(dir, ROWS);
        instance.awaitDone();
        ProcessHandle postmaster = ProcessHandle.of(instance.postmaster).orElseThrow();
        instance.killJvmAndWatchdog();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        awaitExit(postmaster);

        assertThat(countAfterRestart(dir)).isEqualTo(instance.acknowledged);
    }

    @Test
    void startsOnTheFirstTryBesideAPostmasterThatOutlivedItsJvm() throws Exception {
        Path dir = data.resolve("pg");
        var instance = Instance.start(dir, 20);
        instance.awaitDone();
        // The watchdog dies with the JVM here, as under a supervisor that kills the whole group but PostgreSQL's.
        instance.killJvmAndWatchdog();
        assertThat(ProcessHandle.of(instance.postmaster).map(ProcessHandle::isAlive))
                .contains(true);

        assertThat(countAfterRestart(dir)).isEqualTo(20);
        assertThat(ProcessHandle.of(instance.postmaster)
                        .map(ProcessHandle::isAlive)
                        .orElse(false))
                .isFalse();
    }

    @Test
    void postmasterDoesNotOutliveAJvmKilledWithoutWarning() throws Exception {
        var instance = Instance.start(data.resolve("pg"), 1);
        instance.awaitDone();
        ProcessHandle postmaster = ProcessHandle.of(instance.postmaster).orElseThrow();
        instance.jvm.destroyForcibly();

        awaitExit(postmaster);
        assertThat(postmaster.isAlive())
                .as("postmaster still running after its JVM died")
                .isFalse();
    }

    private static int countAfterRestart(Path dir) throws Exception {
        try (var server = EmbeddedServer.durable(dir);
                var connection = server.postgres().getPostgresDatabase().getConnection();
                var result = connection.createStatement().executeQuery("select count(*) from acknowledged")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void awaitExit(ProcessHandle process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    /** One {@link CrashingInstance} JVM and what it has printed. */
    private static final class Instance {
        final Process jvm;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile long postmaster;
        volatile int acknowledged;

        private Instance(Process jvm) {
            this.jvm = jvm;
        }

        static Instance start(Path dir, int rows) throws IOException {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var jvm = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            CrashingInstance.class.getName(),
                            dir.toString(),
                            String.valueOf(rows))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            var instance = new Instance(jvm);
            var reader = new Thread(instance::read, "crashing-instance-output");
            reader.setDaemon(true);
            reader.start();
            return instance;
        }

        private void read() {
            try (var lines = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("postmaster ")) {
                        postmaster = Long.parseLong(line.substring(11).strip());
                    } else if (line.startsWith("ack ")) {
                        acknowledged = Integer.parseInt(line.substring(4).strip());
                    } else if (line.equals("done")) {
                        done.complete(null);
                    }
                }
            } catch (IOException e) {
                done.completeExceptionally(e);
            }
            done.completeExceptionally(new IllegalStateException("the instance ended before it was done"));
        }

        void awaitDone() throws Exception {
            done.get(120, TimeUnit.SECONDS);
        }

        void killJvmAndWatchdog() throws InterruptedException {
            jvm.descendants().forEach(ProcessHandle::destroyForcibly);
            jvm.destroyForcibly();
            jvm.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
