package org.xinfang.security;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.xinfang.web.ApiProblems;

/**
 * Tomcat's own error report, for the requests it refuses before any of the application sees them
 * (a path with an encoded slash or backslash, a NUL byte or a broken percent sign), as a problem
 * detail instead of Tomcat's HTML page. Errors inside the application never reach it: Spring Boot's
 * error page ({@code casefile.ErrorProblems}) answers them.
 */
class ProblemReportValve extends ErrorReportValve {

  private final ProblemResponses problems;

  ProblemReportValve(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    // as Tomcat's own report: only an error nothing has answered yet, on a connection still open
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean open = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, open);
    if (!open.get()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    if (status == null) {
      status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
    }
    String detail = status == HttpStatus.BAD_REQUEST
        ? "请求的地址无效：不能含有编码的斜杠（%2F）、反斜杠（%5C）、空字符（%00）或不完整的百分号编码" : null;
    try {
      problems.send(request, response, status, ApiProblems.title(status), detail);
    } catch (IOException | IllegalStateException closed) {
      // the client is gone, or the answer is already on its way: nothing more to tell
    }
  }

  /**
   * Puts the valve in the place of the host's error report: Spring Boot's (added when stack traces
   * are never shown) and the one Tomcat adds at start when the host has none of its configured class.
   */
  static final class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final ProblemResponses problems;

    Installer(ProblemResponses problems) {
      this.problems = problems;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        Pipeline host = context.getParent().getPipeline();
        for (Valve valve : host.getValves()) {
          if (valve instanceof ErrorReportValve) {
            host.removeValve(valve);
          }
        }
        host.addValve(new ProblemReportValve(problems));
        if (context.getParent() instanceof StandardHost standardHost) {
          standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
      });
    }

    /** After Spring Boot's own customizer, which adds its report valve. */
    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
