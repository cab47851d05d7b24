package org.xinfang.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (a filter's, the servlet container's, the engine REST API's
 * unknown paths) are problem details too, in place of Spring Boot's error page, and say no more
 * than their status.
 */
@RestController
class ErrorProblems implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // no status: the error page itself was asked for, which is no resource
    HttpStatus status = code == null ? HttpStatus.NOT_FOUND
        : code instanceof Integer number && number >= 400 && HttpStatus.resolve(number) != null
            ? HttpStatus.resolve(number) : HttpStatus.INTERNAL_SERVER_ERROR;
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(ApiProblems.title(status));
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
      try {
        problem.setInstance(URI.create(uri));
      } catch (IllegalArgumentException notAUri) {
        // the problem is just as clear without it
      }
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
