package org.xinfang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the running application over HTTP as one user, and reads the JSON it answers. */
public class ApiClient {

  /** An answer: status, headers and the body, raw and parsed. */
  public record Reply(HttpStatusCode status, HttpHeaders headers, String body, JsonNode json) {

    public int code() {
      return status.value();
    }

    /** A problem detail whose errors name the given field (its JSON path), or null for the whole request. */
    public boolean namesField(String field) {
      return StreamSupport.stream(json.path("errors").spliterator(), false)
          .anyMatch(error -> field == null ? error.path("field").isNull() : field.equals(error.path("field").asText()));
    }

    /** Problem details only, never what the server knows about itself. */
    public void assertIsCleanProblem(int status) {
      assertThat(code()).as(body).isEqualTo(status);
      assertThat(headers.getContentType()).isNotNull();
      assertThat(headers.getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(body).isTrue();
      assertThat(json.path("status").asInt()).isEqualTo(status);
      assertThat(json.path("title").asText()).isNotBlank();
      assertThat(body).doesNotContainIgnoringCase("exception")
          .doesNotContain("at org.", "at java.")
          .doesNotContainIgnoringCase("sql")
          .doesNotContainIgnoringCase("select ")
          .doesNotContainIgnoringCase("insert ")
          .doesNotContain("jackson");
    }
  }

  private final TestRestTemplate http;
  private final ObjectMapper json;

  public ApiClient(TestRestTemplate http, ObjectMapper json, String user, String password) {
    this.http = http.withBasicAuth(user, password);
    this.json = json;
  }

  public Reply get(String path) {
    return exchange(HttpMethod.GET, path, null);
  }

  public Reply post(String path, Object body) {
    return exchange(HttpMethod.POST, path, body);
  }

  public Reply postRaw(String path, String body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return reply(http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class));
  }

  public Reply postBytes(String path, byte[] body, MediaType type) {
    return exchangeBytes(HttpMethod.POST, path, body, type);
  }

  public Reply exchangeBytes(HttpMethod method, String path, byte[] body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return reply(http.exchange(path, method, new HttpEntity<>(body, headers), String.class));
  }

  /** A file the API makes: its bytes as they come, whatever the status. */
  public ResponseEntity<byte[]> download(String path, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    if (accept != null) {
      headers.setAccept(List.of(accept));
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  public Reply exchange(HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return reply(http.exchange(path, method, new HttpEntity<>(body, headers), String.class));
  }

  private Reply reply(ResponseEntity<String> response) {
    try {
      JsonNode parsed = response.getBody() == null ? json.missingNode() : json.readTree(response.getBody());
      return new Reply(response.getStatusCode(), response.getHeaders(), response.getBody(), parsed);
    } catch (JsonProcessingException notJson) {
      throw new AssertionError("not JSON: " + response.getBody(), notJson);
    }
  }
}
