package org.xinfang.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.HistoricalCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.deadline.WeekendCalendar;

/** Every rule a row must keep, reported on its line and column; a clean row worked out as the process would. */
class CaseRowsTest {

  private final DueDateCalculator calculator = new DueDateCalculator(new WeekendCalendar());
  private final Map<String, Known.ExistingCase> existing = new HashMap<>();

  /** The system as the checks see it: the weekend calendar, the statutory lengths, 30-day windows. */
  private final Known known = new Known() {
    @Override public LocalDate today() { return LocalDate.of(2026, 6, 1); }
    @Override public boolean unitExists(String code) { return code.equals("dongcheng"); }
    @Override public Optional<ExistingCase> existing(String caseNumber) { return Optional.ofNullable(existing.get(caseNumber)); }
    @Override public Instant dueAt(LegalLimit limit, Instant from) {
      return switch (limit) {
        case OBJECTION -> calculator.afterWorkingDays(from, 5);
        case REPLY -> calculator.afterDays(from, 60);
        default -> calculator.afterDays(from, 15);
      };
    }
    @Override public Instant afterDays(Instant from, int days) { return calculator.afterDays(from, days); }
    @Override public Instant ratingWindowEndsAt(Instant repliedAt) { return calculator.afterDays(repliedAt, 30); }
    @Override public LocalDate reviewWindowLastDay(LocalDate repliedOn) { return calculator.countDays(repliedOn, 30).lastDay(); }
  };

  @Test
  void aCleanRowBecomesTheCaseTheProcessWouldHaveLeft() {
    CaseRows.Checked checked = check(row(r -> { }));

    HistoricalCase history = checked.rows().get(0).history();
    assertThat(history.caseNumber()).isEqualTo("XF-2024-00001");
    assertThat(history.intake().channel()).isEqualTo(Channel.VISIT);
    // 2024-01-05 + 15 days = Sat 2024-01-20, moved to Monday 2024-01-22 on a weekends-only year
    assertThat(ChinaTime.dayOf(history.routingDueAt())).isEqualTo(LocalDate.of(2024, 1, 22));
    assertThat(ChinaTime.dayOf(history.replyDueAt())).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(history.fingerprint()).hasSize(64);
    assertThat(checked.rows().get(0).rating().ratedAt()).isNotNull();
  }

  @Test
  void eachRuleIsReportedOnItsLineAndColumn() {
    assertProblem(r -> r.remove("标题"), "标题", "必须填写");
    assertProblem(r -> r.put("标题", "标题\u202E反转"), "标题", "不可见字符");
    assertProblem(r -> r.put("事项编号", "2024-1"), "事项编号", "XF-年份-五位序号");
    assertProblem(r -> r.put("事项编号", "XF-2023-00001"), "事项编号", "年份");
    assertProblem(r -> r.put("信访渠道", "微信"), "信访渠道", "应为以下之一");
    assertProblem(r -> r.put("事项类别", "投诉"), "事项类别", "应为以下之一");
    assertProblem(r -> r.put("内容分类", "X"), "内容分类", "应为以下之一");
    assertProblem(r -> r.put("责任单位代码", "xicheng"), "责任单位代码", "不是本系统中的责任单位代码");
    assertProblem(r -> r.put("信访渠道", "上级转送交办"), "上级机关名称", "必须填写上级机关名称");
    assertProblem(r -> r.put("转送交办文号", "永信转1号"), "转送交办文号", "仅上级转送交办");
    assertProblem(r -> r.put("信访人数", "0"), "信访人数", "1至9999");
    assertProblem(r -> r.put("信访人2姓名", "李四"), "信访人数", "不能少于");
    assertProblem(r -> r.put("信访人1身份证号", "110105194912310021"), "信访人1身份证号", "18位公民身份号码");
    assertProblem(r -> r.put("信访人1联系电话", "12345"), "信访人1联系电话", "手机号码");
    assertProblem(r -> r.put("信访人3联系电话", "13812345678"), "信访人3姓名", "必须填写姓名");
    assertProblem(r -> r.put("登记日期", "2024/1/5"), "登记日期", "yyyy-MM-dd");
    assertProblem(r -> r.put("办结日期", "2026-06-02"), "办结日期", "不能晚于今天");
    assertProblem(r -> r.put("受理日期", "2024-01-06"), "受理日期", "不能早于转送交办日期");
    assertProblem(r -> r.put("办结日期", "2024-03-01"), "办结日期", "应与答复日期相同");
    assertProblem(r -> r.put("处理方式", "不予受理"), "处理方式", "只能导入转送或交办");
    assertProblem(r -> r.put("处理方式", "交办"), "交办期限（日）", "必须填写交办期限");
    assertProblem(r -> r.put("交办期限（日）", "30"), "交办期限（日）", "仅交办");
    assertProblem(r -> r.put("初信初访或重复信访", "重复信访"), "原事项编号", "必须填写所重复的原事项编号");
    assertProblem(r -> r.put("原事项编号", "XF-2023-00001"), "原事项编号", "初信初访的事项不填写");
    assertProblem(r -> r.put("延期天数", "31"), "延期天数", "1至30");
    assertProblem(r -> r.put("延期天数", "10"), "延期批准日期", "必须填写延期批准日期");
    assertProblem(r -> { r.put("延期天数", "10"); r.put("延期批准日期", "2024-03-13"); }, "延期批准日期", "不能晚于答复日期");
    assertProblem(r -> { r.remove("信访部门评价"); r.remove("责任单位评价"); r.remove("评价日期"); }, "评价日期", "应填写“逾期未评价”");
    assertProblem(r -> r.remove("评价日期"), "评价日期", "有评价结果的必须填写评价日期");
    assertProblem(r -> {
      r.putAll(Map.of("事项编号", "XF-2026-00001", "登记日期", "2026-04-01", "转送交办日期", "2026-04-02",
          "受理日期", "2026-04-03", "答复日期", "2026-05-20", "办结日期", "2026-05-20", "评价日期", CaseRows.EXPIRED_UNRATED));
      r.remove("信访部门评价");
      r.remove("责任单位评价");
    }, "评价日期", "不能记为逾期未评价");
    assertProblem(r -> r.put("评价日期", "2024-04-30"), "评价日期", "晚于评价期限");
    assertProblem(r -> r.remove("责任单位评价"), "责任单位评价", "必须填写对责任单位的评价");
    assertProblem(r -> r.put("复查请求日期", "2024-02-20"), "复查请求日期", "不能早于答复日期");
    assertProblem(r -> r.put("复查请求日期", "2024-03-10"), "复查意见日期", "必须填写复查意见日期");
    assertProblem(r -> { r.put("复查请求日期", "2024-05-10"); r.put("复查意见日期", "2024-05-20"); },
        "复查意见日期", "超过复查申请期限");
    assertProblem(r -> r.put("复查意见日期", "2024-05-20"), "复查意见日期", "没有复查请求");
  }

