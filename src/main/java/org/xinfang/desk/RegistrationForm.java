package org.xinfang.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.RegistrationRequest;
import org.xinfang.casefile.RegistrationRequest.PetitionerEntry;
import org.xinfang.casefile.SubjectCategory;

/**
 * The fields of the desk's registration forms ({@code forms/form_register_petition.form},
 * {@code forms/form_confirm_registration.form}) read into the API's own {@link RegistrationRequest},
 * so that the form and {@code POST /api/cases} are checked by the same rules. A value of the wrong
 * kind becomes a missing one, which those rules report.
 */
final class RegistrationForm {

  static final int MOST_REPRESENTATIVES = 5;
  /** The confirmation's choice for a petition that repeats none of the earlier cases. */
  static final String NEW_PETITION = "NEW";

  static final String REPRESENTATIVES = "representatives";
  static final String DOCUMENTS = "documents";
  static final String REPEAT_OF = "repeatOf";
  static final String PLACE = "placeUnitCode";

  /** The petitioners' names, ID numbers, phones and addresses: kept in the case record alone. */
  static final Set<String> PERSONAL_FIELDS = personalFields();

  /** Every field the registration form lets the registrar fill in: all a start may submit. */
  static final Set<String> START_FIELDS = startFields();

  private RegistrationForm() {}

  private static Set<String> personalFields() {
    Set<String> fields = new TreeSet<>();
    for (int i = 1; i <= MOST_REPRESENTATIVES; i++) {
      for (String field : List.of("Name", "IdNumber", "Phone", "Address")) {
        fields.add(petitionerField(i, field));
      }
    }
    return Set.copyOf(fields);
  }

  private static Set<String> startFields() {
    Set<String> fields = new TreeSet<>(PERSONAL_FIELDS);
    fields.addAll(List.of("channel", "higherLevelName", "higherLevelReference", "personCount",
        "caseClass", "subjectCategory", "title", "content", DOCUMENTS, REPRESENTATIVES));
    return Set.copyOf(fields);
  }

  static RegistrationRequest read(VariableScope form) {
    return read(form::getVariable);
  }

  /** The fields by name, wherever they come from: the process's variables, or a start's request. */
  static RegistrationRequest read(Function<String, Object> form) {
    return new RegistrationRequest(
        choice(form, "channel", Channel.class),
        text(form, "higherLevelName"),
        text(form, "higherLevelReference"),
        number(form, "personCount"),
        choice(form, "caseClass", CaseClass.class),
        choice(form, "subjectCategory", SubjectCategory.class),
        text(form, "title"),
        contentWithDocuments(text(form, "content"), text(form, DOCUMENTS)),
        text(form, PLACE),
        petitioners(form),
        repeatOf(form));
  }

  /** The materials received are no field of the record: they close the content, as on a paper register. */
  static String contentWithDocuments(String content, String documents) {
    if (documents == null || documents.isBlank() || content == null || content.isBlank()) {
      return content;
    }
    return content.strip() + "\n\n收到材料：" + documents.strip();
  }

  private static List<PetitionerEntry> petitioners(Function<String, Object> form) {
    Integer entered = number(form, REPRESENTATIVES);
    int count = entered == null ? 1 : Math.max(1, Math.min(entered, MOST_REPRESENTATIVES));
    List<PetitionerEntry> petitioners = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      petitioners.add(new PetitionerEntry(text(form, petitionerField(i, "Name")),
          text(form, petitionerField(i, "IdNumber")), text(form, petitionerField(i, "Phone")),
          text(form, petitionerField(i, "Address"))));
    }
    return petitioners;
  }

  static String petitionerField(int number, String field) {
    return "petitioner" + number + field;
  }

  private static String repeatOf(Function<String, Object> form) {
    String chosen = text(form, REPEAT_OF);
    return NEW_PETITION.equals(chosen) ? null : chosen;
  }

  private static String text(Function<String, Object> form, String name) {
    return form.apply(name) instanceof String value ? value : null;
  }

  private static Integer number(Function<String, Object> form, String name) {
    return form.apply(name) instanceof Number value && value.doubleValue() == Math.rint(value.doubleValue())
        && Math.abs(value.doubleValue()) < Integer.MAX_VALUE ? value.intValue() : null;
  }

  private static <E extends Enum<E>> E choice(Function<String, Object> form, String name, Class<E> type) {
    String value = text(form, name);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    return null;
  }
}
