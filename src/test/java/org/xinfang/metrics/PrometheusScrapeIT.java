package org.xinfang.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.xinfang.ApiClient;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.Intakes;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.TestDistrict;
import org.xinfang.notification.Notification;
import org.xinfang.notification.NotificationRepository;
import org.xinfang.notification.NotificationStatus;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * {@code /actuator/prometheus} on a database of its own, so that every figure is known: who may
 * scrape it, and that the case and outbox figures are those of the cases built here, counted on the
 * engine clock and at most once per {@link OperationsFigures#MAX_AGE}. Spring Boot's tests leave
 * the Prometheus registry out unless asked for it.
 */
@PostgresIntegrationTest
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "xinfang.test.database=metrics")
class PrometheusScrapeIT {

  private static final String SCRAPE = "/actuator/prometheus";
  private static final String UNIT = "it-metrics";
  private static final String OTHER_UNIT = "it-metrics-other";
  private static final String MONITOR = "it.monitor";
  private static final String MONITOR_PASSWORD = "monitor-secret";

  /** Wed 2026-07-15 in China: no holiday within three weeks either side, so every limit is plain. */
  private static final Instant NOW = Instant.parse("2026-07-15T02:00:00Z");

  @Autowired UnitDirectory units;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired PetitionCaseRepository cases;
  @Autowired NotificationRepository outbox;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  ApiClient registrar;

  @BeforeEach
  void district() {
    registrar = TestDistrict.registrar(units, identity, http, json);
    units.ensureUnit(UNIT, "监控测试镇", UnitKind.TOWN);
    units.ensureUnit(OTHER_UNIT, "监控测试乡", UnitKind.TOWNSHIP);
    TestUsers.ensure(identity, MONITOR, MONITOR_PASSWORD, Roles.MONITORING);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void onlyTheMonitoringAccountAndAdministratorsScrape() {
    assertThat(http.getForEntity(SCRAPE, String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(registrar.get(SCRAPE).code()).isEqualTo(403);

    ResponseEntity<String> scraped = scrape();
    assertThat(scraped.getStatusCode().value()).isEqualTo(200);
    assertThat(scraped.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
    assertThat(scraped.getBody()).contains("# TYPE xinfang_cases_open gauge", "# TYPE camunda_jobs_backlog gauge",
        "xinfang_outbox_deliveries_total{outcome=\"sent\"}", "xinfang_outbox_deliveries_total{outcome=\"retry\"}",
        "xinfang_outbox_deliveries_total{outcome=\"failed\"}", "http_server_requests_seconds_bucket");
    for (String metric : OperationsFigures.JOB_EXECUTOR_METRICS) {
      assertThat(scraped.getBody()).contains("camunda_jobs_total{event=\"" + metric + "\"}");
    }

    TestUsers.ensure(identity, "it.metrics.admin", "admin-secret", Roles.ADMINISTRATORS);
    assertThat(http.withBasicAuth("it.metrics.admin", "admin-secret").getForEntity(SCRAPE, String.class)
        .getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void countsTheOpenAndOverdueCasesTheOutboxAndTheDueJobsOnTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(NOW.minus(Duration.ofDays(21))));
    String before = scrape().getBody();
    assertThat(value(before, "xinfang_cases_open{status=\"AWAITING_ROUTING\"}")).isZero();

    List<String> built = new ArrayList<>();
    ClockUtil.setCurrentTime(Date.from(NOW.minus(Duration.ofDays(20))));
    built.add(register());
    String transferred = register();
    built.add(transferred);
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(transferred).singleResult().getId(), Map.of(
        Variables.ROUTING_DECISION, "TRANSFER",
        Variables.ROUTING_OPINION, "转监控测试镇办理。",
        Variables.RESPONSIBLE_UNIT, UNIT));
    ClockUtil.setCurrentTime(Date.from(NOW));
    built.add(register());
    built.add(register());

    String figures = scrape().getBody();

    // registered 20 days ago and never routed: past the 15 days of routing; transferred 20 days ago and
    // not accepted: past the 15 days of acceptance; the two registered today run within their limits
    assertThat(value(figures, "xinfang_cases_open{status=\"AWAITING_ROUTING\"}")).isEqualTo(3);
    assertThat(value(figures, "xinfang_cases_open{status=\"AWAITING_ACCEPTANCE\"}")).isEqualTo(1);
    assertThat(value(figures, "xinfang_cases_open{status=\"IN_HANDLING\"}")).isZero();
    assertThat(value(figures, "xinfang_cases_overdue{unit=\"petition-room\"}")).isEqualTo(1);
    assertThat(value(figures, "xinfang_cases_overdue{unit=\"" + UNIT + "\"}")).isEqualTo(1);
    assertThat(value(figures, "xinfang_cases_overdue{unit=\"" + OTHER_UNIT + "\"}")).isZero();
    assertThat(value(figures, "xinfang_outbox_pending")).isEqualTo(pendingNotifications(built)).isPositive();
    assertThat(value(figures, "xinfang_outbox_failed")).isZero();
    assertThat(value(figures, "camunda_jobs_backlog")).isEqualTo(dueJobs(NOW)).isGreaterThanOrEqualTo(2);

    // within MAX_AGE of engine time the same count serves every scrape; after it, a new one is made
    built.add(register());
    assertThat(value(scrape().getBody(), "xinfang_cases_open{status=\"AWAITING_ROUTING\"}")).isEqualTo(3);
    ClockUtil.setCurrentTime(Date.from(NOW.plus(OperationsFigures.MAX_AGE)));
    String later = scrape().getBody();
    assertThat(value(later, "xinfang_cases_open{status=\"AWAITING_ROUTING\"}")).isEqualTo(4);
    assertThat(value(later, "xinfang_outbox_pending")).isEqualTo(pendingNotifications(built));
  }

  private ResponseEntity<String> scrape() {
    return http.withBasicAuth(MONITOR, MONITOR_PASSWORD).getForEntity(SCRAPE, String.class);
  }

  private String register() {
    ApiClient.Reply registered = registrar.post("/api/cases", Intakes.groupVisit());
    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    return registered.json().path("caseNumber").asText();
  }

  /** The pending notifications of these cases and of none: this test's database holds no others. */
  private long pendingNotifications(List<String> caseNumbers) {
    List<Notification> written = new ArrayList<>(outbox.findByCaseIdIsNullOrderByIdAsc());
    caseNumbers.forEach(number -> written.addAll(
        outbox.findByCaseIdOrderByIdAsc(cases.findByCaseNumber(number).orElseThrow().getId())));
    return written.stream().filter(notification -> notification.getStatus() == NotificationStatus.PENDING).count();
  }

  /** The jobs the executor may run at {@code now}, read one by one. */
  private long dueJobs(Instant now) {
    return management.createJobQuery().list().stream()
        .filter(job -> job.getRetries() > 0 && !job.isSuspended())
        .filter(job -> job.getDuedate() == null || !job.getDuedate().toInstant().isAfter(now))
        .count();
  }

  /** The value of one sample, its labels as Micrometer writes them. */
  private static double value(String scraped, String sample) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(scraped);
    assertThat(line.find()).as("%s in%n%s", sample, scraped).isTrue();
    return Double.parseDouble(line.group(1));
  }
}