  @Test
  void aRepeatNamesAnEarlierCaseOfTheFileOrTheSystem() {
    Map<String, String> repeat = row(r -> {
      r.put("事项编号", "XF-2024-00002");
      r.put("登记日期", "2024-01-06");
      r.put("初信初访或重复信访", "重复信访");
      r.put("原事项编号", "XF-2024-00001");
    });
    assertThat(check(row(r -> { }), repeat).rows().get(1).history().intake().repeatOf()).isEqualTo("XF-2024-00001");

    List<RowProblem> problems = problems(repeat, row(r -> { }));
    assertThat(problems).extracting(p -> p.line() + " " + p.column()).containsExactly("2 原事项编号");
  }

  @Test
  void allBadRowsOfTheFileAreListedWithTheirLines() {
    List<RowProblem> problems = problems(row(r -> r.put("信访人数", "x")), row(r -> r.put("事项编号", "XF-2024-00002")),
        row(r -> r.put("事项编号", "XF-2024-00002")));
    assertThat(problems).extracting(p -> p.line() + " " + p.column() + " " + p.reason())
        .containsExactly("2 信访人数 应为1至9999的整数", "4 事项编号 与第3行的事项编号重复");
  }

  @Test
  void aRowImportedBeforeIsUnchangedWhenTheSameAndAConflictWhenNot() {
    Map<String, String> row = row(r -> { });
    String fingerprint = CaseRows.fingerprint(new SourceFile.Row(2, row));
    existing.put("XF-2024-00001", new Known.ExistingCase(true, fingerprint, Instant.EPOCH, Instant.EPOCH));
    CaseRows.Checked again = check(row);
    assertThat(again.rows()).isEmpty();
    assertThat(again.unchanged()).containsExactly("XF-2024-00001");

    assertThat(problems(row(r -> r.put("标题", "另一个标题")))).singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("内容与导入时不同"));
    existing.put("XF-2024-00001", new Known.ExistingCase(false, null, Instant.EPOCH, null));
    assertThat(problems(row)).singleElement().satisfies(p -> assertThat(p.reason()).contains("在本系统登记"));
  }

  private void assertProblem(Consumer<Map<String, String>> change, String column, String reason) {
    assertThat(problems(row(change))).as(column + ": " + reason)
        .anySatisfy(problem -> {
          assertThat(problem.line()).isEqualTo(2);
          assertThat(problem.column()).isEqualTo(column);
          assertThat(problem.reason()).contains(reason);
        });
  }

  @SafeVarargs
  private CaseRows.Checked check(Map<String, String>... rows) {
    return CaseRows.check(file(rows), known);
  }

  @SafeVarargs
  private List<RowProblem> problems(Map<String, String>... rows) {
    try {
      check(rows);
    } catch (ImportFileRefused refused) {
      return refused.problems();
    }
    throw new AssertionError("no problem found");
  }

  @SafeVarargs
  private static SourceFile file(Map<String, String>... rows) {
    List<SourceFile.Row> lines = new java.util.ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      Map<String, String> cells = new LinkedHashMap<>(rows[i]);
      cells.values().removeIf(String::isEmpty);
      lines.add(new SourceFile.Row(i + 2, cells));
    }
    return new SourceFile(ImportColumn.headers(), lines);
  }

  /** A clean transferred visit, changed by {@code change}. */
  private static Map<String, String> row(Consumer<Map<String, String>> change) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("事项编号", "XF-2024-00001");
    row.put("登记日期", "2024-01-05");
    row.put("信访渠道", "来访");
    row.put("事项类别", "申诉求决");
    row.put("内容分类", "城乡建设");
    row.put("标题", "反映房屋漏水");
    row.put("信访人数", "1");
    row.put("信访人1姓名", "张三");
    row.put("信访人1身份证号", "11010519491231002x");
    row.put("信访人1联系电话", "13812345678");
    row.put("初信初访或重复信访", "初信初访");
    row.put("处理方式", "转送");
    row.put("转送交办日期", "2024-01-08");
    row.put("责任单位代码", "dongcheng");
    row.put("受理日期", "2024-01-12");
    row.put("答复日期", "2024-02-29");
    row.put("办结日期", "2024-02-29");
    row.put("信访部门评价", "满意");
    row.put("责任单位评价", "基本满意");
    row.put("评价日期", "2024-03-05");
    change.accept(row);
    return row;
  }
}
