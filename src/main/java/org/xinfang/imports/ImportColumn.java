package org.xinfang.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A column of the import file: its Chinese header, which the file must use, and its English name in
 * the documentation. Required columns must be in the header row and filled on every row; optional
 * ones may be left out of the file altogether.
 */
record ImportColumn(String header, String english, boolean required) {

  /** Petitioners 1 to 5 (Art. 20: a group visit names at most five representatives). */
  static final int MAX_PETITIONERS = 5;

  static final ImportColumn CASE_NUMBER = required("事项编号", "case number");
  static final ImportColumn REGISTERED_ON = required("登记日期", "registration date");
  static final ImportColumn CHANNEL = required("信访渠道", "channel");
  static final ImportColumn HIGHER_LEVEL_NAME = optional("上级机关名称", "higher-level organ");
  static final ImportColumn HIGHER_LEVEL_REFERENCE = optional("转送交办文号", "higher-level reference");
  static final ImportColumn CASE_CLASS = required("事项类别", "class");
  static final ImportColumn SUBJECT = required("内容分类", "subject category");
  static final ImportColumn TITLE = required("标题", "title");
  static final ImportColumn CONTENT = optional("信访内容", "content");
  static final ImportColumn PERSON_COUNT = required("信访人数", "person count");
  static final ImportColumn FIRST_TIME = required("初信初访或重复信访", "first-time or repeat");
  static final ImportColumn REPEAT_OF = optional("原事项编号", "earlier case number");
  static final ImportColumn ROUTING = required("处理方式", "routing decision");
  static final ImportColumn ROUTED_ON = required("转送交办日期", "routing date");
  static final ImportColumn UNIT = required("责任单位代码", "responsible unit code");
  static final ImportColumn ASSIGNMENT_DAYS = optional("交办期限（日）", "assignment days");
  static final ImportColumn ACCEPTED_ON = required("受理日期", "acceptance date");
  static final ImportColumn EXTENSION_DAYS = optional("延期天数", "extension days");
  static final ImportColumn EXTENSION_ON = optional("延期批准日期", "extension approval date");
  static final ImportColumn OUTCOME = optional("处理结果", "outcome");
  static final ImportColumn REPLIED_ON = required("答复日期", "reply date");
  static final ImportColumn CLOSED_ON = required("办结日期", "closing date");
  static final ImportColumn DEPARTMENT_RATING = optional("信访部门评价", "rating of the petition department");
  static final ImportColumn UNIT_RATING = optional("责任单位评价", "rating of the responsible unit");
  static final ImportColumn RATED_ON = optional("评价日期", "rating date");
  static final ImportColumn REVIEW_REQUESTED_ON = optional("复查请求日期", "review request date");
  static final ImportColumn REVIEW_ANSWERED_ON = optional("复查意见日期", "review answer date");

  /** Every column, in the order of the template and of the fingerprint. */
  static final List<ImportColumn> ALL = all();

  static ImportColumn petitionerName(int n) {
    return ALL.get(ALL.indexOf(PERSON_COUNT) + 1 + 3 * (n - 1));
  }

  static ImportColumn petitionerIdNumber(int n) {
    return ALL.get(ALL.indexOf(PERSON_COUNT) + 2 + 3 * (n - 1));
  }

  static ImportColumn petitionerPhone(int n) {
    return ALL.get(ALL.indexOf(PERSON_COUNT) + 3 + 3 * (n - 1));
  }

  private static List<ImportColumn> all() {
    List<ImportColumn> all = new ArrayList<>(List.of(CASE_NUMBER, REGISTERED_ON, CHANNEL, HIGHER_LEVEL_NAME,
        HIGHER_LEVEL_REFERENCE, CASE_CLASS, SUBJECT, TITLE, CONTENT, PERSON_COUNT));
    for (int n = 1; n <= MAX_PETITIONERS; n++) {
      all.add(new ImportColumn("信访人" + n + "姓名", "petitioner " + n + ": name", n == 1));
      all.add(optional("信访人" + n + "身份证号", "petitioner " + n + ": ID number"));
      all.add(optional("信访人" + n + "联系电话", "petitioner " + n + ": phone"));
    }
    all.addAll(List.of(FIRST_TIME, REPEAT_OF, ROUTING, ROUTED_ON, UNIT, ASSIGNMENT_DAYS, ACCEPTED_ON,
        EXTENSION_DAYS, EXTENSION_ON, OUTCOME, REPLIED_ON, CLOSED_ON, DEPARTMENT_RATING, UNIT_RATING, RATED_ON,
        REVIEW_REQUESTED_ON, REVIEW_ANSWERED_ON));
    return Collections.unmodifiableList(all);
  }

  static List<String> headers() {
    return ALL.stream().map(ImportColumn::header).toList();
  }

  private static ImportColumn required(String header, String english) {
    return new ImportColumn(header, english, true);
  }

  private static ImportColumn optional(String header, String english) {
    return new ImportColumn(header, english, false);
  }
}
