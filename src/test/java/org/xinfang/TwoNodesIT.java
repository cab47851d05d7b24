package org.xinfang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.xinfang.ApiClient.Reply;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.Intakes;
import org.xinfang.casefile.TestDistrict;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.supervision.SupervisionProcess;
import org.xinfang.workflow.PetitionProcess;

/**
 * Two nodes of the application on one PostgreSQL, coordinated by the database alone: registrations
 * on both at once get unique case numbers in order, and the limits' timers falling due together run
 * once each on whichever node's job executor takes them. Both nodes share this JVM's engine clock.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "camunda.bpm.generic-properties.properties.hostname=node-a")
class TwoNodesIT {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired Environment environment;

  SecondNode nodeB;
  List<ApiClient> registrars;

  @BeforeEach
  void twoNodes() {
    nodeB = SecondNode.on(environment, "camunda.bpm.generic-properties.properties.hostname=node-b");
    registrars = List.of(TestDistrict.registrar(units, identity, http, json),
        TestDistrict.registrar(units, identity, nodeB.http(), json));
  }

  @AfterEach
  void stop() {
    SecondNode.jobExecutorOf(engine).shutdown();
    nodeB.close();
    ClockUtil.reset();
  }

  @Test
  void registrationsOnBothNodesAtOnceGetUniqueNumbersInOrder() throws Exception {
    clockAt("2029-03-01T10:00");   // a year of its own: numbered from 1
    List<String> numbers = registerAtOnce(2, 10);

    assertThat(numbers).doesNotHaveDuplicates().hasSize(40);
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, 40).mapToObj(n -> String.format("XF-2029-%05d", n)).toList());
    assertThat(running(PetitionProcess.KEY, numbers)).hasSize(40);
  }

  @Test
  void limitsFallingDueTogetherRunOnceEachOnEitherNode() throws Exception {
    clockAt("2028-04-03T10:00");
    List<String> numbers = registerAtOnce(1, 10);
    assertThat(numbers).hasSize(20);

    // 15 days: the routing limits end on Tue 04-18 and their reminders come before
    clockAt("2028-04-20T10:00");
    SecondNode.jobExecutorOf(engine).start();
    nodeB.jobExecutor().start();
    // the cases of this test alone: the other test's, in the same database, fall due too
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.sql(
        "select count(*) from petition_case where overdue and case_number in (:numbers)")
        .param("numbers", numbers).query(Long.class).single() == 20);
    await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() ->
        running(SupervisionProcess.KEY, numbers).size() == 20);

    Map<String, Long> expired = jdbc.sql("""
            select c.case_number, count(e.id) from petition_case c
              left join case_event e on e.case_id = c.id and e.type = :expired
            where c.case_number in (:numbers)
            group by c.case_number
            """)
        .param("expired", EventType.LIMIT_EXPIRED.name())
        .param("numbers", numbers)
        .query((row, n) -> Map.entry(row.getString(1), row.getLong(2)))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(expired).containsOnlyKeys(numbers).allSatisfy((number, count) ->
        assertThat(count).as(number + "'s routing limit expired once").isEqualTo(1));
    List<String> processes = running(PetitionProcess.KEY, numbers).stream().map(ProcessInstance::getId).toList();
    List<HistoricJobLog> done = history.createHistoricJobLogQuery().processDefinitionKey(PetitionProcess.KEY)
        .successLog().list().stream().filter(log -> processes.contains(log.getProcessInstanceId())).toList();
    assertThat(done.stream().collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting())))
        .as("every timer succeeded once").allSatisfy((job, successes) -> assertThat(successes).isEqualTo(1));
    assertThat(done).as("a reminder and a deadline per case").hasSize(40)
        .allSatisfy(job -> assertThat(job.getHostname()).isIn("node-a", "node-b"));
    System.out.printf("timers run by node: %s%n", done.stream()
        .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting())));
  }

  /** The running instances of a model whose business keys are among {@code numbers}. */
  private List<ProcessInstance> running(String model, List<String> numbers) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(model).list().stream()
        .filter(process -> numbers.contains(process.getBusinessKey()))
        .toList();
  }

  /** {@code perNode} clients on each of the two nodes register {@code each} cases at the same time. */
  private List<String> registerAtOnce(int perNode, int each) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(2 * perNode);
    try {
      List<Future<List<String>>> registered = new ArrayList<>();
      for (ApiClient registrar : registrars) {
        for (int client = 0; client < perNode; client++) {
          registered.add(clients.submit(() -> {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < each; i++) {
              Reply reply = registrar.post("/api/cases", Intakes.groupVisit());
              assertThat(reply.code()).as(reply.body()).isEqualTo(201);
              numbers.add(reply.json().path("caseNumber").asText());
            }
            return numbers;
          }));
        }
      }
      List<String> numbers = new ArrayList<>();
      for (Future<List<String>> client : registered) {
        numbers.addAll(client.get());
      }
      return numbers;
    } finally {
      clients.shutdownNow();
    }
  }

  private static void clockAt(String chinaDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(chinaDateTime).atZone(ChinaTime.ZONE).toInstant()));
  }
}
