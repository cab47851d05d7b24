package org.xinfang.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the largest intake with 413. A declared length is checked
 * before anything is read; a body of unknown length (chunked) is read up to the limit and no further.
 * The file of the historical import has a limit of its own.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

  /** A registration at its longest (20,000 characters of content, five petitioners) stays well below. */
  public static final int MAX_BYTES = 128 * 1024;
  /** A file of earlier years' cases (/api/imports): some thousand rows of a spreadsheet. */
  public static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

  private final int maxBytes;
  private final ProblemResponses problems;

  RequestSizeLimit(int maxBytes, ProblemResponses problems) {
    this.maxBytes = maxBytes;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/imports/")) {
      // a file upload: the container parses its parts from the body itself, so it is not read here;
      // without a declared length the multipart limit (spring.servlet.multipart) bounds it
      if (request.getContentLengthLong() > MAX_IMPORT_BYTES) {
        refuse(request, response, MAX_IMPORT_BYTES);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(request, response, maxBytes);
      return;
    }
    if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
      byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        refuse(request, response, maxBytes);
        return;
      }
      chain.doFilter(new BodyInMemory(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, int maxBytes) throws IOException {
    problems.send(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "请求内容过大",
        "请求内容不能超过" + maxBytes / 1024 + "KB");
  }
}
