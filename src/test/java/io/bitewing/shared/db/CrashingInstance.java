package io.bitewing.shared.db;

import java.nio.file.Path;

/**
 * A service instance in miniature, run as its own JVM by {@link EmbeddedServerCrashTest}: starts the durable
 * embedded server on a data directory, inserts rows one commit at a time and prints {@code ack n} after each commit
 * returns (what the service would answer 201 for), then waits to be killed.
 */
final class CrashingInstance {

    private CrashingInstance() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        var server = EmbeddedServer.durable(dir);
        System.out.println(
                "postmaster " + OrphanedPostmaster.pidOf(dir.toAbsolutePath()).orElseThrow());
        try (var connection = server.postgres().getPostgresDatabase().getConnection()) {
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute("create table if not exists acknowledged (n integer primary key)");
                statement.execute("select count(*) from acknowledged");
                var result = statement.getResultSet();
                result.next();
                System.out.println("before " + result.getInt(1));
            }
            try (var insert =
                    connection.prepareStatement("insert into acknowledged (n) values (?) on conflict do nothing")) {
                for (int n = 1; n <= rows; n++) {
                    insert.setInt(1, n);
                    insert.executeUpdate();
                    System.out.println("ack " + n);
                }
            }
        }
        System.out.println("done");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
