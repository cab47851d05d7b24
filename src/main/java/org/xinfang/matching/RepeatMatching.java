package org.xinfang.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casefile.CaseAccess;
import org.xinfang.casefile.CaseAccess.Viewer;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.RegistrationRequest;
import org.xinfang.casefile.Petitioner;

/**
 * Finds the earlier cases a new petition may repeat: the cases of the same petitioners, strongest
 * and latest first. The database narrows them down by ID number, phone and name; {@link CaseMatcher}
 * decides.
 *
 * <p>An accusation whose accuser the user may not know ({@link Viewer#seesAccuser}, the rule of the
 * case API) is left out before anything is compared, counted or cut to the most shown: the answer is
 * the one the user would get had it never been registered (Art. 30 ¶3).
 */
@Service
@Transactional(readOnly = true)
public class RepeatMatching {

  /** Cases looked at per ID number, phone or name: enough for any one person, bounded for common names. */
  private static final Pageable LOOKED_AT = PageRequest.of(0, 200);

  /**
   * Accusations are looked at apart from the other cases, so that one the user may not see never
   * takes another case's place among those looked at.
   */
  private static final List<Set<CaseClass>> LOOKED_AT_APART = lookedAtApart();

  private final EarlierPetitioners petitioners;
  private final PetitionCaseRepository cases;
  private final CaseAccess access;

  RepeatMatching(EarlierPetitioners petitioners, PetitionCaseRepository cases, CaseAccess access) {
    this.petitioners = petitioners;
    this.cases = cases;
    this.access = access;
  }

  /** The candidates for a registration as the registrar entered it, before it is saved. */
  public List<MatchCandidate> candidates(RegistrationRequest registration) {
    return candidates(Petition.of(registration));
  }

  List<MatchCandidate> candidates(Petition item) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Set<CaseClass> classes : LOOKED_AT_APART) {
      ids.addAll(lookUp(item, classes, petitioner -> single(petitioner.getIdNumber()), petitioners::casesByIdNumber));
      ids.addAll(lookUp(item, classes,
          petitioner -> petitioner.getPhone() == null ? Set.of() : phoneForms(petitioner.getPhone()),
          petitioners::casesByPhone));
      ids.addAll(lookUp(item, classes, petitioner -> single(petitioner.getName()), petitioners::casesByName));
    }
    Viewer viewer = access.viewer();
    List<Candidate> found = new ArrayList<>();
    cases.findAllById(ids).forEach(earlier -> {
      if (viewer.seesAccuser(earlier)) {
        CaseMatcher.compare(item, Petition.of(earlier))
            .ifPresent(match -> found.add(new Candidate(MatchCandidate.of(earlier, match), match.strength())));
      }
    });
    return found.stream()
        .sorted(Comparator.comparing(Candidate::strength)
            .thenComparing(candidate -> candidate.view().registeredAt(), Comparator.reverseOrder()))
        .limit(Thresholds.MOST_CANDIDATES)
        .map(Candidate::view)
        .toList();
  }

  private record Candidate(MatchCandidate view, Strength strength) {}

  /** One of the look-ups of {@link EarlierPetitioners}. */
  @FunctionalInterface
  private interface LookUp {
    List<Long> cases(Collection<String> values, Collection<CaseClass> classes, Pageable limit);
  }

  private static List<Long> lookUp(Petition item, Set<CaseClass> classes, Function<Petitioner, Set<String>> keys,
      LookUp query) {
    Set<String> values = new LinkedHashSet<>();
    item.petitioners().forEach(petitioner -> values.addAll(keys.apply(petitioner)));
    return values.isEmpty() || classes.isEmpty() ? List.of() : query.cases(values, classes, LOOKED_AT);
  }

  private static List<Set<CaseClass>> lookedAtApart() {
    EnumSet<CaseClass> accusations = EnumSet.noneOf(CaseClass.class);
    Arrays.stream(CaseClass.values()).filter(CaseClass::protectsAccuser).forEach(accusations::add);
    return List.of(EnumSet.complementOf(accusations), accusations);
  }

  private static Set<String> single(String value) {
    return value == null ? Set.of() : Set.of(value);
  }

  /**
   * The ways a registrar may have written a phone number: as digits, or a fixed line with a hyphen
   * after its three- or four-digit area code (010-…, 0746-…).
   */
  static Set<String> phoneForms(String phone) {
    String digits = CaseMatcher.digits(phone);
    Set<String> forms = new LinkedHashSet<>(List.of(digits));
    if (digits.startsWith("0")) {
      for (int areaCode : new int[] {3, 4}) {
        if (digits.length() > areaCode) {
          forms.add(digits.substring(0, areaCode) + "-" + digits.substring(areaCode));
        }
      }
    }
    return forms;
  }
}
