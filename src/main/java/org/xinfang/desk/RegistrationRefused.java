package org.xinfang.desk;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinfang.casefile.RegistrationRequest;
import org.xinfang.workflow.InvalidStepInput;

/**
 * A registration at the desk that breaks the rules of {@code POST /api/cases}: the engine rolls
 * everything back and Tasklist shows the registrar every reason, each after the label of its field.
 * The field is the API's (e.g. {@code petitioners[0].phone}), the reason the API's own words.
 */
class RegistrationRefused extends InvalidStepInput {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("channel", "信访渠道"), Map.entry("higherLevelName", "上级机关名称"),
      Map.entry("higherLevelReference", "转送交办文号"), Map.entry("personCount", "信访人数"),
      Map.entry("caseClass", "事项类别"), Map.entry("subjectCategory", "内容分类"), Map.entry("title", "标题"),
      Map.entry("content", "信访内容"), Map.entry("placeUnitCode", "问题发生地"), Map.entry("petitioners", "信访人"),
      Map.entry("repeatOf", "重复信访的原事项"), Map.entry("name", "姓名"), Map.entry("idNumber", "公民身份号码"),
      Map.entry("phone", "联系电话"), Map.entry("address", "通讯地址"));
  private static final Pattern PETITIONER = Pattern.compile("petitioners\\[(\\d+)]\\.(\\w+)");

  private final String message;

  private RegistrationRefused(String field, String reason, String message) {
    super(field, reason);
    this.message = message;
  }

  static RegistrationRefused of(Set<ConstraintViolation<RegistrationRequest>> violations) {
    List<ConstraintViolation<RegistrationRequest>> sorted = violations.stream()
        .sorted(Comparator.comparing((ConstraintViolation<RegistrationRequest> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessage))
        .toList();
    ConstraintViolation<RegistrationRequest> first = sorted.get(0);
    String all = String.join("；", sorted.stream()
        .map(v -> label(v.getPropertyPath().toString()) + "：" + v.getMessage()).toList());
    return new RegistrationRefused(first.getPropertyPath().toString(), first.getMessage(), "登记内容需要修改：" + all);
  }

  static String label(String field) {
    Matcher petitioner = PETITIONER.matcher(field);
    if (petitioner.matches()) {
      return "第" + (Integer.parseInt(petitioner.group(1)) + 1) + "位信访人的" + LABELS.getOrDefault(petitioner.group(2),
          petitioner.group(2));
    }
    return LABELS.getOrDefault(field.replaceAll("\\[\\d+]$", ""), field.isEmpty() ? "登记内容" : field);
  }

  @Override
  public String getMessage() {
    return message;
  }
}
