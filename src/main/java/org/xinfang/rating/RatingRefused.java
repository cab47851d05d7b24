package org.xinfang.rating;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A rating that may not be given now; the message tells the petitioner or handler why, in Chinese. */
public class RatingRefused extends RuntimeException {

  RatingRefused(String reason) {
    super(reason);
  }

  /** The answer to a refused rating, the same for the petition room and for the petitioner: 409. */
  public ProblemDetail problem() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, getMessage());
    problem.setTitle("不能评价");
    return problem;
  }
}
