package org.xinfang.desk;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.desk.CaseDetails.PetitionerView;
import org.xinfang.web.Spreadsheet;
import org.xinfang.web.Spreadsheet.Table;

/** A case list as an Excel workbook: the columns of the list, and the petitioners as the case file shows them. */
final class CaseListWorkbook {

  private static final String WITHHELD = "（检举人身份保密）";

  private CaseListWorkbook() {}

  static byte[] of(List<PetitionCase> cases, Map<String, String> unitNames, Predicate<PetitionCase> seesAccuser) {
    Spreadsheet workbook = new Spreadsheet();
    Table table = workbook.sheet("信访事项", List.of("事项编号", "标题", "状态", "信访渠道", "事项类别", "责任单位", "人数",
        "登记时间", "超期", "初信初访", "重复的原事项", "历史导入", "信访人", "身份证号（部分隐去）", "联系电话（部分隐去）"));
    for (PetitionCase petitionCase : cases) {
      CaseSummary line = CaseSummary.of(petitionCase, unitNames);
      List<PetitionerView> petitioners = seesAccuser.test(petitionCase)
          ? petitionCase.getPetitioners().stream().map(PetitionerView::masked).toList() : null;
      table.row(line.caseNumber(), line.title(), line.status().label(), line.channel().label(),
          line.caseClass().label(), line.responsibleUnit() == null ? null : line.responsibleUnit().label(),
          line.personCount(), line.registeredAt(), line.overdue(), line.firstTime(), line.repeatOf(), line.imported(),
          petitioners == null ? WITHHELD : joined(petitioners, PetitionerView::name),
          petitioners == null ? null : joined(petitioners, PetitionerView::idNumber),
          petitioners == null ? null : joined(petitioners, PetitionerView::phone));
    }
    return workbook.bytes();
  }

  private static String joined(List<PetitionerView> petitioners, Function<PetitionerView, String> field) {
    return petitioners.stream().map(field).map(value -> value == null ? "—" : value).collect(Collectors.joining("、"));
  }
}
