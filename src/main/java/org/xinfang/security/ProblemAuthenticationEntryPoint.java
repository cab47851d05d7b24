package org.xinfang.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Asks for HTTP Basic credentials with a 401 problem detail, like every other error of the API. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final ObjectMapper json;

  ProblemAuthenticationEntryPoint(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
        "请使用系统用户名和密码（HTTP Basic）登录");
    problem.setTitle("需要登录");
    try {
      problem.setInstance(URI.create(request.getRequestURI()));
    } catch (IllegalArgumentException notAUri) {
      // the problem is just as clear without it
    }
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"xinfang\", charset=\"UTF-8\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }
}
