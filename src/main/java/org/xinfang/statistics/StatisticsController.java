package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.statistics.Statistics.Part;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

/** The bureau's figures (《信访工作条例》第四十一条) and the cases behind each of them. */
@RestController
@RequestMapping(path = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "统计", description = "信访统计指标：按年度、季度、月份或起止日期，可按单位、渠道、类别、内容分类筛选或分组")
class StatisticsController {

  private final Statistics statistics;
  private final StatisticsAccess access;

  StatisticsController(Statistics statistics, StatisticsAccess access) {
    this.statistics = statistics;
    this.access = access;
  }

  @GetMapping
  @Operation(summary = "统计数据", description = "件数、来访批次和人次、集访、各项比率（含分子分母）、初信初访同比、"
      + "信访最多的单位和内容、督办和领导批示。每个数字附有查看对应事项的地址。办公室、局领导、区领导、督查看全区，责任单位看本单位")
  @ApiResponse(responseCode = "200", description = "统计数据")
  @ApiResponse(responseCode = "400", description = "统计期间或筛选条件有误",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  @ApiResponse(responseCode = "403", description = "无权查看该范围的统计",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  StatisticsReport report(@Valid @ParameterObject PeriodRequest request, @Valid @ParameterObject GroupRequest group) {
    Period period = request.period();
    return statistics.report(period, access.scopeOf(request), group.groupBy());
  }

  /** How to break the figures down, if at all. */
  record GroupRequest(@Schema(description = "分组：MONTH按月、UNIT按责任单位、CHANNEL按渠道、SUBJECT按内容分类、CASE_CLASS按类别")
      Grouping groupBy) {}

  @GetMapping("/cases")
  @Operation(summary = "统计数字对应的事项", description = "某项指标的分子或分母所统计的事项，分页；统计期间和筛选条件同统计数据")
  @ApiResponse(responseCode = "200", description = "一页事项")
  @ApiResponse(responseCode = "400", description = "指标、统计期间或筛选条件有误",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  @ApiResponse(responseCode = "403", description = "无权查看该范围的统计",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  CasesBehindPage cases(@Valid @ParameterObject CasesRequest cases, @Valid @ParameterObject PeriodRequest request) {
    Period period = request.period();
    Part part = part(cases);
    Scope scope = access.scopeOf(request);
    return CasesBehindPage.of(statistics.casesBehind(cases.indicator(), part, period, scope, cases.page(), cases.size()),
        cases.page(), cases.size());
  }

  @ExceptionHandler(StatisticsAccess.Refused.class)
  ResponseEntity<ProblemDetail> refused(StatisticsAccess.Refused refused) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
    problem.setTitle("无权查看");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static Part part(CasesRequest cases) {
    String part = cases.part() == null ? "denominator" : cases.part().strip();
    String reason = null;
    if (!part.equals("numerator") && !part.equals("denominator")) {
      reason = "应为numerator（分子）或denominator（分母）";
    } else if (part.equals("numerator") && !cases.indicator().isRate()) {
      reason = cases.indicator().label() + "是计数，没有分子，请用denominator";
    }
    if (reason != null) {
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
          new InvalidRequestProblem(List.of(new FieldProblem("part", reason))), null);
    }
    return Part.valueOf(part.toUpperCase());
  }
}
