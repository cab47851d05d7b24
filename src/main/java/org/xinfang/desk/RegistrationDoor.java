package org.xinfang.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.xinfang.security.BodyInMemory;
import org.xinfang.security.ProblemResponses;
import org.xinfang.security.RequestSizeLimit;

/**
 * The door of every start of the desk's registration, from Tasklist, the webapps' API or
 * {@code /engine-rest}: it may submit only the fields of the registration form, as plain values,
 * and a registration the rules refuse ({@link RegistrationRefused}) is answered as the 400 it is,
 * with every reason in Chinese, instead of the engine's 500 about a process it could not start.
 */
@Component
class RegistrationDoor extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      "/(?:engine-rest|camunda/api/engine)(?:/engine/[^/]+)?/process-definition/"
          + "(?:key/RegisterPetition(?:/tenant-id/[^/]+)?|RegisterPetition:[^/]+)/(?:submit-form|start)/*");

  /** The engine's value types a form field submits; serialized objects, files and JSON are none of them. */
  private static final Set<String> PLAIN_TYPES = Set.of("String", "Boolean", "Integer", "Long", "Short", "Double",
      "Date", "Null");

  private final ObjectMapper json;
  private final ProblemResponses problems;

  RegistrationDoor(ObjectMapper json) {
    this.json = json;
    this.problems = new ProblemResponses(json);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = URLDecoder.decode(request.getRequestURI().substring(request.getContextPath().length())
        .replace("+", "%2B"), StandardCharsets.UTF_8);
    return !"POST".equals(request.getMethod()) || !START.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(RequestSizeLimit.MAX_BYTES + 1);
    if (body.length > RequestSizeLimit.MAX_BYTES) {
      refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "请求内容不能超过" + RequestSizeLimit.MAX_BYTES / 1024 + "KB");
      return;
    }
    List<String> foreign = foreignFields(body);
    if (!foreign.isEmpty()) {
      refuse(request, response, HttpStatus.BAD_REQUEST,
          "登记表中没有这些字段，不能提交：" + String.join("、", foreign));
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    RegistrationRefused.watch();
    try {
      chain.doFilter(new BodyInMemory(request, body), answer);
    } finally {
      Optional<RegistrationRefused> refused = RegistrationRefused.watched();
      if (refused.isPresent() && answer.getStatus() >= 500) {
        answer.reset();
        refuse(request, response, HttpStatus.BAD_REQUEST, refused.get().getMessage());
      } else {
        answer.copyBodyToResponse();
      }
    }
  }

  /** What the form does not have, or not as a plain value; everything but variables is the engine's. */
  private List<String> foreignFields(byte[] body) {
    JsonNode variables;
    try {
      variables = body.length == 0 ? null : json.readTree(body).path("variables");
    } catch (IOException notJson) {
      return List.of("（请求内容不是有效的JSON）");
    }
    List<String> foreign = new ArrayList<>();
    if (variables == null || variables.isMissingNode() || variables.isNull()) {
      return foreign;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue().path("value");
      String type = field.getValue().path("type").asText("String");
      if (!RegistrationForm.START_FIELDS.contains(field.getKey()) || value.isContainerNode()
          || !PLAIN_TYPES.contains(type)) {
        foreign.add(field.getKey());
      }
    }
    return foreign;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle("登记内容不符合要求");
    // Tasklist shows a refused start by the "message" of the engine's own error format
    problem.setProperty("message", detail);
    problems.send(request, response, problem);
  }
}
