package org.xinfang.holiday;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xinfang.deadline.CalendarDay;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.web.InvalidRequestProblem.FieldProblem;
import org.xinfang.web.PlainText;

/** A year's official schedule as the administrator enters it from the State Council's notice. */
@Schema(description = "一个年度的节假日安排，按国务院办公厅通知录入，整体替换该年度已有的安排")
record HolidayScheduleRequest(
    @Schema(description = "发布该安排的通知（名称、文号、日期）",
        example = "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）") String notice,
    @Schema(description = "该年度与平常不同的日子：放假日（OFF，无论星期几都休息）和调休上班日（WORK，"
        + "只能是星期六或星期日）。其余日子星期一至星期五上班，星期六、星期日休息") List<Day> days) {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  @Schema(name = "HolidayScheduleRequestDay", description = "放假日或调休上班日")
  record Day(
      @Schema(description = "日期", example = "2027-02-06") LocalDate date,
      @Schema(description = "OFF：放假；WORK：调休上班") DayType type,
      @Schema(description = "所属节日", example = "春节") String holiday) {

    Day {
      holiday = holiday == null ? null : holiday.strip();
    }
  }

  HolidayScheduleRequest {
    notice = notice == null ? null : notice.strip();
  }

  /** Every broken rule, each on the field to correct; none if the schedule can be stored for {@code year}. */
  List<FieldProblem> problems(int year) {
    List<FieldProblem> problems = new ArrayList<>();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      problems.add(new FieldProblem("year", "年度应在" + FIRST_YEAR + "至" + LAST_YEAR + "年之间"));
    }
    if (notice == null || notice.isEmpty()) {
      problems.add(new FieldProblem("notice", "必须填写发布该安排的通知"));
    } else if (notice.length() > 200) {
      problems.add(new FieldProblem("notice", "不能超过200个字"));
    } else if (!PlainText.Check.isPlain(notice, false)) {
      problems.add(new FieldProblem("notice", PlainText.MESSAGE));
    }
    if (days == null || days.stream().noneMatch(day -> day != null && day.type() == DayType.OFF)) {
      problems.add(new FieldProblem("days", "至少列出一个放假日"));
    }
    Map<LocalDate, Integer> firstListed = new HashMap<>();
    for (int i = 0; days != null && i < days.size(); i++) {
      String at = "days[" + i + "]";
      Day day = days.get(i);
      if (day == null) {
        problems.add(new FieldProblem(at, "不能为空"));
        continue;
      }
      if (day.holiday() == null || day.holiday().isEmpty()) {
        problems.add(new FieldProblem(at + ".holiday", "必须填写所属节日，如春节"));
      } else if (day.holiday().length() > 50) {
        problems.add(new FieldProblem(at + ".holiday", "不能超过50个字"));
      } else if (!PlainText.Check.isPlain(day.holiday(), false)) {
        problems.add(new FieldProblem(at + ".holiday", PlainText.MESSAGE));
      }
      if (day.type() == null) {
        problems.add(new FieldProblem(at + ".type", "必须填写：OFF（放假）或WORK（调休上班）"));
      }
      if (day.date() == null) {
        problems.add(new FieldProblem(at + ".date", "必须填写"));
        continue;
      }
      if (day.date().getYear() != year) {
        problems.add(new FieldProblem(at + ".date", "不在" + year + "年内"));
      }
      if (day.type() == DayType.WORK && !CalendarDay.isWeekend(day.date())) {
        problems.add(new FieldProblem(at + ".date",
            "调休上班日只能是星期六或星期日，" + day.date() + "是" + ChinaTime.weekday(day.date())));
      }
      Integer first = firstListed.putIfAbsent(day.date(), i);
      if (first != null) {
        DayType firstType = days.get(first).type();
        problems.add(new FieldProblem(at + ".date", firstType != null && day.type() != null && firstType != day.type()
            ? "同一天不能既放假又调休上班（见days[" + first + "]）"
            : "与days[" + first + "]重复"));
      }
    }
    return problems;
  }

  List<SpecialDay> specialDays() {
    return days.stream()
        .map(day -> new SpecialDay(day.date(), day.type(), day.holiday()))
        .sorted(Comparator.comparing(SpecialDay::date))
        .toList();
  }
}
