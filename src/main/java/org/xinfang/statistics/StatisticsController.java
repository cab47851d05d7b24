package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.statistics.Statistics.Part;
import org.xinfang.web.Exports;
import org.xinfang.web.Exports.Format;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

/**
 * The bureau's figures (《信访工作条例》第四十一条) and the cases behind each of them, on screen or as a
 * workbook; the year's targets and the annual self-evaluation.
 */
@RestController
@RequestMapping(path = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "统计", description = "信访统计指标：按年度、季度、月份或起止日期，可按单位、渠道、类别、内容分类筛选或分组；"
    + "年度绩效目标和年度绩效自评")
class StatisticsController {

  private static final String FORMAT = "导出格式：xlsx为Excel工作簿；也可用Accept请求头指定";

  private final Statistics statistics;
  private final StatisticsAccess access;
  private final AnnualTargets targets;
  private final AnnualReports annualReports;

  StatisticsController(Statistics statistics, StatisticsAccess access, AnnualTargets targets,
      AnnualReports annualReports) {
    this.statistics = statistics;
    this.access = access;
    this.targets = targets;
    this.annualReports = annualReports;
  }

  @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, Exports.XLSX_VALUE})
  @Operation(summary = "统计数据", description = "件数、来访批次和人次、集访、各项比率（含分子分母）、初信初访同比、"
      + "信访最多的单位和内容、督办和领导批示。每个数字附有查看对应事项的地址。办公室、局领导、区领导、督查看全区，责任单位看本单位")
  @ApiResponse(responseCode = "200", description = "统计数据，或其Excel工作簿", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = StatisticsReport.class)),
      @Content(mediaType = Exports.XLSX_VALUE, schema = @Schema(type = "string", format = "binary"))})
  @ApiResponse(responseCode = "400", description = "统计期间或筛选条件有误",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  @ApiResponse(responseCode = "403", description = "无权查看该范围的统计",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> report(@Valid @ParameterObject PeriodRequest request, @Valid @ParameterObject GroupRequest group,
      @Parameter(description = FORMAT) @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    Format wanted = Exports.requested(format, accept, Format.JSON, Format.XLSX);
    Period period = request.period();
    StatisticsReport report = statistics.report(period, access.scopeOf(request), group.groupBy());
    return wanted == Format.JSON ? ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report)
        : Exports.attachment(StatisticsWorkbook.of(report), wanted, "信访统计" + period.label());
  }

  /** How to break the figures down, if at all. */
  record GroupRequest(@Schema(description = "分组：MONTH按月、UNIT按责任单位、CHANNEL按渠道、SUBJECT按内容分类、CASE_CLASS按类别")
      Grouping groupBy) {}

  @GetMapping(path = "/cases", produces = {MediaType.APPLICATION_JSON_VALUE, Exports.XLSX_VALUE})
  @Operation(summary = "统计数字对应的事项", description = "某项指标的分子或分母所统计的事项，分页；统计期间和筛选条件同统计数据")
  @ApiResponse(responseCode = "200", description = "一页事项，或全部事项的Excel工作簿", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CasesBehindPage.class)),
      @Content(mediaType = Exports.XLSX_VALUE, schema = @Schema(type = "string", format = "binary"))})
  @ApiResponse(responseCode = "400", description = "指标、统计期间或筛选条件有误",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  @ApiResponse(responseCode = "403", description = "无权查看该范围的统计",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> cases(@Valid @ParameterObject CasesRequest cases, @Valid @ParameterObject PeriodRequest request,
      @Parameter(description = FORMAT + "；导出全部页，最多" + Exports.MAX_ROWS + "件") @RequestParam(required = false)
      String format, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    Format wanted = Exports.requested(format, accept, Format.JSON, Format.XLSX);
    Period period = request.period();
    Part part = part(cases);
    Scope scope = access.scopeOf(request);
    if (wanted == Format.JSON) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CasesBehindPage.of(
          statistics.casesBehind(cases.indicator(), part, period, scope, cases.page(), cases.size()),
          cases.page(), cases.size()));
    }
    Statistics.CasesBehind all = statistics.casesBehind(cases.indicator(), part, period, scope, 0, Exports.MAX_ROWS);
    Exports.checkRows(all.total());
    Indicator indicator = cases.indicator();
    String counted = part == Part.NUMERATOR ? indicator.numeratorLabel() : indicator.cohortLabel();
    return Exports.attachment(StatisticsWorkbook.of(all, counted), wanted,
        indicator.label() + (part == Part.NUMERATOR ? "（分子）" : "") + "事项" + period.label());
  }

  @GetMapping("/targets/{year}")
  @Operation(summary = "年度绩效目标", description = "办公室设定的该年度各项指标的目标")
  @ApiResponse(responseCode = "200", description = "该年度的目标；未设定时为空列表")
  YearTargets targets(@Parameter(description = "年度") @PathVariable int year) {
    return YearTargets.of(checkedYear(year), targets.of(year));
  }

  @PutMapping(path = "/targets/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "设定年度绩效目标", description = "办公室或系统管理员设定，替换该年度原有的全部目标，记入审计日志")
  @ApiResponse(responseCode = "200", description = "已设定的目标")
  @ApiResponse(responseCode = "400", description = "目标有误，errors逐项列出；不保存任何内容",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  YearTargets setTargets(@Parameter(description = "年度") @PathVariable int year, @RequestBody TargetsRequest request) {
    checkedYear(year);
    targets.set(year, request.checked());
    return YearTargets.of(year, targets.of(year));
  }

  @GetMapping(path = "/annual/{year}",
      produces = {MediaType.APPLICATION_PDF_VALUE, Exports.XLSX_VALUE, MediaType.APPLICATION_JSON_VALUE})
  @Operation(summary = "年度绩效自评",
      description = "全区年度信访工作绩效自评（《信访工作条例》第四十一条）：目标与实际、主要数据及同比、各项比率（含分子分母）、"
          + "按渠道、按责任单位。默认PDF；format=xlsx为Excel工作簿，format=json为数据。办公室、局领导、区领导、督查可查看")
  @ApiResponse(responseCode = "200", description = "报告", content = {
      @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = Exports.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AnnualReport.class))})
  @ApiResponse(responseCode = "403", description = "无权查看全区的报告",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> annual(@Parameter(description = "年度") @PathVariable int year,
      @Parameter(description = "pdf、xlsx或json；也可用Accept请求头指定") @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    Format wanted = Exports.requested(format, accept, Format.PDF, Format.XLSX, Format.JSON);
    checkedYear(year);
    access.requireWholeDistrict();
    AnnualReport report = annualReports.of(year);
    return switch (wanted) {
      case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
      case PDF -> Exports.attachment(AnnualReportPdf.of(report), wanted, report.title());
      case XLSX -> Exports.attachment(AnnualReportWorkbook.of(report), wanted, report.title());
    };
  }

  @ExceptionHandler(StatisticsAccess.Refused.class)
  ResponseEntity<ProblemDetail> refused(StatisticsAccess.Refused refused) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
    problem.setTitle("无权查看");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static int checkedYear(int year) {
    if (year < PeriodRequest.FIRST_YEAR || year > PeriodRequest.LAST_YEAR) {
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST, new InvalidRequestProblem(List.of(
          new FieldProblem("year", PeriodRequest.YEAR_OUT_OF_RANGE))), null);
    }
    return year;
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
