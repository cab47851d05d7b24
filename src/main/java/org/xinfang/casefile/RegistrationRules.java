package org.xinfang.casefile;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;

/**
 * Checks what a single field cannot: each broken rule is reported on the field to correct. The
 * messages never quote the input, which Bean Validation would otherwise interpolate.
 */
class RegistrationRules implements ConstraintValidator<ValidRegistration, RegistrationRequest> {

  private final UnitRepository units;
  private final PetitionCaseRepository cases;

  RegistrationRules(UnitRepository units, PetitionCaseRepository cases) {
    this.units = units;
    this.cases = cases;
  }

  @Override
  public boolean isValid(RegistrationRequest request, ConstraintValidatorContext context) {
    Violations violations = new Violations(context);
    if (request.channel() == Channel.HIGHER_LEVEL) {
      // an item forwarded or assigned from above is answered to that level under its reference (Art. 22)
      violations.when(request.higherLevelName() == null, "higherLevelName", "上级转送交办的事项必须填写上级机关名称");
      violations.when(request.higherLevelReference() == null, "higherLevelReference", "上级转送交办的事项必须填写转送交办文号");
    } else if (request.channel() != null) {
      violations.when(request.higherLevelName() != null, "higherLevelName", "仅上级转送交办的事项填写上级机关名称");
      violations.when(request.higherLevelReference() != null, "higherLevelReference", "仅上级转送交办的事项填写转送交办文号");
    }
    if (request.personCount() != null && request.petitioners() != null) {
      violations.when(request.personCount() < request.petitioners().size(), "personCount", "信访人数不能少于登记的信访人数");
    }
    // a code that is not even well-formed is reported on its field and never reaches the database
    if (request.placeUnitCode() != null && request.placeUnitCode().matches(Unit.CODE_PATTERN)) {
      boolean isPlace = units.findById(request.placeUnitCode())
          .filter(Unit::isActive)
          .map(unit -> unit.getKind().isPlace())
          .orElse(false);
      violations.when(!isPlace, "placeUnitCode", "不是本区乡镇、街道或农林场的单位代码");
    }
    if (request.repeatOf() != null) {
      violations.when(!cases.existsByCaseNumber(request.repeatOf()), "repeatOf", "没有这个编号的信访事项，无法关联为重复信访");
    }
    if (request.petitioners() != null) {
      for (int i = 0; i < request.petitioners().size(); i++) {
        RegistrationRequest.PetitionerEntry petitioner = request.petitioners().get(i);
        if (petitioner != null && petitioner.phone() == null && petitioner.address() == null) {
          // written notices must reach the petitioner (Art. 23)
          violations.onPetitioner(i, "phone", "联系电话和通讯地址至少填写一项，以便送达告知书");
        }
      }
    }
    return violations.none();
  }

  private static final class Violations {
    private final ConstraintValidatorContext context;
    private boolean found;

    Violations(ConstraintValidatorContext context) {
      this.context = context;
      context.disableDefaultConstraintViolation();
    }

    void when(boolean broken, String field, String reason) {
      if (broken) {
        context.buildConstraintViolationWithTemplate(reason).addPropertyNode(field).addConstraintViolation();
        found = true;
      }
    }

    void onPetitioner(int index, String field, String reason) {
      context.buildConstraintViolationWithTemplate(reason)
          .addPropertyNode("petitioners")
          .addPropertyNode(field).inIterable().atIndex(index)
          .addConstraintViolation();
      found = true;
    }

    boolean none() {
      return !found;
    }
  }
}
