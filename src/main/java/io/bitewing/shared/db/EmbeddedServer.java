package io.bitewing.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process PostgreSQL of the default deployment, and the throw-away one of the tests.
 *
 * <p>The library's defaults are a test database's ({@code -F}, i.e. {@code fsync=off}, and
 * {@code synchronous_commit=off}): an answered write could be lost on a crash, and an OS crash could corrupt the
 * cluster. A data directory that holds an office's records therefore runs with both on; only the throw-away cluster
 * keeps them off (decisions.md, "Durability of the embedded default").
 *
 * <p>The postmaster is started detached by {@code pg_ctl}, so it would outlive a JVM killed with {@code kill -9}
 * and keep the data directory. Two guards: a watchdog process that shuts it down once the JVM is gone, and, at
 * start-up, {@link OrphanedPostmaster} stopping one that is still there.
 */
public record EmbeddedServer(EmbeddedPostgres postgres, Process watchdog) implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    /** A durable cluster in {@code dataDir}, created on first use and kept across restarts. */
    public static EmbeddedServer durable(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        OrphanedPostmaster.stopIfPresent(dir);
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Set after the library's -F on the postmaster's command line, so these win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
        return new EmbeddedServer(postgres, watch(dir));
    }

    /** A cluster in a temporary directory, deleted on close: fast and not durable, for tests. */
    public static EmbeddedServer throwAway() throws IOException {
        var postgres = EmbeddedPostgres.builder().start();
        log.info("Throw-away embedded PostgreSQL listening on port {}", postgres.getPort());
        return new EmbeddedServer(postgres, null);
    }

    /**
     * A shell loop that waits for this JVM to end and then asks the postmaster for a fast shutdown. On a clean exit
     * {@link #close()} stops the server and the loop first; the loop acts only when the JVM died without closing.
     */
    private static Process watch(Path dir) throws IOException {
        long postmaster =
                OrphanedPostmaster.pidOf(dir).orElseThrow(() -> new IOException("no postmaster.pid in " + dir));
        String script = "while kill -0 \"$0\" 2>/dev/null; do sleep 1; done; kill -INT \"$1\" 2>/dev/null";
        return new ProcessBuilder(
                        "sh",
                        "-c",
                        script,
                        String.valueOf(ProcessHandle.current().pid()),
                        String.valueOf(postmaster))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    @Override
    public void close() throws IOException {
        if (watchdog != null) {
            watchdog.destroy();
        }
        postgres.close();
    }
}
