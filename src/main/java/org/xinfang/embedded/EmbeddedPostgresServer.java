package org.xinfang.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 16 server that the application runs itself, from the binaries in its jar, on a data
 * directory that outlives it: a restart finds what the previous run stored, deleting the directory
 * starts afresh. The server listens on the loopback interface only and trusts every local
 * connection, as a developer's database does; a real installation runs its own server.
 */
final class EmbeddedPostgresServer implements Closeable {

  /** The database the application uses; the server's own {@code postgres} database stays empty. */
  static final String DATABASE = "xinfang";
  static final String USER = "postgres";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  /** The file the library locks while a server of ours runs on the directory. */
  private static final String LOCK_FILE = "epg-lock";
  private static final String PID_FILE = "postmaster.pid";
  private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts the server on {@code dataDirectory}, creating the cluster on the first start.
   *
   * @param port the port to listen on, 0 for a free one chosen now
   */
  static EmbeddedPostgresServer start(Path dataDirectory, int port) {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    try {
      refuseWhatIsNotADataDirectory(directory);
      stopOrphanedServer(directory);
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(directory)
          .setCleanDataDirectory(false)
          // stopped when the application context closes, after the engine and the connection pool
          .setRegisterShutdownHook(false)
          .setPort(port)
          // the same collation and messages on every machine, whatever its LANG
          .setLocaleConfig("locale", "C")
          // The library starts the server without fsync, fit for throw-away test data. This data is
          // kept: a crash of the machine may lose the last moments' commits (synchronous_commit
          // stays off) but never leaves a damaged database.
          .setServerConfig("fsync", "on")
          // the server's log lines go to the application's log: its start, stop and errors, not every checkpoint
          .setServerConfig("log_checkpoints", "off")
          // crash recovery after a killed run may take longer than the library's 10 seconds
          .setPGStartupWait(Duration.ofMinutes(2))
          .start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
      try {
        server.createDatabase();
      } catch (IOException | RuntimeException e) {
        postgres.close();
        throw e;
      }
      log.info("Embedded PostgreSQL on localhost:{}, database {}, user {}, data in {}", server.port(), DATABASE,
          USER, directory);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL on " + directory, e);
    }
  }

  int port() {
    return postgres.getPort();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  private void createDatabase() throws IOException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet found = exists.executeQuery()) {
        if (found.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create database " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IOException("cannot create the database " + DATABASE, e);
    }
  }

  /** A directory with other files in it, e.g. the database files of an earlier release, is left alone. */
  private static void refuseWhatIsNotADataDirectory(Path directory) throws IOException {
    if (!Files.isDirectory(directory) || Files.exists(directory.resolve("PG_VERSION"))) {
      return;
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> others = files.filter(file -> !file.getFileName().toString().equals(LOCK_FILE)).toList();
      if (!others.isEmpty()) {
        throw new IllegalStateException(directory + " is not empty and holds no PostgreSQL database (found "
            + others.get(0).getFileName() + "): move or delete it to start with a new database");
      }
    }
  }

  /**
   * A previous run that was killed (kill -9, a crash of the JVM) could not stop its server, which
   * goes on running on the directory and keeps a new one from starting there. If no running
   * application holds the directory, that server is an orphan: stop it. A {@code postmaster.pid}
   * whose server no longer runs (a crash of the machine) is PostgreSQL's to clear, unless its pid
   * now belongs to another program, which PostgreSQL would take for a server still running.
   */
  private static void stopOrphanedServer(Path directory) throws IOException {
    Path pidFile = directory.resolve(PID_FILE);
    if (!Files.exists(pidFile)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw inUse(directory);
      }
      Optional<ProcessHandle> process = process(pidFile);
      Optional<Boolean> postgres = process.flatMap(EmbeddedPostgresServer::isPostgres);
      if (postgres.isEmpty()) {
        return;
      }
      if (!postgres.get()) {
        log.info("Removing {}: its pid {} is another program's now", pidFile, process.get().pid());
        Files.delete(pidFile);
        return;
      }
      log.warn("Stopping PostgreSQL (pid {}) left running on {} by a previous run", process.get().pid(), directory);
      // SIGTERM: PostgreSQL's smart shutdown, which waits for its clients; those of the killed run are gone
      process.get().destroy();
      process.get().onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
    } catch (OverlappingFileLockException e) {
      throw inUse(directory);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the PostgreSQL left running on " + directory + " did not stop within "
          + ORPHAN_SHUTDOWN.toSeconds() + " seconds; stop it (its pid is in " + pidFile + ") and start again", e);
    } catch (ExecutionException e) {
      throw new IOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the PostgreSQL left running on " + directory, e);
    }
  }

  private static IllegalStateException inUse(Path directory) {
    return new IllegalStateException(directory + " is in use by another running copy of the application: stop "
        + "it first, or give this one another xinfang.embedded-database.data-directory");
  }

  /** The live process whose pid the file names, if any. */
  private static Optional<ProcessHandle> process(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    try {
      return lines.isEmpty() ? Optional.empty()
          : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether the process runs PostgreSQL's server; empty when the system does not say what it runs. */
  private static Optional<Boolean> isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> Path.of(command).getFileName().toString())
        .map(name -> name.equals("postgres") || name.equals("postgres.exe"));
  }
}
