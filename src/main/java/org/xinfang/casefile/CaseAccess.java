package org.xinfang.casefile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.xinfang.organization.Roles;

/**
 * Which cases the current user may see through our API, row by row: the rule the engine applies to
 * their tasks and process instances. The bureau's roles see every case. A unit's handlers and
 * leaders see the cases routed to their unit while it is responsible (an objection hands the item
 * back); others do not learn that such a case exists. Of an accusation, only the discipline channel
 * and its registrar see who accuses and what they submitted ({@link CaseClass#protectsAccuser()}).
 */
@Component
public class CaseAccess {

  /**
   * The bureau's roles, each of which sees every case of the district, and the reviewing organs,
   * which stand for the levels above the district that any of its answers may come before.
   */
  static final Set<String> WHOLE_DISTRICT = Set.of(Roles.PETITION_ROOM, Roles.MEDIATION_ROOM, Roles.OFFICE,
      Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS, Roles.SUPERVISORS, Roles.DISCIPLINE, Roles.REVIEW_ORGAN,
      Roles.RE_REVIEW_ORGAN, Roles.ADMINISTRATORS);

  /** A user as the rule sees them; no user at all sees nothing. */
  public record Viewer(String userId, Set<String> groups) {

    boolean seesWholeDistrict() {
      return groups.stream().anyMatch(WHOLE_DISTRICT::contains);
    }

    Set<String> units() {
      return groups.stream().flatMap(group -> Roles.unitOf(group).stream()).collect(Collectors.toSet());
    }

    public boolean maySee(PetitionCase petitionCase) {
      return seesWholeDistrict() || units().contains(petitionCase.getResponsibleUnitCode());
    }

    public boolean seesAccuser(PetitionCase petitionCase) {
      return !petitionCase.getCaseClass().protectsAccuser()
          || seesEveryAccuser()
          || (userId != null && userId.equals(petitionCase.getRegisteredBy()));
    }

    /** The discipline channel knows every accuser; anyone else only those they registered. */
    public boolean seesEveryAccuser() {
      return groups.contains(Roles.DISCIPLINE);
    }

    public Specification<PetitionCase> visibleCases() {
      if (seesWholeDistrict()) {
        return (root, query, cb) -> cb.conjunction();
      }
      Set<String> units = units();
      return (root, query, cb) -> units.isEmpty() ? cb.disjunction() : root.get("responsibleUnitCode").in(units);
    }
  }

  private final IdentityService identity;

  CaseAccess(IdentityService identity) {
    this.identity = identity;
  }

  /** The user of this request, as authenticated for the engine. */
  public Viewer viewer() {
    var authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return new Viewer(null, Set.of());
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return new Viewer(authentication.getUserId(), Set.copyOf(groups));
  }
}
