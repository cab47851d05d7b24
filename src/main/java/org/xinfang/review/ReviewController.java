package org.xinfang.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.web.InvalidRequestProblem;

/** The petition room records requests for review and re-review. */
@RestController
@Tag(name = "复查复核", description = "登记信访人的复查、复核请求")
class ReviewController {

  private final ReviewRequests requests;

  ReviewController(ReviewRequests requests) {
    this.requests = requests;
  }

  @PostMapping(path = "/api/cases/{caseNumber}/review-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "登记复查或复核请求",
      description = "已办结的事项登记为复查请求，已复查的事项登记为复核请求。在申请期限内的请求启动复查（复核）流程；"
          + "逾期的请求不予受理，已复核的事项不再受理：均向信访人发出告知书并记入办理过程，事项状态不变。")
  @ApiResponse(responseCode = "201", description = "已登记；accepted说明是否受理")
  @ApiResponse(responseCode = "400", description = "日期有误，errors逐项列出；不保存任何内容",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  @ApiResponse(responseCode = "404", description = "没有这个编号的事项",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "事项尚未办结，或正在复查、复核",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<ReviewEntry> record(@PathVariable String caseNumber, @RequestBody NewReviewRequest body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(requests.record(caseNumber, body));
  }

  @ExceptionHandler(ReviewNotPossible.class)
  ResponseEntity<ProblemDetail> notPossible(ReviewNotPossible ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("不能登记复查复核请求");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }
}
