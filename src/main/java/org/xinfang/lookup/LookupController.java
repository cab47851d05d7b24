package org.xinfang.lookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.rating.RatingRefused;
import org.xinfang.web.InvalidRequestProblem;

/**
 * The petitioner's lookup, open without login: POST, so that query codes stay out of addresses,
 * browser histories and access logs. The client address is the connection's, or the one a
 * trusted reverse proxy forwarded when {@code server.forward-headers-strategy} says so.
 */
@RestController
@RequestMapping(path = "/api/public/lookup", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "信访人查询", description = "信访人凭事项编号和查询码查询办理进度并作出满意度评价，无需登录")
class LookupController {

  /** Answers hold a case and its code: no cache, shared or private, keeps them. */
  private static final CacheControl NO_STORE = CacheControl.noStore();

  private final PetitionerLookup lookup;
  private final LookupThrottle throttle;

  LookupController(PetitionerLookup lookup, LookupThrottle throttle) {
    this.lookup = lookup;
    this.throttle = throttle;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "查询办理进度", description = "办理状态、办理步骤、办理期限、责任单位、告知书及满意度评价情况")
  @ApiResponse(responseCode = "200", description = "事项办理情况")
  @ApiResponse(responseCode = "400", description = "未填写事项编号或查询码",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  @ApiResponse(responseCode = "404", description = "事项编号或查询码不正确（两者不作区分）",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "429", description = "查询码输入错误次数过多，Retry-After秒后再试",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<LookupView> lookup(@Valid @RequestBody LookupRequest request, HttpServletRequest http) {
    LookupView view = throttle.guard(request.normalizedCaseNumber(), client(http),
        () -> lookup.view(request.normalizedCaseNumber(), request.normalizedQueryCode()));
    return ResponseEntity.ok().cacheControl(NO_STORE).body(view);
  }

  @PostMapping(path = "/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "满意度评价",
      description = "答复送达后、评价期限内，对信访部门和责任单位各评价一次；评价提交后不能更改。返回评价后的办理情况。")
  @ApiResponse(responseCode = "200", description = "已评价，事项办理情况")
  @ApiResponse(responseCode = "409", description = "尚未答复、已评价或评价期限已过，不保存任何内容",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<LookupView> rate(@Valid @RequestBody PetitionerRatingRequest request, HttpServletRequest http) {
    LookupRequest opened = request.lookup();
    LookupView view = throttle.guard(opened.normalizedCaseNumber(), client(http),
        () -> lookup.rate(opened.normalizedCaseNumber(), opened.normalizedQueryCode(), request.department(),
            request.unit()));
    return ResponseEntity.ok().cacheControl(NO_STORE).body(view);
  }

  /** An unknown case and a wrong code get this very answer, byte for byte. */
  @ExceptionHandler(UnknownCaseOrCode.class)
  ResponseEntity<ProblemDetail> unknown(UnknownCaseOrCode unknown) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
    problem.setTitle("未查询到该事项");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(NO_STORE).body(problem);
  }

  @ExceptionHandler(TooManyLookups.class)
  ResponseEntity<ProblemDetail> throttled(TooManyLookups throttled) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
    problem.setTitle("查询过于频繁");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).cacheControl(NO_STORE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()))
        .body(problem);
  }

  @ExceptionHandler(RatingRefused.class)
  ResponseEntity<ProblemDetail> ratingRefused(RatingRefused refused) {
    return ResponseEntity.status(HttpStatus.CONFLICT).cacheControl(NO_STORE).body(refused.problem());
  }

  private static String client(HttpServletRequest http) {
    String address = http.getRemoteAddr();
    return address.length() > 64 ? address.substring(0, 64) : address;
  }
}
