package org.xinfang.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which database the application connects to: its own when none is configured, else the configured one. */
class EmbeddedDatabaseConfigurationTest {

  private final ApplicationContextRunner application = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
      .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

  @Test
  void withoutADatabaseUrlTheConnectionPoolAndFlywayUseTheEmbeddedServer(@TempDir Path folder) {
    application.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
        .withPropertyValues("xinfang.embedded-database.data-directory=" + folder.resolve("postgres"))
        .run(context -> {
          EmbeddedPostgresServer server = context.getBean(EmbeddedPostgresServer.class);
          DataSource pool = context.getBean(DataSource.class);
          assertThat(pool).isInstanceOfSatisfying(HikariDataSource.class,
              hikari -> assertThat(hikari.getJdbcUrl()).isEqualTo(server.jdbcUrl()).endsWith("/xinfang"));

          JdbcClient database = JdbcClient.create(pool);
          assertThat(database.sql("select count(*) from flyway_schema_history where not success")
              .query(Integer.class).single()).isZero();
          assertThat(database.sql("select tgname from pg_trigger where tgrelid = 'audit_entry'::regclass")
              .query(String.class).list()).contains("audit_entry_append_only", "audit_entry_no_truncate");
        });
  }

  @Test
  void aConfiguredDatabaseUrlStartsNoServer() {
    application.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/xinfang")
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedPostgresServer.class);
          assertThat(context.getBean(HikariDataSource.class).getJdbcUrl())
              .isEqualTo("jdbc:postgresql://db.example:5432/xinfang");
        });
  }
}
