package org.xinfang.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xinfang.embedded-database.*}: where the embedded PostgreSQL keeps its data and which port
 * it listens on. Used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory the server's data directory, relative to the working directory
 * @param port the port on localhost; 0 for a free one chosen at every start, so that several
 *     copies of the application run side by side
 */
@ConfigurationProperties("xinfang.embedded-database")
record EmbeddedDatabaseProperties(
    @DefaultValue("data/postgres") Path dataDirectory,
    @DefaultValue("0") int port) {}
