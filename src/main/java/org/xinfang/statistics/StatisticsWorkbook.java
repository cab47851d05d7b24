package org.xinfang.statistics;

import java.util.List;
import org.xinfang.statistics.StatisticsReport.Breakdown;
import org.xinfang.statistics.StatisticsReport.Figure;
import org.xinfang.statistics.StatisticsReport.Group;
import org.xinfang.web.Spreadsheet;
import org.xinfang.web.Spreadsheet.Percent;
import org.xinfang.web.Spreadsheet.Table;

/** The statistics of a period, or the cases behind one number, as an Excel workbook with Chinese headers. */
final class StatisticsWorkbook {

  private static final List<String> FIGURE_COLUMNS = List.of("指标", "统计口径", "计数", "分子", "分母", "比率",
      "分子所计", "计数或分母所计");

  private StatisticsWorkbook() {}

  static byte[] of(StatisticsReport report) {
    Spreadsheet workbook = new Spreadsheet();
    Table scope = workbook.sheet("统计范围", List.of("项目", "内容"));
    scope.row("统计期间", report.period().label());
    scope.row("统计范围", report.scope().wholeDistrict() ? "全区" : "本单位");
    scope.row("责任单位", report.scope().unit() == null ? "全部" : report.scope().unit().label());
    scope.row("信访渠道", report.scope().channel() == null ? "全部" : report.scope().channel().label());
    scope.row("事项类别", report.scope().caseClass() == null ? "全部" : report.scope().caseClass().label());
    scope.row("内容分类", report.scope().subject() == null ? "全部" : report.scope().subject().label());
    scope.row("统计时点", report.asOf());

    Table figures = workbook.sheet("各项指标", FIGURE_COLUMNS);
    report.figures().forEach(figure -> figures.row(figureRow(figure)));
    figures.row("初信初访量上年同期", "按登记时间", report.firstTime().yearBefore(), null, null,
        new Percent(report.firstTime().change()), null, "同比变化见比率列");

    if (!report.groups().isEmpty()) {
      Table groups = workbook.sheet("分组", List.of("分组", "指标", "统计口径", "计数", "分子", "分母", "比率"));
      for (Group group : report.groups()) {
        for (Figure figure : group.figures()) {
          groups.row(group.key().label(), figure.label(), figure.periodRule(), figure.value(), figure.numerator(),
              figure.denominator(), new Percent(figure.rate()));
        }
      }
    }
    breakdown(workbook, "按信访渠道", "信访渠道", report.byChannel());
    breakdown(workbook, "按事项类别", "事项类别", report.byClass());
    breakdown(workbook, "信访最多的单位", "责任单位", report.topUnits());
    breakdown(workbook, "信访最多的内容", "内容分类", report.topSubjects());
    return workbook.bytes();
  }

  /** The rows behind a number: the same columns as the dashboard's list, all pages. */
  static byte[] of(Statistics.CasesBehind behind, String counted) {
    Spreadsheet workbook = new Spreadsheet();
    Table cases = workbook.sheet(behind.indicator().label(), List.of("事项编号", "标题", "状态", "信访渠道", "事项类别",
        "责任单位", "人数", "登记时间", "计入统计的时间"));
    for (FigureQueries.Row row : behind.rows()) {
      CasesBehindPage.CaseRow shown = CasesBehindPage.CaseRow.of(row);
      cases.row(shown.caseNumber(), shown.title(), shown.status().label(), shown.channel().label(),
          shown.caseClass().label(), shown.responsibleUnit() == null ? null : shown.responsibleUnit().label(),
          shown.personCount(), shown.registeredAt(), shown.countedAt());
    }
    Table about = workbook.sheet("说明", List.of("项目", "内容"));
    about.row("指标", behind.indicator().label());
    about.row("所列事项", counted);
    about.row("统计期间", behind.period().label());
    about.row("件数", behind.total());
    return workbook.bytes();
  }

  private static Object[] figureRow(Figure figure) {
    return new Object[] {figure.label(), figure.periodRule(), figure.value(), figure.numerator(), figure.denominator(),
        new Percent(figure.rate()), figure.numeratorCounted(), figure.counted()};
  }

  private static void breakdown(Spreadsheet workbook, String sheet, String key, List<Breakdown> lines) {
    Table table = workbook.sheet(sheet, List.of(key, "信访事项（件）", "来访人次"));
    lines.forEach(line -> table.row(line.key().label(), line.items(), line.visitPersons()));
  }
}
