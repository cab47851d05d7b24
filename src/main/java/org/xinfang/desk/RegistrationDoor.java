package org.xinfang.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
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
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xinfang.security.BodyInMemory;
import org.xinfang.security.ProblemResponses;
import org.xinfang.security.RequestSizeLimit;

/**
 * The door of every start of the desk's registration, from Tasklist, the webapps' API or
 * {@code /engine-rest}: it may submit only the fields of the registration form, as plain values,
 * and a registration the rules refuse ({@link RegistrationRefused}) is answered here as the 400 it
 * is, with every reason in Chinese. The engine never sees it: its REST API would report the start
 * it could not make as a server error (500, logged as a warning), and a refusal is the user's input.
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
  private final DeskRegistration registration;

  RegistrationDoor(ObjectMapper json, DeskRegistration registration) {
    this.json = json;
    this.problems = new ProblemResponses(json);
    this.registration = registration;
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
    JsonNode variables;
    try {
      variables = body.length == 0 ? MissingNode.getInstance() : json.readTree(body).path("variables");
    } catch (IOException notJson) {
      refuse(request, response, HttpStatus.BAD_REQUEST, "请求内容不是有效的JSON");
      return;
    }
    List<String> foreign = foreignFields(variables);
    if (!foreign.isEmpty()) {
      refuse(request, response, HttpStatus.BAD_REQUEST,
          "登记表中没有这些字段，不能提交：" + String.join("、", foreign));
      return;
    }
    try {
      registration.valid(RegistrationForm.read(name -> value(variables.path(name).path("value"))));
    } catch (RegistrationRefused refused) {
      refuse(request, response, HttpStatus.BAD_REQUEST, refused.getMessage());
      return;
    }
    chain.doFilter(new BodyInMemory(request, body), response);
  }

  /** A submitted value as the engine would hold it; a value of another kind than its field's is no value. */
  private static Object value(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    return value.isNumber() ? value.numberValue() : null;
  }

  /** What the form does not have, or not as a plain value; everything but variables is the engine's. */
  private static List<String> foreignFields(JsonNode variables) {
    List<String> foreign = new ArrayList<>();
    if (!variables.isObject()) {
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
