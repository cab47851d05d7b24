package org.xinfang.desk;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinfang.casefile.CaseAccess.Viewer;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.Petitioner;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.Unit;
import org.xinfang.web.PlainText;

/**
 * The filters of a case list; each given filter narrows it. Registration dates are days in China
 * Standard Time and both ends are included.
 */
record CaseSearch(
    @Schema(description = "事项编号或其一部分", example = "XF-2026-00042")
    @Size(max = 20, message = "不能超过20个字符") @PlainText String caseNumber,
    @Schema(description = "信访人姓名或其一部分；检举控告事项只对可知悉检举人的用户按检举人查到")
    @Size(max = 50, message = "不能超过50个字") @PlainText String petitioner,
    @Schema(description = "事项状态") CaseStatus status,
    @Schema(description = "责任单位代码")
    @Pattern(regexp = Unit.CODE_PATTERN, message = "不是有效的单位代码") String unit,
    @Schema(description = "事项类别") CaseClass caseClass,
    @Schema(description = "信访渠道") Channel channel,
    @Schema(description = "是否有法定期限已届满而未办理") Boolean overdue,
    @Schema(description = "true只列初信初访，false只列重复信访") Boolean firstTime,
    @Schema(description = "登记日期起（含），北京时间", example = "2026-01-01")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredFrom,
    @Schema(description = "登记日期止（含），北京时间", example = "2026-12-31")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredTo,
    @Schema(description = "页码，从0开始，最大" + CaseSearch.MAX_PAGE, defaultValue = "0")
    @Min(value = 0, message = "不能小于0") @Max(value = CaseSearch.MAX_PAGE, message = "不能超过" + CaseSearch.MAX_PAGE)
    Integer page,
    @Schema(description = "每页条数，最多" + CaseSearch.MAX_SIZE, defaultValue = "20")
    @Min(value = 1, message = "不能小于1") @Max(value = CaseSearch.MAX_SIZE, message = "不能超过" + CaseSearch.MAX_SIZE)
    Integer size) {

  private static final List<CaseClass> ACCUSER_PROTECTING =
      Arrays.stream(CaseClass.values()).filter(CaseClass::protectsAccuser).toList();

  static final int MAX_SIZE = 100;
  /** Far beyond any list a person pages through, and the page's first row stays a number the database takes. */
  static final int MAX_PAGE = 100_000;

  public CaseSearch {
    caseNumber = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip().toUpperCase(Locale.ROOT);
    petitioner = petitioner == null || petitioner.isBlank() ? null : petitioner.strip();
    unit = unit == null || unit.isBlank() ? null : unit.strip();
    page = page == null ? 0 : page;
    size = size == null ? 20 : size;
  }

  private static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The filters given, in Chinese, for the audit log of an export. */
  String described() {
    List<String> given = new ArrayList<>();
    if (caseNumber != null) {
      given.add("事项编号含" + caseNumber);
    }
    if (petitioner != null) {
      given.add("信访人含" + petitioner);
    }
    if (status != null) {
      given.add("状态" + status.label());
    }
    if (unit != null) {
      given.add("责任单位" + unit);
    }
    if (caseClass != null) {
      given.add("类别" + caseClass.label());
    }
    if (channel != null) {
      given.add("渠道" + channel.label());
    }
    if (overdue != null) {
      given.add(overdue ? "已超期" : "未超期");
    }
    if (firstTime != null) {
      given.add(firstTime ? "初信初访" : "重复信访");
    }
    if (registeredFrom != null) {
      given.add("登记日期起" + registeredFrom);
    }
    if (registeredTo != null) {
      given.add("登记日期止" + registeredTo);
    }
    return given.isEmpty() ? "全部" : String.join("，", given);
  }

  Pageable pageable() {
    return PageRequest.of(page, size, Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id")));
  }

  /** The viewer decides whether an accuser's name finds their case (Art. 30 ¶3, {@code CaseAccess}). */
  Specification<PetitionCase> specification(Viewer viewer) {
    return (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (caseNumber != null) {
        all.add(cb.like(root.get("caseNumber"), "%" + likeLiteral(caseNumber) + "%", '\\'));
      }
      if (petitioner != null) {
        Subquery<Long> named = query.subquery(Long.class);
        Root<Petitioner> person = named.from(Petitioner.class);
        named.select(person.get("petitionCase").get("id"))
            .where(cb.like(person.get("name"), "%" + likeLiteral(petitioner) + "%", '\\'));
        all.add(root.get("id").in(named));
        if (!viewer.seesEveryAccuser()) {
          all.add(cb.or(root.get("caseClass").in(ACCUSER_PROTECTING).not(),
              viewer.userId() == null ? cb.disjunction() : cb.equal(root.get("registeredBy"), viewer.userId())));
        }
      }
      if (status != null) {
        all.add(cb.equal(root.get("status"), status));
      }
      if (unit != null) {
        all.add(cb.equal(root.get("responsibleUnitCode"), unit));
      }
      if (caseClass != null) {
        all.add(cb.equal(root.get("caseClass"), caseClass));
      }
      if (channel != null) {
        all.add(cb.equal(root.get("channel"), channel));
      }
      if (overdue != null) {
        all.add(cb.equal(root.get("overdue"), overdue));
      }
      if (firstTime != null) {
        all.add(cb.equal(root.get("firstTime"), firstTime));
      }
      if (registeredFrom != null) {
        all.add(cb.greaterThanOrEqualTo(root.get("registeredAt"), registeredFrom.atStartOfDay(ChinaTime.ZONE).toInstant()));
      }
      if (registeredTo != null) {
        all.add(cb.lessThan(root.get("registeredAt"), registeredTo.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
  }
}
