package org.xinfang.duedate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.deadline.CalendarDay;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.Counting;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.LegalLimit;

/** A due date, and why it falls on that day, in the words a handler reads. */
@Schema(description = "期限计算结果")
record DueDateAnswer(
    @Schema(description = "起算事件发生的日期，当日不计入", example = "2026-09-28") LocalDate from,
    @Schema(description = "法定期限；按日数或工作日数计算时为空") LimitView limit,
    @Schema(description = "期限长度", example = "5") int length,
    @Schema(description = "计算方式") Counting counting,
    @Schema(description = "计算单位", example = "个工作日") String countingLabel,
    @Schema(description = "第一日：起算事件的次日", example = "2026-09-29") LocalDate firstDay,
    @Schema(description = "不考虑休息日时的最后一日（起算日加期限长度）", example = "2026-10-03") LocalDate nominalLastDay,
    @Schema(description = "期限届满之日", example = "2026-10-10") LocalDate dueDate,
    @Schema(example = "星期六") String dueWeekday,
    @Schema(description = "届满时刻：届满之日北京时间23:59:59", example = "2026-10-10T15:59:59Z") Instant dueAt,
    @Schema(description = "是否因休息日顺延") boolean moved,
    @Schema(description = "未计入期限的休息日：按日计算时为使期限顺延的休息日，按工作日计算时为期间内所有休息日")
    List<DayView> skippedDays,
    @Schema(description = "计为工作日的调休上班日（星期六或星期日）") List<DayView> weekendsWorked,
    @Schema(description = "计算依据") List<String> legalBasis,
    @Schema(description = "计算过程的说明") String explanation,
    @Schema(description = "是否为暂定结果：所涉年度的节假日安排尚未录入，暂按法定节假日计算") boolean provisional,
    @Schema(description = "提醒，如所涉年度的节假日安排尚未录入") List<String> warnings) {

  private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("M月d日");
  private static final String ART_201 = "《中华人民共和国民法典》第二百零一条：按照日计算期间的，开始的当日不计入，自下一日开始计算";
  private static final String ART_203 = "《中华人民共和国民法典》第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日";
  private static final String SCHEDULE = "工作日和休息日依国务院办公厅公布的当年节假日安排，调休上班的星期六、星期日为工作日";
  private static final String STATUTORY = "《全国年节及纪念日放假办法》第二条：元旦、春节（农历除夕至正月初三）、清明节、劳动节（5月1日、2日）、"
      + "端午节、中秋节、国庆节（10月1日至3日）放假；当年安排尚未公布的，暂按上述法定节假日计算";

  @Schema(name = "DueDateLimit", description = "法定期限")
  record LimitView(
      @Schema(example = "REPLY") LegalLimit code,
      @Schema(example = "答复期限") String label,
      @Schema(example = "《信访工作条例》第三十四条") String article,
      @Schema(description = "期限长度的出处", example = "流程模型“信访事项办理”第1版，计时器“答复期限 60日（交办事项按交办期限）”")
      String source) {}

  @Schema(name = "DueDateDay", description = "一个日子及其原因")
  record DayView(
      @Schema(example = "2026-10-01") LocalDate date,
      @Schema(example = "星期四") String weekday,
      @Schema(description = "所属节日；普通周末为“周末”", example = "国庆节") String reason) {

    static DayView of(CalendarDay day) {
      return new DayView(day.date(), ChinaTime.weekday(day.date()), DueDateAnswer.reason(day));
    }
  }

  static DueDateAnswer of(DueDate due, LimitView limit) {
    List<String> basis = new ArrayList<>();
    if (limit != null) {
      basis.add(limit.article() + "：" + limit.label() + due.length() + due.counting().label());
    }
    basis.add(ART_201);
    basis.add(ART_203);
    basis.add(SCHEDULE);
    if (!due.provisionalYears().isEmpty()) {
      basis.add(STATUTORY);
    }
    List<String> warnings = due.provisionalYears().stream()
        .map(year -> year + "年的节假日安排尚未录入，该年暂按《全国年节及纪念日放假办法》规定的法定节假日和星期六、星期日休息计算；"
            + "调休安排以国务院办公厅通知为准，结果为暂定，通知录入后期限可能变动")
        .toList();
    return new DueDateAnswer(due.eventDay(), limit, due.length(), due.counting(), due.counting().label(),
        due.eventDay().plusDays(1), due.nominalLastDay(), due.lastDay(), ChinaTime.weekday(due.lastDay()),
        due.dueAt(), due.moved(), due.skipped().stream().map(DayView::of).toList(),
        due.weekendsWorked().stream().map(DayView::of).toList(), basis, explanation(due), !warnings.isEmpty(), warnings);
  }

  private static String explanation(DueDate due) {
    StringBuilder text = new StringBuilder("自" + day(due.eventDay()) + "的次日起算" + due.length()
        + due.counting().label() + "，");
    if (due.counting() == Counting.CALENDAR_DAYS) {
      if (due.moved()) {
        text.append("最后一日本为").append(dayAndWeekday(due.nominalLastDay())).append("；")
            .append(runs(due.skipped())).append("休息，期限顺延至").append(dayAndWeekday(due.lastDay())).append("。");
      } else {
        text.append("最后一日为").append(dayAndWeekday(due.lastDay())).append("，是工作日。");
      }
    } else {
      if (!due.skipped().isEmpty()) {
        text.append("不计休息日").append(runs(due.skipped())).append("，");
      }
      text.append("于").append(dayAndWeekday(due.lastDay())).append("届满。");
    }
    for (CalendarDay worked : due.weekendsWorked()) {
      text.append(dayAndWeekday(worked.date())).append("为调休上班日（").append(worked.holiday())
          .append("），计为工作日。");
    }
    return text.toString();
  }

  /** Consecutive days with the same reason as one span: 2026年10月1日至10月7日（国庆节）. */
  private static String runs(List<CalendarDay> days) {
    List<String> spans = new ArrayList<>();
    for (int start = 0; start < days.size(); ) {
      int end = start;
      while (end + 1 < days.size() && days.get(end + 1).date().equals(days.get(end).date().plusDays(1))
          && reason(days.get(end + 1)).equals(reason(days.get(start)))) {
        end++;
      }
      LocalDate first = days.get(start).date();
      LocalDate last = days.get(end).date();
      spans.add(day(first) + (first.equals(last) ? "" : "至" + (first.getYear() == last.getYear()
          ? DAY_OF_YEAR.format(last) : day(last))) + "（" + reason(days.get(start)) + "）");
      start = end + 1;
    }
    return String.join("、", spans);
  }

  /** Why a day is what it is; a statutory holiday of a year without its notice is marked provisional. */
  private static String reason(CalendarDay day) {
    if (day.holiday() == null) {
      return "周末";
    }
    return day.official() ? day.holiday() : day.holiday() + "（暂按法定节假日）";
  }

  private static String day(LocalDate date) {
    return ChinaTime.DAY.format(date);
  }

  private static String dayAndWeekday(LocalDate date) {
    return day(date) + "（" + ChinaTime.weekday(date) + "）";
  }
}
