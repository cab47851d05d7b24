package org.xinfang;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another node of the application on the database of a test's context, as a second machine of a
 * cluster runs it: the whole application on its own port with its own engine, sharing nothing with
 * the first but the database.
 */
public final class SecondNode implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private SecondNode(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts a node on the database of {@code first}, with the test profile and {@code properties}. */
  public static SecondNode on(Environment first, String... properties) {
    List<String> all = new ArrayList<>(List.of(
        EmbeddedPostgresInitializer.KEEPS_DATASOURCE + "=true",
        "spring.datasource.url=" + first.getRequiredProperty("spring.datasource.url"),
        "spring.datasource.username=" + first.getRequiredProperty("spring.datasource.username"),
        "spring.datasource.password=" + first.getProperty("spring.datasource.password", ""),
        "server.port=0"));
    all.addAll(List.of(properties));
    // as command-line arguments, which outrank the application's own files (its port 8080 among them)
    return new SecondNode(new SpringApplicationBuilder(XinfangApplication.class)
        .profiles("test")
        .run(all.stream().map(property -> "--" + property).toArray(String[]::new)));
  }

  /** Its HTTP API, through real HTTP on its own port. */
  public TestRestTemplate http() {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }

  public ApiClient client(String user, String password) {
    return new ApiClient(http(), bean(ObjectMapper.class), user, password);
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** The job executor of this node's engine, to start when the test lets the nodes run jobs. */
  public JobExecutor jobExecutor() {
    return jobExecutorOf(bean(ProcessEngine.class));
  }

  public static JobExecutor jobExecutorOf(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
  }

  @Override
  public void close() {
    jobExecutor().shutdown();
    context.close();
  }
}
