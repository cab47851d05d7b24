package org.xinfang.desk;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.audit.AuditLog;
import org.xinfang.casefile.Actors;
import org.xinfang.casefile.CaseAccess;
import org.xinfang.casefile.CaseAccess.Viewer;
import org.xinfang.casefile.CaseNotFoundException;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.desk.CaseDetails.PetitionerView;
import org.xinfang.instruction.InstructionView;
import org.xinfang.instruction.LeaderInstructions;
import org.xinfang.notification.Notifications;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;
import org.xinfang.review.ReviewRequests;
import org.xinfang.web.Exports;

/** Reads cases for the API, as far as the user may see them: one case in full, or a filtered page of summaries. */
@Service
@Transactional(readOnly = true)
class CaseLookup {

  private final PetitionCaseRepository cases;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final UnitRepository units;
  private final LeaderInstructions instructions;
  private final ReviewRequests reviews;
  private final CaseAccess access;
  private final AuditLog audit;
  private final Actors actors;

  CaseLookup(PetitionCaseRepository cases, CaseTimeline timeline, Notifications notifications, UnitRepository units,
      LeaderInstructions instructions, ReviewRequests reviews, CaseAccess access, AuditLog audit, Actors actors) {
    this.access = access;
    this.cases = cases;
    this.timeline = timeline;
    this.notifications = notifications;
    this.units = units;
    this.instructions = instructions;
    this.reviews = reviews;
    this.audit = audit;
    this.actors = actors;
  }

  /** A case the user may not see answers as one that does not exist. */
  public CaseDetails details(String caseNumber) {
    Viewer viewer = access.viewer();
    PetitionCase petitionCase = cases.findByCaseNumber(caseNumber)
        .filter(viewer::maySee)
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    return CaseDetails.of(petitionCase, instructions.of(petitionCase).stream().map(InstructionView::of).toList(),
        timeline.of(petitionCase), notifications.of(petitionCase), unitNames(),
        reviews.of(petitionCase), viewer.seesAccuser(petitionCase));
  }

  /**
   * The petitioners with their full ID and phone numbers; every such view is audited. An accuser
   * is not shown to a user who may not know them: that case answers as one that does not exist.
   */
  @Transactional
  public List<PetitionerView> petitioners(String caseNumber) {
    Viewer viewer = access.viewer();
    PetitionCase petitionCase = cases.findByCaseNumber(caseNumber)
        .filter(found -> viewer.maySee(found) && viewer.seesAccuser(found))
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    List<PetitionerView> petitioners = petitionCase.getPetitioners().stream().map(PetitionerView::full).toList();
    audit.record(actors.current(), AuditLog.PERSONAL_DATA_VIEWED, caseNumber,
        AuditLog.personalDataViewed(petitioners.stream().map(PetitionerView::name).toList()));
    return petitioners;
  }

  public CasePage search(CaseSearch search) {
    Map<String, String> unitNames = unitNames();
    Viewer viewer = access.viewer();
    return CasePage.of(cases.findAll(viewer.visibleCases().and(search.specification(viewer)), search.pageable())
        .map(petitionCase -> CaseSummary.of(petitionCase, unitNames)));
  }

  /**
   * Every case of the search the user may see, as a workbook with the petitioners' names and their
   * numbers masked as the case file shows them (an accuser only to who may know them); at most
   * {@link Exports#MAX_ROWS} cases. The export names people, so it is audited.
   */
  @Transactional
  public byte[] export(CaseSearch search) {
    Viewer viewer = access.viewer();
    Specification<PetitionCase> found = viewer.visibleCases().and(search.specification(viewer));
    long total = cases.count(found);
    Exports.checkRows(total);
    List<PetitionCase> all = cases.findAll(found, search.pageable().getSort());
    byte[] workbook = CaseListWorkbook.of(all, unitNames(), viewer::seesAccuser);
    audit.record(actors.current(), AuditLog.PERSONAL_DATA_EXPORTED, null,
        "导出信访事项列表" + total + "件（含信访人姓名，身份证号和联系电话部分隐去）；条件：" + search.described());
    return workbook;
  }

  /** The unit list is short: one read names every unit a page mentions. */
  private Map<String, String> unitNames() {
    return units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
  }
}
