package org.xinfang.duedate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;

/** A handler's question: the day something happened, and the period that runs from it. */
record DueDateQuery(
    @Schema(description = "起算事件发生的日期（北京时间），如收到信访事项之日；不填为今天", example = "2026-09-28")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @Schema(description = "法定期限，其长度取自当前流程模型；与days、workingDays只填一项") LegalLimit limit,
    @Schema(description = "日数（按日计算）；与limit、workingDays只填一项", example = "15")
    @Min(value = 1, message = "不能小于1") @Max(value = DueDateQuery.LONGEST, message = "不能超过" + DueDateQuery.LONGEST)
    Integer days,
    @Schema(description = "工作日数；与limit、days只填一项", example = "5")
    @Min(value = 1, message = "不能小于1") @Max(value = DueDateQuery.LONGEST, message = "不能超过" + DueDateQuery.LONGEST)
    Integer workingDays) {

  static final int LONGEST = 366;

  /** Exactly one of limit, days and workingDays says how long the period is. */
  List<FieldProblem> problems() {
    List<String> given = new ArrayList<>();
    if (limit != null) {
      given.add("limit");
    }
    if (days != null) {
      given.add("days");
    }
    if (workingDays != null) {
      given.add("workingDays");
    }
    if (given.isEmpty()) {
      return List.of(new FieldProblem(null, "请填写limit（法定期限）、days（日数）或workingDays（工作日数）中的一项"));
    }
    if (given.size() > 1) {
      return given.stream().map(field -> new FieldProblem(field, "limit、days、workingDays只能填写一项")).toList();
    }
    return List.of();
  }
}
