package org.xinfang.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.xinfang.EmbeddedPostgresInitializer;

/**
 * The application with the demo district, on a database that outlasts the run: the embedded
 * PostgreSQL under {@code target/bench-postgres}, or the one {@code -Dspring.datasource.url} names.
 * The demo profile drives its fifteen cases through the real process on an empty database; they are
 * the models the million cases are cloned from. No job executor: the measured figures are the
 * queries' alone, and no timer of a cloned case fires while they run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    EmbeddedPostgresInitializer.KEEPS_DATASOURCE + "=true",
    "xinfang.embedded-database.data-directory=target/bench-postgres",
    "camunda.bpm.job-execution.enabled=false",
    "xinfang.notification.poller.enabled=false",
    "spring.datasource.hikari.maximum-pool-size=4"})
@ActiveProfiles("demo")
@interface BenchDatabase {}
