package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.organization.Unit;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

/**
 * The period and filters of a statistics request: a year, a quarter or a month of a year, or the days
 * from and to (both included), in China time; optionally one unit, channel, class or subject.
 */
record PeriodRequest(
    @Schema(description = "年度", example = "2026") Integer year,
    @Schema(description = "季度（1-4），与year同用") Integer quarter,
    @Schema(description = "月份（1-12），与year同用") Integer month,
    @Schema(description = "起始日期（含），北京时间；与to同用，不与year同用", example = "2026-01-01")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @Schema(description = "截止日期（含），北京时间", example = "2026-06-30")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
    @Schema(description = "责任单位代码") String unit,
    @Schema(description = "信访渠道") Channel channel,
    @Schema(description = "事项类别") CaseClass caseClass,
    @Schema(description = "内容分类") SubjectCategory subject) {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final String YEAR_OUT_OF_RANGE = "应为" + FIRST_YEAR + "至" + LAST_YEAR + "之间的年份";
  /** A span longer than this is no period anyone reports on. */
  static final long MAX_DAYS = 3660;

  PeriodRequest {
    unit = unit == null || unit.isBlank() ? null : unit.strip();
  }

  /** The period asked for; a request that names none, or names it twice, gets a 400 naming the fields. */
  Period period() {
    List<FieldProblem> problems = new ArrayList<>();
    if (unit != null && !unit.matches(Unit.CODE_PATTERN)) {
      problems.add(new FieldProblem("unit", "不是有效的单位代码"));
    }
    Period period = null;
    if (from != null || to != null) {
      if (year != null || quarter != null || month != null) {
        problems.add(new FieldProblem("from", "按起止日期统计时不能同时指定年度、季度或月份"));
      } else if (from == null || to == null) {
        problems.add(new FieldProblem(from == null ? "from" : "to", "起始日期和截止日期须同时指定"));
      } else if (to.isBefore(from)) {
        problems.add(new FieldProblem("to", "截止日期不能早于起始日期"));
      } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
        problems.add(new FieldProblem("to", "统计期间不能超过10年"));
      } else {
        period = Period.between(from, to);
      }
    } else if (year == null) {
      problems.add(new FieldProblem("year", "请指定统计年度（可再指定季度或月份），或指定起止日期"));
    } else if (year < FIRST_YEAR || year > LAST_YEAR) {
      problems.add(new FieldProblem("year", YEAR_OUT_OF_RANGE));
    } else if (quarter != null && month != null) {
      problems.add(new FieldProblem("quarter", "季度和月份只能指定其一"));
    } else if (quarter != null && (quarter < 1 || quarter > 4)) {
      problems.add(new FieldProblem("quarter", "应为1至4"));
    } else if (month != null && (month < 1 || month > 12)) {
      problems.add(new FieldProblem("month", "应为1至12"));
    } else {
      period = quarter != null ? Period.quarter(year, quarter)
          : month != null ? Period.month(year, month) : Period.year(year);
    }
    if (!problems.isEmpty()) {
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST, new InvalidRequestProblem(problems), null);
    }
    return period;
  }
}
