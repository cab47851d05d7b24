package org.xinfang.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's own PostgreSQL on a data directory that outlives it: kept across restarts,
 * recovered after a killed run, never shared by two running copies.
 */
class EmbeddedPostgresServerTest {

  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @TempDir Path folder;

  @Test
  void aRestartFindsWhatThePreviousRunStored() throws Exception {
    Path data = folder.resolve("postgres");
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
      execute(first, "create table kept (note text)", "insert into kept values ('第一次启动')");
    }

    try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, 0)) {
      assertThat(notes(second)).containsExactly("第一次启动");
    }
  }

  @Test
  void aSecondCopyIsRefusedAndTheServerOfAKilledRunIsStoppedAtTheNextStart() throws Exception {
    Path data = folder.resolve("postgres");
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
      execute(server, "create table kept (note text)", "insert into kept values ('被强行终止之前')");
    }
    Path output = folder.resolve("other-copy.log");
    Process otherCopy = new ProcessBuilder(javaCommand(), "-cp", testClassPath(), RunsUntilKilled.class.getName(),
        data.toString()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    Optional<ProcessHandle> orphan = Optional.empty();
    try {
      awaitLine(otherCopy, output, RunsUntilKilled.READY);

      assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("in use by another running copy of the application");

      orphan = ProcessHandle.of(Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim()));
      otherCopy.destroyForcibly().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      assertThat(orphan).get().matches(ProcessHandle::isAlive, "left running by the killed copy");

      try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
        assertThat(orphan.get().isAlive()).isFalse();
        assertThat(notes(server)).containsExactly("被强行终止之前");
      }
    } finally {
      otherCopy.destroyForcibly();
      orphan.ifPresent(ProcessHandle::destroy);
    }
  }

  @Test
  void aFolderWithOtherFilesIsLeftAlone() throws IOException {
    Path data = Files.createDirectories(folder.resolve("postgres"));
    Files.writeString(data.resolve("xinfang.mv.db"), "an earlier release's database");

    assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holds no PostgreSQL database");
    assertThat(data.resolve("xinfang.mv.db")).hasContent("an earlier release's database");
  }

  /** Another copy of the application on the same directory: it starts the server and waits to be killed. */
  static final class RunsUntilKilled {

    static final String READY = "server ready";

    public static void main(String[] args) throws InterruptedException {
      EmbeddedPostgresServer.start(Path.of(args[0]), 0);
      System.out.println(READY);
      Thread.sleep(PATIENCE.toMillis());
    }
  }

  private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
    try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static List<String> notes(EmbeddedPostgresServer server) throws SQLException {
    try (Connection connection = connect(server); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select note from kept")) {
      List<String> notes = new ArrayList<>();
      while (rows.next()) {
        notes.add(rows.getString(1));
      }
      return notes;
    }
  }

  private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
  }

  private static void awaitLine(Process process, Path output, String line) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!written(output).lines().toList().contains(line)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the other copy ended: " + written(output));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the other copy did not start its server: " + written(output));
      }
      Thread.sleep(100);
    }
  }

  private static String written(Path output) throws IOException {
    return Files.exists(output) ? new String(Files.readAllBytes(output), StandardCharsets.UTF_8) : "";
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Surefire names the real class path in a property of its own; its {@code java.class.path} may be a jar. */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
