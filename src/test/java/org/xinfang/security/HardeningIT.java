package org.xinfang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.Intakes;
import org.xinfang.organization.Roles;

/**
 * Camunda's security instructions and ours, checked over HTTP: a login everywhere, problem details
 * on every error, size limits, security headers, the webapps' CSRF protection, hashed passwords,
 * no Java serialization, a limit on the results of the engine's list queries.
 */
@PostgresIntegrationTest
class HardeningIT {

  private static final String USER = "it.hardening";
  private static final String ADMINISTRATOR = "it.hardening-admin";
  private static final String PASSWORD = "hardening-secret";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  final HttpClient http = HttpClient.newHttpClient();
  ApiClient user;
  ApiClient administrator;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, USER, PASSWORD, Roles.PETITION_ROOM);
    TestUsers.ensure(identity, ADMINISTRATOR, PASSWORD, Roles.ADMINISTRATORS);
    user = new ApiClient(rest, json, USER, PASSWORD);
    administrator = new ApiClient(rest, json, ADMINISTRATOR, PASSWORD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/audit", "/api/cases/XF-2026-00001/petitioners", "/api/nothing-here",
      "/actuator/env", "/actuator/info", "/swagger-ui/index.html", "/api-docs/ui"})
  void anonymousCallsAreRefused(String path) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());

    assertThat(response.statusCode()).as(path).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/no-such-page", "/camunda-welcome", "/actuator-like", "/lookup-not"})
  void anonymousCallsToAnyOtherPathAreRefusedWithoutABrowserDialog(String path) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());

    assertThat(response.statusCode()).as(path).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void thePetitionersLookupPageIsOpen() throws Exception {
    assertThat(send(HttpRequest.newBuilder(uri("/lookup/")).GET()).statusCode()).isEqualTo(200);
  }

  @Test
  void theWebappsShowTheirLoginPageAndRefuseTheirApiToAnonymousCallers() throws Exception {
    HttpResponse<String> login = send(HttpRequest.newBuilder(tasklist()).GET());
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/" + engine.getName() + "/task/count")).GET());
    assertThat(api.statusCode()).isEqualTo(401);
  }

  @Test
  void theWebappsRefuseAChangeWithoutTheirCsrfToken() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpRequest.Builder login = HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/" + engine.getName() + "/login/tasklist"))
        .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        .POST(BodyPublishers.ofString("username=" + USER + "&password=" + PASSWORD));

    HttpResponse<String> forged = browser.send(login.build(), BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);

    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(tasklist()).GET().build(),
        BodyHandlers.ofString());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> genuine = browser.send(login.header("X-XSRF-TOKEN", token).build(), BodyHandlers.ofString());
    assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);
    assertThat(((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies())
        .filteredOn(cookie -> cookie.getName().equals("JSESSIONID")).allMatch(HttpCookie::isHttpOnly);
  }

  @Test
  void theApiAnswersWithSecurityHeaders() {
    Reply cases = user.get("/api/cases");

    assertThat(cases.code()).isEqualTo(200);
    assertThat(cases.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(cases.headers().getCacheControl()).contains("no-store");
    assertThat(cases.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(cases.headers().getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(cases.headers().getFirst("Content-Security-Policy")).contains("default-src 'self'",
        "frame-ancestors 'none'", "object-src 'none'");
  }

  @Test
  void unknownPathsAreProblems() {
    user.get("/no-such-page").assertIsCleanProblem(404);
    new ApiClient(rest, json, "nobody", "no-password").get("/no-such-page").assertIsCleanProblem(401);
    user.get("/error").assertIsCleanProblem(404);
    // the engine's REST API keeps its own documented error format, without internals
    Reply engineRest = administrator.get("/engine-rest/no-such-resource");
    assertThat(engineRest.code()).isEqualTo(404);
    assertThat(engineRest.body()).doesNotContain("at org.", "SQL");
  }

  /**
   * Addresses Tomcat refuses before the application sees them (an encoded slash or backslash, a NUL,
   * bytes that are no UTF-8) and those Spring Security's firewall refuses (a dot segment, a double
   * slash, a semicolon), with a login and without: a problem detail, never Tomcat's HTML page.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/api/cases/%2e%2e%2fadmin", "/api/cases/%00", "/api/cases/a%2Fb", "/api/cases/a%5Cb",
      "/api/cases/%ff", "/api/cases/a;b", "/api//cases", "/api/cases/%2e%2e/audit", "/lookup/%00",
      "/camunda/%2e%2e%2fapp", "/engine-rest/%00"})
  void malformedAddressesAreRefusedWithProblems(String path) throws Exception {
    for (boolean loggedIn : new boolean[] {true, false}) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
      if (loggedIn) {
        request.header("Authorization", basic(USER));
      }
      HttpResponse<String> response = send(request);

      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
          type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
      var problem = json.readTree(response.body());
      assertThat(problem.path("status").asInt()).isEqualTo(400);
      assertThat(problem.path("title").asText()).isEqualTo("请求有误");
      assertThat(problem.path("detail").asText()).as(path).isNotBlank();
      assertThat(response.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html", "exception");
    }
  }

  @Test
  void aParameterNameWithAControlCharacterIsRefusedWithAProblem() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/cases?%00=1")).GET()
        .header("Authorization", basic(USER)));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    assertThat(json.readTree(response.body()).path("title").asText()).isEqualTo("请求有误");
  }

  @Test
  void aValueOfAnotherJsonTypeIsRefusedNotConverted() {
    Map<String, Map.Entry<Object, String>> wrong = Map.of(
        "title", Map.entry(42, "必须是文本"),
        "content", Map.entry(true, "必须是文本"),
        "personCount", Map.entry("3", "必须是整数"),
        "channel", Map.entry(0, "取值无效"));
    long cases = jdbc.queryForObject("select count(*) from petition_case", Long.class);
    wrong.forEach((field, value) -> {
      Map<String, Object> intake = Intakes.groupVisit();
      intake.put(field, value.getKey());

      Reply refused = user.post("/api/cases", intake);

      refused.assertIsCleanProblem(400);
      assertThat(refused.namesField(field)).as(refused.body()).isTrue();
      assertThat(refused.json().path("errors").get(0).path("reason").asText()).startsWith(value.getValue());
    });
    Map<String, Object> fraction = Intakes.groupVisit();
    fraction.put("personCount", 2.5);
    assertThat(user.post("/api/cases", fraction).namesField("personCount")).isTrue();
    // a number of days since 1970 is no date
    Reply epochDay = user.post("/api/cases/XF-2026-99999/review-requests", Map.of("requestedOn", 20_000));
    epochDay.assertIsCleanProblem(400);
    assertThat(epochDay.namesField("requestedOn")).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from petition_case", Long.class)).isEqualTo(cases);
  }

  @Test
  void aPageBeyondTheBoundsIsRefusedNamingTheField() {
    Reply farAway = user.get("/api/cases?page=21474837&size=100");

    farAway.assertIsCleanProblem(400);
    assertThat(farAway.namesField("page")).as(farAway.body()).isTrue();
    assertThat(farAway.json().path("errors").get(0).path("reason").asText()).isEqualTo("不能超过100000");
    assertThat(user.get("/api/cases?page=100000&size=100").code()).isEqualTo(200);
    Reply notANumber = user.get("/api/cases?page=99999999999");
    notANumber.assertIsCleanProblem(400);
    assertThat(notANumber.namesField("page")).isTrue();
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
    String large = "{\"title\": \"" + "长".repeat(RequestSizeLimit.MAX_BYTES / 3 + 1) + "\"}";

    user.postRaw("/api/cases", large, MediaType.APPLICATION_JSON).assertIsCleanProblem(413);

    // a body of undeclared length (chunked) is cut off at the limit
    HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/cases"))
        .header("Authorization", basic(USER))
        .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
        .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(json.readTree(chunked.body()).path("title").asText()).isEqualTo("请求内容过大");
  }

  @Test
  void aSmallChunkedBodyIsReadAsUsual() throws Exception {
    HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/cases"))
        .header("Authorization", basic(USER))
        .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
        .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{\"title\": \"t\"".getBytes()))));

    assertThat(chunked.statusCode()).isEqualTo(400);
    assertThat(chunked.body()).contains("不是有效的JSON");
  }

  @Test
  void passwordsAreStoredSaltedAndHashed() {
    String stored = jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, USER);
    String salt = jdbc.queryForObject("select salt_ from act_id_user where id_ = ?", String.class, USER);

    assertThat(stored).startsWith("{SHA-512}").doesNotContain(PASSWORD);
    assertThat(salt).isNotBlank();
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    Task task = tasks.newTask();
    tasks.saveTask(task);
    String serialized = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5});
    try {
      assertThatThrownBy(() -> tasks.setVariable(task.getId(), "payload",
          Variables.serializedObjectValue(serialized).serializationDataFormat(SerializationDataFormats.JAVA)
              .objectTypeName("java.util.HashMap").create()))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("Java serialization");
      assertThat(tasks.getVariables(task.getId())).isEmpty();
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }

  @Test
  void listQueriesOfTheEngineRestApiAreLimited() {
    String tasks = "/engine-rest/engine/" + engine.getName() + "/task";

    assertThat(administrator.get(tasks + "?maxResults=2000").code()).isEqualTo(200);
    assertThat(administrator.get(tasks + "?maxResults=2001").code()).isEqualTo(400);
    assertThat(administrator.get(tasks).code()).isEqualTo(400);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), BodyHandlers.ofString());
  }

  private URI tasklist() {
    return uri("/camunda/app/tasklist/" + engine.getName() + "/");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String userId) {
    return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
