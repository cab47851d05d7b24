package org.xinfang.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Without a configured database ({@code spring.datasource.url}, which the {@code postgres} profile
 * sets) the application starts its own PostgreSQL and connects to it. Spring Boot builds the
 * connection pool from these connection details as it would from the properties, and Flyway and
 * the process engine use that pool. The server is a bean the pool depends on, so it stops only
 * after the engine and the pool have closed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
    return EmbeddedPostgresServer.start(properties.dataDirectory(), properties.port());
  }

  @Bean
  JdbcConnectionDetails embeddedDatabaseConnection(EmbeddedPostgresServer server) {
    String url = server.jdbcUrl();
    return new JdbcConnectionDetails() {
      @Override
      public String getJdbcUrl() {
        return url;
      }

      @Override
      public String getUsername() {
        return EmbeddedPostgresServer.USER;
      }

      @Override
      public String getPassword() {
        return "";
      }
    };
  }

  static class NoDatabaseConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return StringUtils.hasText(url)
          ? ConditionOutcome.noMatch("spring.datasource.url is set")
          : ConditionOutcome.match("no spring.datasource.url: the embedded PostgreSQL");
    }
  }
}
