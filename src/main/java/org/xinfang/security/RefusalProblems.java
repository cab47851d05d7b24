package org.xinfang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Requests security refuses get a problem detail, like every other error of the API: 401 asks an
 * anonymous caller for HTTP Basic credentials (a script that asks not to be challenged gets the 401
 * alone), 403 tells a user their groups do not allow the call.
 */
class RefusalProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  /** The header, and its value, by which a script asks for a 401 without the Basic challenge. */
  private static final String REQUESTED_WITH = "X-Requested-With";
  private static final String SCRIPT = "XMLHttpRequest";

  private final ProblemResponses problems;

  RefusalProblems(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    // A page that logs in with its own form (the statistics dashboard) asks not to be challenged: a
    // browser answers the challenge with a login dialog of its own, and a headless one never answers.
    if (!SCRIPT.equals(request.getHeader(REQUESTED_WITH))) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"xinfang\", charset=\"UTF-8\"");
    }
    problems.send(request, response, HttpStatus.UNAUTHORIZED, "需要登录", "请使用系统用户名和密码（HTTP Basic）登录");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    problems.send(request, response, HttpStatus.FORBIDDEN, "没有权限", "当前用户无权进行此项操作。如确需办理，请联系系统管理员");
  }
}
