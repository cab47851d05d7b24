package org.xinfang;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at a real PostgreSQL 16, started once for the whole test JVM. Every
 * Spring context of the run shares it: Flyway migrates it once and the engine creates its schema
 * there, so tests create their own users, units and cases and never assume an empty database.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static EmbeddedPostgres postgres;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.datasource.url=" + server().getJdbcUrl("postgres", "postgres"),
            "spring.datasource.username=postgres",
            "spring.datasource.password=")
        .applyTo(context);
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      // Spring's shutdown handlers run after every application context has closed: the database
      // stops only when no engine writes to it any more
      SpringApplication.getShutdownHandlers().add(EmbeddedPostgresInitializer::stop);
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
