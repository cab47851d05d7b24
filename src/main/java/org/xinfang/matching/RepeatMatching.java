package org.xinfang.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.Petitioner;

/**
 * Finds the earlier cases a new petition may repeat: the cases of the same petitioners, strongest
 * and latest first. The database narrows them down by ID number, phone and name; {@link CaseMatcher}
 * decides.
 */
@Service
@Transactional(readOnly = true)
public class RepeatMatching {

  /** Cases looked at per ID number, phone or name: enough for any one person, bounded for common names. */
  private static final Pageable LOOKED_AT = PageRequest.of(0, 200);

  private final EarlierPetitioners petitioners;
  private final PetitionCaseRepository cases;

  RepeatMatching(EarlierPetitioners petitioners, PetitionCaseRepository cases) {
    this.petitioners = petitioners;
    this.cases = cases;
  }

  List<MatchCandidate> candidates(Petition item) {
    Set<Long> ids = new LinkedHashSet<>();
    ids.addAll(lookUp(item, petitioner -> single(petitioner.getIdNumber()), petitioners::casesByIdNumber));
    ids.addAll(lookUp(item, petitioner -> petitioner.getPhone() == null ? Set.of() : phoneForms(petitioner.getPhone()),
        petitioners::casesByPhone));
    ids.addAll(lookUp(item, petitioner -> single(petitioner.getName()), petitioners::casesByName));
    List<Candidate> found = new ArrayList<>();
    cases.findAllById(ids).forEach(earlier -> CaseMatcher.compare(item, Petition.of(earlier))
        .ifPresent(match -> found.add(new Candidate(MatchCandidate.of(earlier, match), match.strength()))));
    return found.stream()
        .sorted(Comparator.comparing(Candidate::strength)
            .thenComparing(candidate -> candidate.view().registeredAt(), Comparator.reverseOrder()))
        .limit(Thresholds.MOST_CANDIDATES)
        .map(Candidate::view)
        .toList();
  }

  private record Candidate(MatchCandidate view, Strength strength) {}

  private static List<Long> lookUp(Petition item, Function<Petitioner, Set<String>> keys,
      BiFunction<Collection<String>, Pageable, List<Long>> query) {
    Set<String> values = new LinkedHashSet<>();
    item.petitioners().forEach(petitioner -> values.addAll(keys.apply(petitioner)));
    return values.isEmpty() ? List.of() : query.apply(values, LOOKED_AT);
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
