package org.xinfang.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request Spring Security's firewall refuses (a path with "..", "//", ";" or an encoded character
 * that could make it mean another path; a header or parameter name with a control character) gets
 * a 400 problem detail. The firewall checks the path before any filter, and a parameter's name only
 * when it is read, inside a controller: both end here, ahead of the API's catch-all for failures.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RejectedRequests implements RequestRejectedHandler {

  private final ProblemResponses problems;

  RejectedRequests(ObjectMapper json) {
    this.problems = new ProblemResponses(json);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
      throws IOException {
    problems.send(request, response, HttpStatus.BAD_REQUEST, "请求有误",
        "请求的地址、请求头或参数名含有不允许的字符或路径（如“..”、“//”、“;”、编码的斜杠或控制字符）");
  }

  @ExceptionHandler(RequestRejectedException.class)
  void rejectedInController(RequestRejectedException rejected, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    handle(request, response, rejected);
  }
}
