package org.xinfang.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the largest intake with 413. A declared length is checked
 * before anything is read; a body of unknown length (chunked) is read up to the limit and no further.
 */
class RequestSizeLimit extends OncePerRequestFilter {

  /** A registration at its longest (20,000 characters of content, five petitioners) stays well below. */
  static final int MAX_BYTES = 128 * 1024;

  private final int maxBytes;
  private final ProblemResponses problems;

  RequestSizeLimit(int maxBytes, ProblemResponses problems) {
    this.maxBytes = maxBytes;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(request, response);
      return;
    }
    if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
      byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        refuse(request, response);
        return;
      }
      chain.doFilter(new ReadBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    problems.send(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "请求内容过大",
        "请求内容不能超过" + maxBytes / 1024 + "KB");
  }

  /** The request with its body, already read, served from memory. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
