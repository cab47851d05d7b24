package org.xinfang.holiday;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

/**
 * The official holiday schedules the due dates are counted on. Everyone reads them; only members of
 * {@code camunda-admin} load or correct a year, which takes effect for every due date computed after.
 */
@RestController
@RequestMapping(path = "/api/holiday-calendar", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "节假日安排", description = "国务院办公厅每年发布的节假日安排：法定期限的最后一日遇放假顺延，"
    + "工作日按调休安排计算。通知发布当天，系统管理员即可录入新年度或更正已有年度，无需重新部署；未录入的年度只按周末计算")
class HolidayCalendarController {

  private static final Logger log = LoggerFactory.getLogger(HolidayCalendarController.class);

  @Schema(name = "HolidayScheduleSummary", description = "一个年度的节假日安排概况")
  record YearSummary(
      @Schema(example = "2026") int year,
      @Schema(description = "发布该安排的通知") String notice,
      @Schema(description = "放假天数") long offDays,
      @Schema(description = "调休上班天数") long workDays,
      @Schema(description = "录入或最后更正的时间") Instant loadedAt,
      @Schema(description = "录入或最后更正的用户；随系统发布的年度为system") String loadedBy) {

    static YearSummary of(YearSchedule schedule) {
      return new YearSummary(schedule.year(), schedule.notice(), schedule.count(DayType.OFF),
          schedule.count(DayType.WORK), schedule.loadedAt(), schedule.loadedBy());
    }
  }

  @Schema(name = "HolidaySchedule", description = "一个年度的节假日安排")
  record YearView(
      @Schema(example = "2026") int year,
      @Schema(description = "发布该安排的通知") String notice,
      @Schema(description = "录入或最后更正的时间") Instant loadedAt,
      @Schema(description = "录入或最后更正的用户；随系统发布的年度为system") String loadedBy,
      @Schema(description = "放假日和调休上班日，按日期排列") List<DayView> days) {

    static YearView of(YearSchedule schedule) {
      return new YearView(schedule.year(), schedule.notice(), schedule.loadedAt(), schedule.loadedBy(),
          schedule.days().stream().map(DayView::of).toList());
    }
  }

  @Schema(name = "HolidayScheduleDay", description = "放假日或调休上班日")
  record DayView(
      @Schema(example = "2026-02-16") LocalDate date,
      @Schema(example = "星期一") String weekday,
      DayType type,
      @Schema(example = "放假") String typeLabel,
      @Schema(example = "春节") String holiday) {

    static DayView of(SpecialDay day) {
      return new DayView(day.date(), ChinaTime.weekday(day.date()), day.type(), day.type().label(), day.holiday());
    }
  }

  /** No schedule is stored for the year asked for. */
  static class NoSchedule extends RuntimeException {
    NoSchedule(int year) {
      super(year + "年的节假日安排尚未录入，该年暂按法定节假日和周六、周日休息计算期限");
    }
  }

  private final HolidaySchedules schedules;

  HolidayCalendarController(HolidaySchedules schedules) {
    this.schedules = schedules;
  }

  @GetMapping
  @Operation(summary = "已录入的年度", description = "按年度排列")
  public List<YearSummary> years() {
    return schedules.all().stream().map(YearSummary::of).toList();
  }

  @GetMapping("/{year}")
  @Operation(summary = "查看一个年度的节假日安排")
  @ApiResponse(responseCode = "200", description = "该年度的安排")
  @ApiResponse(responseCode = "404", description = "该年度尚未录入",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  public YearView year(@PathVariable int year) {
    return schedules.find(year).map(YearView::of).orElseThrow(() -> new NoSchedule(year));
  }

  @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "录入或更正一个年度的节假日安排（仅系统管理员）",
      description = "以请求中的安排整体替换该年度已有的安排，此后计算的期限即按新安排；已经开始计算的期限不变。"
          + "日期须在该年度内，同一天只能列一次，调休上班日只能是星期六或星期日")
  @ApiResponse(responseCode = "201", description = "新录入该年度")
  @ApiResponse(responseCode = "200", description = "已更正该年度")
  @ApiResponse(responseCode = "400", description = "安排有误，errors逐项列出有误的字段及原因；不保存任何内容",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  @ApiResponse(responseCode = "403", description = "不是系统管理员",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  public ResponseEntity<YearView> replace(@PathVariable int year, @RequestBody HolidayScheduleRequest request,
      Authentication administrator) {
    List<FieldProblem> problems = request.problems(year);
    if (!problems.isEmpty()) {
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST, new InvalidRequestProblem(problems), null);
    }
    boolean created = schedules.replace(year, request.notice(), request.specialDays(), administrator.getName(),
        EngineClock.now());
    log.info("Holiday schedule {} {} by {}: {} special days", year, created ? "loaded" : "corrected",
        administrator.getName(), request.days().size());
    YearView stored = year(year);
    return created
        ? ResponseEntity.created(UriComponentsBuilder.fromPath("/api/holiday-calendar/{year}").build(year)).body(stored)
        : ResponseEntity.ok(stored);
  }

  @ExceptionHandler(NoSchedule.class)
  ResponseEntity<ProblemDetail> noSchedule(NoSchedule ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("未找到");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }
}
