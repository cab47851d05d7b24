package org.xinfang.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.organization.Roles;

/** Our API, its documentation and the engine's REST API answer only to authenticated users. */
@PostgresIntegrationTest
class ApiSecurityIT {

  private static final String USER = "it.clerk";
  private static final String PASSWORD = "clerk-secret";
  private static final String ADMINISTRATOR = "it.security-admin";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper json;

  @BeforeEach
  void clerk() {
    TestUsers.ensure(identity, USER, PASSWORD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/cases", "/api/units", "/api-docs", "/api-docs/ui", "/engine-rest/process-definition",
      "/engine-rest/engine"})
  void anonymousCallsAreRefusedWithAProblemDetail(String path) throws Exception {
    ResponseEntity<String> response = http.getForEntity(path, String.class);

    assertUnauthorized(response, path);
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(USER, "not-the-password")
        .getForEntity("/api/cases", String.class);

    assertUnauthorized(response, "/api/cases");
  }

  /** A page that logs in with its own form asks for a plain 401: a challenge would open the browser's own dialog. */
  @Test
  void aScriptThatAsksNotToBeChallengedGetsThe401Alone() throws Exception {
    TestUsers.ensure(identity, "it.script-clerk", PASSWORD);
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<String> response = http.withBasicAuth("it.script-clerk", "not-the-password")
        .exchange("/api/statistics?year=2025", HttpMethod.GET, new HttpEntity<>(headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(json.readTree(response.getBody()).path("title").asText()).isEqualTo("需要登录");
  }

  @Test
  void anAnonymousRegistrationIsRefused() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = http.exchange("/api/cases", HttpMethod.POST,
        new HttpEntity<>("{}", headers), String.class);

    assertUnauthorized(response, "/api/cases");
  }

  @Test
  void anAdministratorReachesTheEngineRestApi() throws Exception {
    TestUsers.ensure(identity, ADMINISTRATOR, PASSWORD, Roles.ADMINISTRATORS);
    ResponseEntity<String> response = http.withBasicAuth(ADMINISTRATOR, PASSWORD)
        .getForEntity("/engine-rest/engine", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).get(0).get("name").asText()).isNotBlank();
  }

  /** The engine's REST API is the administrators' tool; staff work in the webapps. */
  @Test
  void otherUsersAreRefusedTheEngineRestApi() throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(USER, PASSWORD)
        .exchange("/engine-rest/engine", HttpMethod.GET, null, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  @Test
  void anAuthenticatedUserReadsTheApiDocumentation() throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(USER, PASSWORD).getForEntity("/api-docs", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode paths = json.readTree(response.getBody()).get("paths");
    assertThat(paths.has("/api/cases")).isTrue();
    assertThat(paths.has("/api/cases/{caseNumber}")).isTrue();
    assertThat(paths.has("/api/units")).isTrue();
  }

  @Test
  void healthStaysOpenForMonitoring() {
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private void assertUnauthorized(ResponseEntity<String> response, String path) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(problem.get("title").asText()).isEqualTo("需要登录");
    assertThat(problem.get("instance").asText()).isEqualTo(path);
  }
}
