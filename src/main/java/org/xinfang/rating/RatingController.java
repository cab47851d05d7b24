package org.xinfang.rating;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casefile.CaseAccess;
import org.xinfang.casefile.CaseNotFoundException;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.EngineClock;
import org.xinfang.web.InvalidRequestProblem;

/** The petition room records a rating the petitioner gave by phone or in person; staff read a case's rating. */
@RestController
@RequestMapping(path = "/api/cases/{caseNumber}/rating", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "满意度评价", description = "信访人对信访部门和责任单位的满意度评价")
class RatingController {

  private final PetitionCaseRepository cases;
  private final SatisfactionRatings ratings;
  private final CaseAccess access;

  RatingController(PetitionCaseRepository cases, SatisfactionRatings ratings, CaseAccess access) {
    this.cases = cases;
    this.access = access;
    this.ratings = ratings;
  }

  @GetMapping
  @Operation(summary = "查看满意度评价", description = "评价状态（含逾期未评价）、评价期限、评价结果、评价方式及记录人")
  RatingDetails rating(@PathVariable String caseNumber) {
    PetitionCase petitionCase = petitionCase(caseNumber);
    return RatingDetails.of(petitionCase, ratings.of(petitionCase), EngineClock.now());
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "记录满意度评价（信访室）",
      description = "信访人通过电话回访或当面作出的评价，由信访室工作人员记录。答复送达后、评价期限内可评价一次，评价后不能更改。")
  @ApiResponse(responseCode = "201", description = "已记录")
  @ApiResponse(responseCode = "400", description = "评价内容有误，不保存任何内容",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  @ApiResponse(responseCode = "409", description = "尚未答复、已评价或评价期限已过，不保存任何内容",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<RatingDetails> record(@PathVariable String caseNumber, @Valid @RequestBody RatingRecord record,
      Principal handler) {
    PetitionCase petitionCase = petitionCase(caseNumber);
    SatisfactionRating rating = ratings.recordedByHandler(petitionCase, record.department(), record.unit(),
        record.ratingChannel(), handler.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(RatingDetails.of(petitionCase, Optional.of(rating), EngineClock.now()));
  }

  @ExceptionHandler(RatingRefused.class)
  ResponseEntity<ProblemDetail> refused(RatingRefused refused) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(refused.problem());
  }

  private PetitionCase petitionCase(String caseNumber) {
    return cases.findByCaseNumber(caseNumber)
        .filter(access.viewer()::maySee)
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
  }
}
