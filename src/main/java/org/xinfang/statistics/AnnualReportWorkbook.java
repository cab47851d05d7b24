package org.xinfang.statistics;

import java.util.List;
import org.xinfang.statistics.AnnualReport.CountLine;
import org.xinfang.statistics.AnnualReport.RateLine;
import org.xinfang.statistics.AnnualReport.Ratio;
import org.xinfang.statistics.AnnualReport.TargetLine;
import org.xinfang.statistics.AnnualReport.UnitLine;
import org.xinfang.statistics.StatisticsReport.Breakdown;
import org.xinfang.web.Spreadsheet;
import org.xinfang.web.Spreadsheet.Percent;
import org.xinfang.web.Spreadsheet.Table;

/** The annual self-evaluation as an Excel workbook: one sheet per part of the report, figures as numbers. */
final class AnnualReportWorkbook {

  private AnnualReportWorkbook() {}

  static byte[] of(AnnualReport report) {
    Spreadsheet workbook = new Spreadsheet();

    Table targets = workbook.sheet("绩效目标", List.of("指标", "目标", "实际值", "实际", "分子", "分母", "完成情况"));
    for (TargetLine line : report.targets()) {
      targets.row(line.label(), line.target(), line.actual(), line.actualText(), line.numerator(), line.denominator(),
          line.met() == null ? "无数据" : line.met() ? "已完成" : "未完成");
    }

    Table counts = workbook.sheet("主要数据", List.of("项目", "单位", "本年", "上年", "同比"));
    for (CountLine line : report.counts()) {
      counts.row(line.label(), line.unit(), line.value(), line.yearBefore(), new Percent(line.change()));
    }

    Table rates = workbook.sheet("各项比率", List.of("指标", "分子所计", "分母所计", "分子", "分母", "本年", "上年"));
    for (RateLine line : report.rates()) {
      rates.row(line.label(), line.numeratorCounted(), line.denominatorCounted(), line.numerator(), line.denominator(),
          new Percent(line.rate()), new Percent(line.rateYearBefore()));
    }

    Table channels = workbook.sheet("按信访渠道", List.of("渠道", "信访事项（件）", "来访人次"));
    for (Breakdown line : report.byChannel()) {
      channels.row(line.key().label(), line.items(), line.visitPersons());
    }

    Table units = workbook.sheet("按责任单位", List.of("责任单位", "信访事项",
        "及时受理（分子）", "及时受理（分母）", "责任单位及时受理率",
        "按期答复（分子）", "按期答复（分母）", "按期答复率",
        "一次性化解（分子）", "一次性化解（分母）", "一次性化解率", "当前超期未办"));
    for (UnitLine line : report.byUnit()) {
      units.row(line.unit(), line.items(), line.acceptanceOnTime().numerator(), line.acceptanceOnTime().denominator(),
          percent(line.acceptanceOnTime()), line.replyOnTime().numerator(), line.replyOnTime().denominator(),
          percent(line.replyOnTime()), line.oneTimeResolution().numerator(), line.oneTimeResolution().denominator(),
          percent(line.oneTimeResolution()), line.overdueNow());
    }
    return workbook.bytes();
  }

  private static Percent percent(Ratio ratio) {
    return new Percent(ratio.rate());
  }
}
