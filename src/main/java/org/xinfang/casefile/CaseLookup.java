package org.xinfang.casefile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.audit.AuditLog;
import org.xinfang.casefile.CaseDetails.PetitionerView;
import org.xinfang.notification.Notifications;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;

/** Reads cases for the API: one case in full, or a filtered page of summaries. */
@Service
@Transactional(readOnly = true)
public class CaseLookup {

  private final PetitionCaseRepository cases;
  private final CaseTimeline timeline;
  private final Notifications notifications;
  private final UnitRepository units;
  private final AuditLog audit;
  private final Actors actors;

  CaseLookup(PetitionCaseRepository cases, CaseTimeline timeline, Notifications notifications, UnitRepository units,
      AuditLog audit, Actors actors) {
    this.cases = cases;
    this.timeline = timeline;
    this.notifications = notifications;
    this.units = units;
    this.audit = audit;
    this.actors = actors;
  }

  public CaseDetails details(String caseNumber) {
    PetitionCase petitionCase = find(caseNumber);
    return CaseDetails.of(petitionCase, timeline.of(petitionCase), notifications.of(petitionCase), unitNames());
  }

  /** The petitioners with their full ID and phone numbers; every such view is audited. */
  @Transactional
  public List<PetitionerView> petitioners(String caseNumber) {
    PetitionCase petitionCase = find(caseNumber);
    List<PetitionerView> petitioners = petitionCase.getPetitioners().stream().map(PetitionerView::full).toList();
    audit.record(actors.current(), AuditLog.PERSONAL_DATA_VIEWED, caseNumber,
        "查看信访人完整身份证号和联系电话：" + petitioners.stream().map(PetitionerView::name).toList());
    return petitioners;
  }

  private PetitionCase find(String caseNumber) {
    return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
  }

  public CasePage search(CaseSearch search) {
    Map<String, String> unitNames = unitNames();
    return CasePage.of(cases.findAll(search.specification(), search.pageable())
        .map(petitionCase -> CaseSummary.of(petitionCase, unitNames)));
  }

  /** The unit list is short: one read names every unit a page mentions. */
  private Map<String, String> unitNames() {
    return units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
  }
}
