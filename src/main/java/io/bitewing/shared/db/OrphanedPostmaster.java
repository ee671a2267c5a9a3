package io.bitewing.shared.db;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left running on our data directory by a JVM that died without stopping it. Starting a second one
 * there fails ("lock file postmaster.pid already exists"), so start-up stops it first: a fast shutdown (SIGINT),
 * then an immediate one (SIGQUIT) if it does not go. A postmaster.pid whose process is gone is left alone;
 * PostgreSQL's crash recovery handles that case by itself.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    /** The embedded library's own lock: held by a live JVM that runs this data directory. */
    private static final String OWNER_LOCK = "epg-lock";

    private OrphanedPostmaster() {}

    static void stopIfPresent(Path dir) throws IOException {
        OptionalLong pid = pidOf(dir);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid.getAsLong())
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info()
                        .command()
                        .map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        requireNoLiveOwner(dir);
        log.warn(
                "Stopping an orphaned PostgreSQL (pid {}) left on the data directory by an earlier run",
                pid.getAsLong());
        if (!stop(postmaster.get(), "INT", Duration.ofSeconds(60))
                && !stop(postmaster.get(), "QUIT", Duration.ofSeconds(20))) {
            throw new IOException("The orphaned PostgreSQL (pid " + pid.getAsLong() + ") on " + dir + " did not stop");
        }
    }

    /** The postmaster's pid from {@code postmaster.pid}, when the file names this directory. */
    static OptionalLong pidOf(Path dir) throws IOException {
        Path file = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.size() < 2
                || !lines.get(0).strip().matches("\\d{1,10}")
                || !Files.isDirectory(Path.of(lines.get(1).strip()))
                || !Files.isSameFile(Path.of(lines.get(1).strip()), dir)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(lines.get(0).strip()));
    }

    private static void requireNoLiveOwner(Path dir) throws IOException {
        Path lockFile = dir.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (var file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw new IOException("Another running instance uses the data directory " + dir);
            }
        }
    }

    private static boolean stop(ProcessHandle postmaster, String signal, Duration patience) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(postmaster.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            Instant deadline = Instant.now().plus(patience);
            while (postmaster.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL", e);
        }
        return !postmaster.isAlive();
    }
}
