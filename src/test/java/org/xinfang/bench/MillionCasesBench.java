package org.xinfang.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.deadline.ChinaTime;

/**
 * P3 of the performance goals: the lists the product shows, at a million cases (docs/benchmarks.md).
 * Each figure goes through the product's own code: the API over the full web stack (security, the
 * controller, the service, JPA, JSON) or, for Tasklist, the engine's filter query as Tasklist runs it.
 */
@BenchDatabase
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MillionCasesBench {

  static final int CASES = Integer.getInteger("bench.cases", 1_000_000);
  static final int OPEN = Integer.getInteger("bench.open", 100_000);
  static final int RUNS = Integer.getInteger("bench.runs", 200);

  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc http;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  @Test
  @Order(1)
  void generate() throws SQLException {
    // one connection throughout: the load's session settings and its temporary tables live in it
    try (Connection connection = jdbc.getDataSource().getConnection()) {
      generate(new MillionCases(new JdbcTemplate(new SingleConnectionDataSource(connection, true))));
    }
  }

  private void generate(MillionCases cases) {
    long existing = cases.caseCount();
    if (existing >= CASES) {
      System.out.printf("%n%,d cases already there (target %,d): nothing generated%n", existing, CASES);
      return;
    }
    System.out.printf("%nGenerating %,d cases, %,d of them open, beside the %,d there%n", CASES - existing, OPEN, existing);
    long start = System.nanoTime();
    Map<String, Long> rows = cases.generate((int) (CASES - existing - OPEN), OPEN);
    System.out.printf("Generated %,d rows in %.1f s%n", rows.values().stream().mapToLong(Long::longValue).sum(),
        (System.nanoTime() - start) / 1e9);
    assertThat(cases.caseCount()).isGreaterThanOrEqualTo(CASES);
  }

  @Test
  @Order(2)
  void queries() throws Exception {
    System.out.printf("%nMeasuring at %,d cases (%,d open); load average %s%n", jdbc.queryForObject(
        "select count(*) from petition_case", Long.class), jdbc.queryForObject(
        "select count(*) from petition_case where status in (" + Arrays.stream(CaseStatus.values())
            .filter(status -> !status.isFinished()).map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ")) + ")", Long.class), loadAverage());
    List<String> report = new ArrayList<>();
    for (Figure figure : figures()) {
      Latencies latencies = Latencies.of(figure.warmUp(), figure.runs(), figure.call());
      String line = String.format("%-34s %10.1f %10.1f %10.0f  %s", figure.name(), latencies.p50(), latencies.p95(),
          figure.goalMillis(), latencies.p95() <= figure.goalMillis() ? "yes" : "NO");
      System.out.println(line + "   (" + figure.runs() + " runs)");
      report.add(line);
    }
    System.out.printf("%n%-34s %10s %10s %10s  %s%n", "figure", "p50 ms", "p95 ms", "goal ms", "reached");
    report.forEach(System.out::println);
    System.out.printf("load average after: %s%n", loadAverage());
  }

  private record Figure(String name, int warmUp, int runs, double goalMillis, Latencies.Call call) {}

  /** Every figure of P3 with its goal: the year before this one is the last whole year. */
  private List<Figure> figures() {
    int year = java.time.LocalDate.now(ChinaTime.ZONE).getYear() - 1;
    List<String> numbers = jdbc.queryForList(
        "select case_number from petition_case tablesample system (1) limit 1000", String.class);
    List<String> searches = List.of(
        "?status=IN_HANDLING&unit=dongcheng",
        "?overdue=true",
        "?registeredFrom=" + year + "-03-01&registeredTo=" + year + "-03-31&channel=VISIT",
        "?caseClass=ACCUSATION&firstTime=false",
        "?unit=jiaoyu&registeredFrom=" + year + "-01-01&registeredTo=" + year + "-12-31",
        "?page=50");
    return List.of(
        new Figure("统计：全区一年，按单位", 1, 5, 2000,
            () -> ok("bgs.liu", "/api/statistics?year=" + year + "&groupBy=UNIT")),
        new Figure("统计：全区一年，按月", 1, 5, 2000,
            () -> ok("bgs.liu", "/api/statistics?year=" + year + "&groupBy=MONTH")),
        new Figure("督查：各单位超期清单", 10, RUNS / 2, 50, () -> ok("ducha.sun", "/api/supervision/deadlines")),
        new Figure("按事项编号查询", 50, RUNS * 5, 10,
            () -> ok("xfs.zhao", "/api/cases/" + numbers.get(ThreadLocalRandom.current().nextInt(numbers.size())))),
        new Figure("事项检索（常用条件）", 20, RUNS, 100,
            () -> ok("xfs.zhao", "/api/cases" + searches.get(ThreadLocalRandom.current().nextInt(searches.size())))),
        new Figure("事项检索：单位经办人的本单位事项", 20, RUNS, 100, () -> ok("dongcheng.jb", "/api/cases")),
        new Figure("Tasklist 本单位待办（单位经办人）", 20, RUNS, 200,
            () -> tasklistPage("本单位待办", "dongcheng.jb", List.of("unit-dongcheng-handlers"))),
        new Figure("Tasklist 已超期（单位经办人）", 20, RUNS, 200,
            () -> tasklistPage("已超期", "dongcheng.jb", List.of("unit-dongcheng-handlers"))),
        new Figure("Tasklist 信访室待办", 20, RUNS, 200,
            () -> tasklistPage("信访室待办", "xfs.zhao", List.of("petition-room"))));
  }

  private void ok(String user, String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    http.perform(get(path).header("Authorization", "Basic " + basic)).andExpect(status().isOk());
  }

  /**
   * What Tasklist asks when a user opens a filter: its first page, newest first, the count, and the
   * variables its columns show for the tasks on the page.
   */
  private void tasklistPage(String filterName, String user, List<String> groups) {
    identity.setAuthentication(user, groups);
    try {
      Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
      List<Task> page = filters.listPage(filter.getId(), tasks.createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
      filters.count(filter.getId());
      @SuppressWarnings("unchecked")
      List<Map<String, String>> columns = (List<Map<String, String>>) filter.getProperties().get("variables");
      if (!page.isEmpty()) {
        runtime.createVariableInstanceQuery()
            .variableScopeIdIn(page.stream().map(Task::getId).toArray(String[]::new))
            .variableNameIn(columns.stream().map(column -> column.get("name")).toArray(String[]::new))
            .listPage(0, page.size() * columns.size());
      }
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
