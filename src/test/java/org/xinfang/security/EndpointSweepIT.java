package org.xinfang.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.PetitionProcess;

/**
 * Every endpoint of the application, asked by every role, over HTTP: each answer is the one the
 * design gives that role. The endpoints are read from Spring MVC itself, so an endpoint added
 * without saying who may call it fails this test until its row is added to {@link #expectations()}.
 */
@PostgresIntegrationTest
class EndpointSweepIT {

  private static final String PASSWORD = "sweep-secret";
  private static final String UNIT = "it-sweep-unit";
  private static final String OTHER_UNIT = "it-sweep-other";
  /** Spring Boot's error page: the container forwards failed requests there, nobody calls it. */
  private static final String ERROR_PAGE = "ANY /error";

  /** Who calls: one user per role, and nobody. */
  enum Role {
    ANONYMOUS(null),
    REGISTRAR(Roles.PETITION_ROOM),
    MEDIATION_ROOM(Roles.MEDIATION_ROOM),
    OFFICE(Roles.OFFICE),
    BUREAU_LEADER(Roles.BUREAU_LEADERS),
    DISTRICT_LEADER(Roles.DISTRICT_LEADERS),
    SUPERVISOR(Roles.SUPERVISORS),
    DISCIPLINE(Roles.DISCIPLINE),
    HANDLER_OF_THE_CASES_UNIT(Roles.unitHandlers(UNIT)),
    HANDLER_OF_ANOTHER_UNIT(Roles.unitHandlers(OTHER_UNIT)),
    ADMINISTRATOR(Roles.ADMINISTRATORS);

    final String group;

    Role(String group) {
      this.group = group;
    }

    String userId() {
      return "it.sweep." + name().toLowerCase().replace('_', '-');
    }
  }

  /** A call to make and what each role gets back. */
  record Expectation(HttpMethod method, Supplier<String> path, Supplier<Object> body, Map<Role, Integer> statuses) {}

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired TaskService tasks;
  @Autowired PetitionCaseRepository cases;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  String caseNumber;

  @BeforeEach
  void district() {
    units.ensureBureauRoles();
    units.ensureUnit(UNIT, "扫描测试街道", UnitKind.STREET);
    units.ensureUnit(OTHER_UNIT, "扫描测试镇", UnitKind.TOWN);
    for (Role role : Role.values()) {
      if (role.group != null) {
        TestUsers.ensure(identity, role.userId(), PASSWORD, role.group);
      }
    }
    caseNumber = caseRoutedTo(UNIT);
  }

  @Test
  void everyEndpointHasAnExpectationForEveryRole() {
    Set<String> missing = new TreeSet<>(endpoints());
    missing.removeAll(expectations().keySet());
    missing.remove(ERROR_PAGE);

    assertThat(missing).as("endpoints without an expectation: add them to expectations()").isEmpty();
    assertThat(expectations().values()).allSatisfy(expectation ->
        assertThat(expectation.statuses().keySet()).containsExactlyInAnyOrder(Role.values()));
  }

  @Test
  void everyRoleGetsTheDesignedAnswerFromEveryEndpoint() {
    List<String> wrong = new ArrayList<>();
    expectations().forEach((endpoint, expectation) -> expectation.statuses().forEach((role, expected) -> {
      int actual = call(role, expectation);
      if (actual != expected) {
        wrong.add(endpoint + " as " + role + ": expected " + expected + ", got " + actual);
      }
    }));

    assertThat(wrong).isEmpty();
  }

