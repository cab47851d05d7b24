package org.xinfang.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

/**
 * Every error of the API is an RFC 9457 problem detail in Chinese. Bad input names each bad field
 * by its JSON name; nothing technical (exception, SQL, stack trace) ever reaches the caller.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  /** Bean Validation and binding errors of a request body or of query parameters. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Stream<FieldProblem> fields = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), reason(error)));
    Stream<FieldProblem> global = ex.getBindingResult().getGlobalErrors().stream()
        .map(error -> new FieldProblem(null, error.getDefaultMessage()));
    List<FieldProblem> problems = Stream.concat(fields, global)
        .sorted(Comparator.comparing(FieldProblem::field, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FieldProblem::reason))
        .toList();
    return handleExceptionInternal(ex, new InvalidRequestProblem(problems), headers, status, request);
  }

  /** Malformed JSON, a value of the wrong type, an unknown enum value, or no body at all. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    FieldProblem problem;
    if (ex.getCause() instanceof JsonMappingException mapping && path(mapping) != null) {
      problem = new FieldProblem(path(mapping), expected(targetType(mapping)));
    } else if (ex.getCause() instanceof JsonProcessingException parsing) {
      problem = new FieldProblem(null, "不是有效的JSON" + (parsing.getLocation() == null ? ""
          : "（第" + parsing.getLocation().getLineNr() + "行第" + parsing.getLocation().getColumnNr() + "列附近）"));
    } else {
      problem = new FieldProblem(null, "请求内容为空或无法读取");
    }
    return handleExceptionInternal(ex, new InvalidRequestProblem(List.of(problem)), headers, status, request);
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("未找到");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  /** Anything unforeseen: logged in full here, a plain 500 for the caller. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    log.error("Request failed", ex);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "处理请求时发生错误。请稍后重试，或联系系统管理员");
    problem.setTitle("系统错误");
    return ResponseEntity.internalServerError().body(problem);
  }

  /** The framework's own problems (unknown route, unsupported method or media type …) in Chinese. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    if (body instanceof ProblemDetail problem && !(problem instanceof InvalidRequestProblem)) {
      problem.setTitle(title(status));
      problem.setDetail(null);
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  public static String title(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "请求有误";
      case 404 -> "请求的地址不存在";
      case 405 -> "该地址不支持此请求方法";
      case 406 -> "无法提供所要求的响应格式";
      case 413 -> "请求内容过大";
      case 415 -> "不支持的请求内容类型，请使用application/json";
      case 503 -> "服务暂不可用";
      default -> status.is4xxClientError() ? "请求有误" : "系统错误";
    };
  }

  private static String reason(FieldError error) {
    if (error.contains(TypeMismatchException.class)) {
      return expected(error.unwrap(TypeMismatchException.class).getRequiredType());
    }
    return error.getDefaultMessage();
  }

  private static String path(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : mapping.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  private static Class<?> targetType(JsonMappingException mapping) {
    return mapping instanceof MismatchedInputException mismatch
        ? mismatch.getTargetType() : null;
  }

  /** What a value of the type the request needs looks like. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "格式不正确";
    }
    if (type.isEnum()) {
      return "取值无效，可选值：" + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining("、"));
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "必须是整数";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "必须是true或false";
    }
    if (type == LocalDate.class) {
      return "必须是日期，格式为yyyy-MM-dd";
    }
    if (type == String.class) {
      return "必须是文本";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "必须是数组";
    }
    return "格式不正确";
  }
}
