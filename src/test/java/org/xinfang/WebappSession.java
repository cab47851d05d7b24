package org.xinfang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.xinfang.ApiClient.Reply;

/**
 * A user logged in to the webapps as a browser is: the session cookie and the CSRF token Tasklist
 * sends with every change, calling the engine API Tasklist itself calls.
 */
public final class WebappSession {

  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String base;
  private final String engine;
  private final ObjectMapper json;
  private String csrfToken;

  private WebappSession(String base, String engine, ObjectMapper json) {
    this.base = base;
    this.engine = engine;
    this.json = json;
  }

  public static WebappSession login(int port, String engine, String user, String password, ObjectMapper json) {
    WebappSession session = new WebappSession("http://localhost:" + port, engine, json);
    session.refreshToken();
    Reply login = session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/" + engine + "/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", session.csrfToken)
        .POST(BodyPublishers.ofString("username=" + user + "&password=" + password)));
    assertThat(login.code()).as(login.body()).isEqualTo(200);
    // the login starts a new session, with a token of its own
    session.refreshToken();
    return session;
  }

  /** POST to the engine API of the webapps, e.g. {@code /task/{id}/submit-form}. */
  public Reply post(String enginePath, String body) {
    return send(engineRequest(enginePath).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(body)));
  }

  public Reply put(String enginePath, String body) {
    return send(engineRequest(enginePath).header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString(body)));
  }

  public Reply get(String enginePath) {
    return send(engineRequest(enginePath).GET());
  }

  /** GET from our own API with the webapp login, as the desk's pages call it. */
  public Reply getApi(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
  }

  /** POST to our own API with the webapp login, with or without the webapps' CSRF token. */
  public Reply postApi(String path, String body, boolean withCsrfToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body));
    if (withCsrfToken) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    return send(request);
  }

  private HttpRequest.Builder engineRequest(String enginePath) {
    return HttpRequest.newBuilder(uri("/camunda/api/engine/engine/" + engine + enginePath))
        .header("X-XSRF-TOKEN", csrfToken).header("Accept", "application/json");
  }

  private void refreshToken() {
    try {
      HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).GET().build(),
          BodyHandlers.ofString());
      csrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = browser.send(request.build(), BodyHandlers.ofString());
      HttpHeaders headers = new HttpHeaders();
      response.headers().map().forEach(headers::addAll);
      String body = response.body();
      return new Reply(HttpStatusCode.valueOf(response.statusCode()), headers, body, parsed(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode parsed(String body) {
    try {
      return json.readTree(body);
    } catch (IOException notJson) {
      return MissingNode.getInstance();
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }
}
