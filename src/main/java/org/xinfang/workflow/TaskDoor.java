package org.xinfang.workflow;

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
import java.util.regex.Matcher;
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
 * The one door every task action passes, whether it comes from Tasklist, the webapps' API or
 * {@code /engine-rest}: a completion (complete, submit-form, resolve) may set only the fields its
 * task's Camunda Form lets the handler fill in, as plain values. Anything else is refused with a
 * 400 problem naming the field, before the engine sees it, so nothing changes. Any completion may
 * otherwise set any variable, and variables decide what a process does next.
 *
 * <p>Also refused, for everyone: a BPMN error or escalation thrown at a user task (the models catch
 * none, and an uncaught error would end the task's path), and changes to a task's candidates, which
 * the model decides. A step that refuses its input ({@link InvalidStepInput}) reaches the engine's
 * REST API wrapped as a failed listener, a 500; this door answers it as the 400 it is.
 */
@Component
class TaskDoor extends OncePerRequestFilter {

  private static final Pattern TASK_ACTION = Pattern.compile(
      "/(?:engine-rest|camunda/api/engine)(?:/engine/[^/]+)?/task/([^/]+)/([A-Za-z-]+(?:/delete)?)/*");
  private static final Set<String> COMPLETIONS = Set.of("complete", "submit-form", "resolve");
  private static final Set<String> HAND_OVERS = Set.of("claim", "unclaim", "assignee", "delegate");
  private static final Set<String> REFUSED = Set.of("bpmnError", "bpmnEscalation", "identity-links",
      "identity-links/delete");
  /** The engine's value types a form field submits; serialized objects, files and JSON are none of them. */
  private static final Set<String> PLAIN_TYPES = Set.of("String", "Boolean", "Integer", "Long", "Short", "Double",
      "Date", "Null");

  private final TaskForms forms;
  private final ObjectMapper json;
  private final ProblemResponses problems;

  TaskDoor(TaskForms forms, ObjectMapper json) {
    this.forms = forms;
    this.json = json;
    this.problems = new ProblemResponses(json);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || action(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher action = action(request).orElseThrow();
    String taskId = action.group(1);
    String verb = action.group(2);
    if (REFUSED.contains(verb)) {
      refuse(request, response, HttpStatus.FORBIDDEN, "不允许的待办操作",
          "待办只能按其表单办理、认领或转交；候选人由流程模型决定，流程错误和升级事件不能从待办触发", List.of());
      return;
    }
    if (COMPLETIONS.contains(verb)) {
      byte[] body = request.getInputStream().readNBytes(RequestSizeLimit.MAX_BYTES + 1);
      if (body.length > RequestSizeLimit.MAX_BYTES) {
        refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "请求内容过大",
            "请求内容不能超过" + RequestSizeLimit.MAX_BYTES / 1024 + "KB", List.of());
        return;
      }
      Optional<Set<String>> inputs = forms.inputsOf(taskId);
      if (inputs.isPresent()) {
        List<FieldError> errors = check(body, inputs.get());
        if (!errors.isEmpty()) {
          refuse(request, response, HttpStatus.BAD_REQUEST, "表单内容不符合要求",
              errors.get(0).field() + "：" + errors.get(0).message(), errors);
          return;
        }
      }
      request = new BodyInMemory(request, body);
    }
    if (COMPLETIONS.contains(verb) || HAND_OVERS.contains(verb)) {
      answerRefusedStepsAsBadRequests(request, response, chain);
      return;
    }
    chain.doFilter(request, response);
  }

  private void answerRefusedStepsAsBadRequests(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    StepRefusals.open();
    try {
      chain.doFilter(request, answer);
    } finally {
      Optional<InvalidStepInput> refusal = StepRefusals.close();
      if (refusal.isPresent() && answer.getStatus() >= 500) {
        answer.reset();
        InvalidStepInput step = refusal.get();
        refuse(request, response, HttpStatus.BAD_REQUEST, "办理内容不符合要求", step.getMessage(),
            List.of(new FieldError(step.field(), step.reason())));
      } else {
        answer.copyBodyToResponse();
      }
    }
  }

  private List<FieldError> check(byte[] body, Set<String> inputs) {
    if (body.length == 0) {
      return List.of();
    }
    JsonNode submitted;
    try {
      submitted = json.readTree(body);
    } catch (IOException e) {
      return List.of(new FieldError(null, "请求内容不是有效的JSON"));
    }
    if (submitted == null || !submitted.isObject()) {
      return List.of(new FieldError(null, "请求内容必须是JSON对象"));
    }
    JsonNode variables = submitted.get("variables");
    if (variables == null || variables.isNull()) {
      return List.of();
    }
    if (!variables.isObject()) {
      return List.of(new FieldError("variables", "必须是以字段名为键的对象"));
    }
    List<FieldError> errors = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode type = field.getValue().path("type");
      if (!inputs.contains(name)) {
        errors.add(new FieldError(name, "不是本待办表单中可填写的字段，不能提交"));
      } else if (!field.getValue().isObject()) {
        errors.add(new FieldError(name, "必须以{\"value\": …}的形式提交"));
      } else if (!type.isMissingNode() && !type.isNull() && !PLAIN_TYPES.contains(type.asText())) {
        errors.add(new FieldError(name, "类型“" + type.asText() + "”不允许，表单字段只能提交文字、数字、日期或是否"));
      }
    }
    return errors;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
      String detail, List<FieldError> errors) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setProperty("errors", errors);
    // Tasklist shows a refused submission by the "message" of the engine's own error format
    problem.setProperty("message", detail);
    problems.send(request, response, problem);
  }

  private static Optional<Matcher> action(HttpServletRequest request) {
    // the engine's REST API matches decoded paths: so must this door
    String path = URLDecoder.decode(request.getRequestURI().substring(request.getContextPath().length())
        .replace("+", "%2B"), StandardCharsets.UTF_8);
    Matcher matcher = TASK_ACTION.matcher(path);
    return matcher.matches() ? Optional.of(matcher) : Optional.empty();
  }

  /** One refused field, as the application's own problem details name them. */
  record FieldError(String field, String message) {}
}
