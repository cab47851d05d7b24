package org.xinfang.duedate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.Counting;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.duedate.DueDateAnswer.LimitView;
import org.xinfang.web.InvalidRequestProblem;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

/** The handlers' calculator: "it arrived today: when is it due?", counted as the timers count. */
@RestController
@Tag(name = "期限计算", description = "按《民法典》第二百零一条、第二百零三条和国务院办公厅节假日安排计算期限届满之日，"
    + "与流程中各法定期限的计算完全一致")
class DueDateController {

  private final DueDateCalculator calculator;
  private final ModelLimits modelLimits;

  DueDateController(DueDateCalculator calculator, ModelLimits modelLimits) {
    this.calculator = calculator;
    this.modelLimits = modelLimits;
  }

  @GetMapping(path = "/api/due-dates", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "计算期限届满之日",
      description = "给出起算日期，以及法定期限（limit，长度取自当前流程模型）、日数（days）或工作日数（workingDays）中的一项。"
          + "返回届满之日，以及顺延的原因：不考虑休息日时的最后一日、未计入的每个休息日及其所属节日、计算依据。"
          + "例：from=2026-01-23&days=30，最后一日2026年2月22日在春节假期内，顺延至2026年2月24日")
  @ApiResponse(responseCode = "200", description = "届满之日及计算过程")
  @ApiResponse(responseCode = "400", description = "参数有误，errors逐项列出",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = InvalidRequestProblem.class)))
  public DueDateAnswer dueDate(@Valid @ParameterObject DueDateQuery query) {
    List<FieldProblem> problems = query.problems();
    if (!problems.isEmpty()) {
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST, new InvalidRequestProblem(problems), null);
    }
    LocalDate from = query.from() != null ? query.from() : ChinaTime.dayOf(EngineClock.now());
    if (query.limit() == null) {
      return DueDateAnswer.of(query.days() != null
          ? calculator.countDays(from, query.days())
          : calculator.countWorkingDays(from, query.workingDays()), null);
    }
    ModelLimits.Length length = modelLimits.of(query.limit());
    DueDate due = length.counting() == Counting.CALENDAR_DAYS
        ? calculator.countDays(from, length.days())
        : calculator.countWorkingDays(from, length.days());
    return DueDateAnswer.of(due, new LimitView(query.limit(), query.limit().label(), query.limit().article(),
        "流程模型“" + length.modelName() + "”第" + length.modelVersion() + "版，" + length.source()));
  }
}