  /** "GET /api/cases/{caseNumber}" for every handler method Spring MVC dispatches to. */
  private Set<String> endpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (methods.isEmpty()) {
          endpoints.add("ANY " + pattern);
        }
        methods.forEach(method -> endpoints.add(method + " " + pattern));
      }
    }
    return endpoints;
  }

  private Map<String, Expectation> expectations() {
    Map<String, Expectation> all = new LinkedHashMap<>();
    // cases: the petition room registers; each user sees the cases of their unit, the bureau all
    all.put("POST /api/cases", new Expectation(HttpMethod.POST, () -> "/api/cases", EndpointSweepIT::registration,
        only(Role.REGISTRAR, 201, 403)));
    all.put("GET /api/cases", get("/api/cases?size=5", everyone(200)));
    all.put("GET /api/cases/{caseNumber}", get(() -> "/api/cases/" + caseNumber,
        with(everyone(200), Role.HANDLER_OF_ANOTHER_UNIT, 404)));
    // full ID and phone numbers: the petition room and the discipline channel, each view audited
    all.put("GET /api/cases/{caseNumber}/petitioners", get(() -> "/api/cases/" + caseNumber + "/petitioners",
        with(only(Role.REGISTRAR, 200, 403), Role.DISCIPLINE, 200)));
    // the audit log is the administrators'
    all.put("GET /api/audit", get("/api/audit?size=5", only(Role.ADMINISTRATOR, 200, 403)));
    // the historical import: the office and administrators; a JSON body passes security and is refused as no file (415)
    all.put("POST /api/imports/cases", new Expectation(HttpMethod.POST, () -> "/api/imports/cases?dryRun=true",
        Map::of, with(only(Role.OFFICE, 415, 403), Role.ADMINISTRATOR, 415)));
    all.put("GET /api/supervision/deadlines", get("/api/supervision/deadlines", everyone(200)));
    // the figures: the whole district's for the office, the leaders and the supervisors; a unit's own for its staff
    all.put("GET /api/statistics", get("/api/statistics?year=2026", statistics(200)));
    all.put("GET /api/statistics/cases", get("/api/statistics/cases?indicator=ITEMS&year=2026&unit=" + UNIT,
        with(statistics(200), Role.HANDLER_OF_ANOTHER_UNIT, 403)));
    // the annual self-evaluation is the whole district's: a unit's staff get none of it
    all.put("GET /api/statistics/annual/{year}", get("/api/statistics/annual/2026?format=json",
        with(with(statistics(200), Role.HANDLER_OF_THE_CASES_UNIT, 403), Role.HANDLER_OF_ANOTHER_UNIT, 403)));
    // the year's targets: set by the office or an administrator, read by them and the district's watchers
    all.put("GET /api/statistics/targets/{year}", get("/api/statistics/targets/2099", with(with(with(
        statistics(200), Role.HANDLER_OF_THE_CASES_UNIT, 403), Role.HANDLER_OF_ANOTHER_UNIT, 403), Role.ADMINISTRATOR, 200)));
    all.put("PUT /api/statistics/targets/{year}", new Expectation(HttpMethod.PUT, () -> "/api/statistics/targets/2099",
        () -> Map.of("targets", List.of()), with(only(Role.OFFICE, 200, 403), Role.ADMINISTRATOR, 200)));
    // the petition room looks for earlier cases before registering, and records requests for review
    all.put("POST /api/cases/matches", new Expectation(HttpMethod.POST, () -> "/api/cases/matches",
        EndpointSweepIT::registration, only(Role.REGISTRAR, 200, 403)));
    // a desk registration's receipt: the petition room passes security; no such registration waits for a receipt
    all.put("POST /api/registrations/{registrationId}/receipt", new Expectation(HttpMethod.POST,
        () -> "/api/registrations/no-such-registration/receipt", Map::of, only(Role.REGISTRAR, 404, 403)));
    // the case is still in handling: the petition room passes security and is told it cannot be reviewed yet
    all.put("POST /api/cases/{caseNumber}/review-requests", new Expectation(HttpMethod.POST,
        () -> "/api/cases/" + caseNumber + "/review-requests", Map::of, only(Role.REGISTRAR, 409, 403)));
    // ratings: read with the case; recorded by the petition room (not before the reply: 409)
    all.put("GET /api/cases/{caseNumber}/rating", get(() -> "/api/cases/" + caseNumber + "/rating",
        with(everyone(200), Role.HANDLER_OF_ANOTHER_UNIT, 404)));
    all.put("POST /api/cases/{caseNumber}/rating", new Expectation(HttpMethod.POST,
        () -> "/api/cases/" + caseNumber + "/rating",
        () -> Map.of("department", "SATISFIED", "unit", "SATISFIED", "channel", "PHONE"), only(Role.REGISTRAR, 409, 403)));
    // leaders' instructions: read with the case, given by the bureau's and the district's leaders
    all.put("GET /api/cases/{caseNumber}/instructions", get(() -> "/api/cases/" + caseNumber + "/instructions",
        with(everyone(200), Role.HANDLER_OF_ANOTHER_UNIT, 404)));
    all.put("POST /api/cases/{caseNumber}/instructions", new Expectation(HttpMethod.POST,
        () -> "/api/cases/" + caseNumber + "/instructions",
        () -> Map.of("text", "请抓紧办理，按期答复。", "addressee", UNIT, "days", 10),
        with(only(Role.BUREAU_LEADER, 201, 403), Role.DISTRICT_LEADER, 201)));
    // the petitioner's lookup needs no login, only the query code (a rating before the reply: 409)
    all.put("POST /api/public/lookup", new Expectation(HttpMethod.POST, () -> "/api/public/lookup",
        this::lookup, anyone(200)));
    all.put("POST /api/public/lookup/rating", new Expectation(HttpMethod.POST, () -> "/api/public/lookup/rating",
        () -> Map.of("lookup", lookup(), "department", "SATISFIED", "unit", "SATISFIED"), anyone(409)));
    // reference data: everyone reads, administrators change
    all.put("GET /api/due-dates", get("/api/due-dates?from=2026-03-02&days=15", everyone(200)));
    all.put("GET /api/units", get("/api/units", everyone(200)));
    all.put("GET /api/units/{code}", get("/api/units/" + UNIT, everyone(200)));
    all.put("POST /api/units", new Expectation(HttpMethod.POST, () -> "/api/units", EndpointSweepIT::newUnit,
        only(Role.ADMINISTRATOR, 201, 403)));
    all.put("PUT /api/units/{code}", new Expectation(HttpMethod.PUT, () -> "/api/units/" + UNIT,
        () -> Map.of("name", "扫描测试街道", "active", true), only(Role.ADMINISTRATOR, 200, 403)));
    all.put("GET /api/holiday-calendar", get("/api/holiday-calendar", everyone(200)));
    all.put("GET /api/holiday-calendar/{year}", get("/api/holiday-calendar/2026", everyone(200)));
    // a year never loaded has no recount: every logged-in role is told so alike
    all.put("GET /api/holiday-calendar/{year}/recount", get("/api/holiday-calendar/2099/recount", everyone(404)));
    // an empty schedule: the administrator passes security and is told what is missing, nothing changes
    all.put("PUT /api/holiday-calendar/{year}", new Expectation(HttpMethod.PUT, () -> "/api/holiday-calendar/2026",
        () -> Map.of(), only(Role.ADMINISTRATOR, 400, 403)));
    // the API's documentation, for every user
    all.put("GET /api-docs", get("/api-docs", everyone(200)));
    all.put("GET /api-docs.yaml", get("/api-docs.yaml", everyone(200)));
    all.put("GET /api-docs/swagger-config", get("/api-docs/swagger-config", everyone(200)));
    all.put("GET /api-docs/ui", get("/api-docs/ui", everyone(200)));
    return all;
  }

  private int call(Role role, Expectation expectation) {
    TestRestTemplate client = role == Role.ANONYMOUS ? http : http.withBasicAuth(role.userId(), PASSWORD);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Object body = expectation.body() == null ? null : expectation.body().get();
    return client.exchange(expectation.path().get(), expectation.method(), new HttpEntity<>(body, headers), String.class)
        .getStatusCode().value();
  }

  private static Expectation get(String path, Map<Role, Integer> statuses) {
    return get(() -> path, statuses);
  }

  private static Expectation get(Supplier<String> path, Map<Role, Integer> statuses) {
    return new Expectation(HttpMethod.GET, path, null, statuses);
  }

  /** Every user gets {@code status}; the anonymous caller is asked to log in. */
  private static Map<Role, Integer> everyone(int status) {
    Map<Role, Integer> statuses = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      statuses.put(role, role == Role.ANONYMOUS ? 401 : status);
    }
    return statuses;
  }

  /** The roles that see figures: the office, the leaders, the supervisors, and each unit's staff. */
  private static Map<Role, Integer> statistics(int status) {
    Map<Role, Integer> statuses = everyone(403);
    for (Role role : List.of(Role.OFFICE, Role.BUREAU_LEADER, Role.DISTRICT_LEADER, Role.SUPERVISOR,
        Role.HANDLER_OF_THE_CASES_UNIT, Role.HANDLER_OF_ANOTHER_UNIT)) {
      statuses.put(role, status);
    }
    return statuses;
  }

  /** Open to anyone, logged in or not. */
  private static Map<Role, Integer> anyone(int status) {
    return with(everyone(status), Role.ANONYMOUS, status);
  }

  private static Map<Role, Integer> only(Role allowed, int status, int others) {
    return with(everyone(others), allowed, status);
  }

  private static Map<Role, Integer> with(Map<Role, Integer> statuses, Role role, int status) {
    statuses.put(role, status);
    return statuses;
  }

  private static Object registration() {
    Map<String, Object> petitioner = new LinkedHashMap<>();
    petitioner.put("name", "王五");
    petitioner.put("phone", "13812345678");
    Map<String, Object> intake = new LinkedHashMap<>();
    intake.put("channel", "VISIT");
    intake.put("personCount", 1);
    intake.put("caseClass", "CLAIM");
    intake.put("subjectCategory", "URBAN_CONSTRUCTION");
    intake.put("title", "反映小区路灯不亮");
    intake.put("content", "小区路灯损坏多日无人维修。");
    intake.put("petitioners", List.of(petitioner));
    return intake;
  }

  private Map<String, String> lookup() {
    return Map.of("caseNumber", caseNumber, "queryCode", cases.findByCaseNumber(caseNumber).orElseThrow().getQueryCode());
  }

  private static Object newUnit() {
    return Map.of("code", "it-sweep-" + UUID.randomUUID().toString().substring(0, 8), "name",
        "扫描新建单位" + UUID.randomUUID().toString().substring(0, 8), "kind", "DEPARTMENT");
  }

  /** A case the registrar registered and the petition room transferred to {@code unit}. */
  private String caseRoutedTo(String unit) {
    String number = http.withBasicAuth(Role.REGISTRAR.userId(), PASSWORD)
        .exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(registration(), jsonHeaders()), Map.class)
        .getBody().get("caseNumber").toString();
    Task routing = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    tasks.complete(routing.getId(), Map.of(
        PetitionProcess.Variables.ROUTING_DECISION, "TRANSFER",
        PetitionProcess.Variables.ROUTING_OPINION, "属地管理，转该单位办理。",
        PetitionProcess.Variables.RESPONSIBLE_UNIT, unit));
    return number;
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
