package org.xinfang.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xinfang.deadline.EngineClock;

/**
 * The audit log: appends an entry in the caller's transaction (a change that rolls back leaves no
 * entry), and reads entries for administrators. It offers no way to change or remove one.
 *
 * <p>An entry that names an accuser (the view of an accusation's petitioners) shows its detail only
 * to a reader who may know the accuser by the case API's rule ({@link AccuserSecrecy}): the
 * discipline channel and the registrar. Everyone else, administrators included, reads that the
 * accuser is withheld, with who viewed, when and from where (Art. 30 ¶3).
 */
@Service
public class AuditLog {

  /** The address of actions no HTTP request caused: timers and other jobs of the engine. */
  public static final String ENGINE = "engine";
  /** The action of a view of a case's petitioners with their full ID and phone numbers. */
  public static final String PERSONAL_DATA_VIEWED = "PERSONAL_DATA_VIEWED";
  /** The action of an export of a case list that names petitioners, their numbers masked. */
  public static final String PERSONAL_DATA_EXPORTED = "PERSONAL_DATA_EXPORTED";

  private static final String VIEWED = "查看信访人完整身份证号和联系电话：";
  /** What a reader who may not know an accuser reads in place of a {@link #PERSONAL_DATA_VIEWED} entry's names. */
  static final String ACCUSER_WITHHELD = VIEWED + "（检举控告事项，检举人身份保密）";

  @PersistenceContext
  private EntityManager entities;

  private final AccuserSecrecy secrecy;

  AuditLog(AccuserSecrecy secrecy) {
    this.secrecy = secrecy;
  }

  /** The detail of a {@link #PERSONAL_DATA_VIEWED} entry: whose numbers were shown. */
  public static String personalDataViewed(List<String> names) {
    return VIEWED + names;
  }

  /**
   * Records what {@code userId} did now. The address is that of the HTTP client whose request is
   * being served (the API, Tasklist, the engine's REST API), or {@link #ENGINE} outside a request.
   */
  @Transactional
  public void record(String userId, String action, String caseNumber, String detail) {
    entities.persist(new AuditEntry(EngineClock.now(), userId, clientAddress(), action, caseNumber, detail));
  }

  @Transactional(readOnly = true)
  public AuditPage search(AuditQuery query) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> entry = select.from(AuditEntry.class);
    select.where(conditions(query, cb, entry))
        .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
    List<AuditEntry> page = entities.createQuery(select)
        .setFirstResult(query.page() * query.size())
        .setMaxResults(query.size())
        .getResultList();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEntry> counted = count.from(AuditEntry.class);
    count.select(cb.count(counted)).where(conditions(query, cb, counted));
    return AuditPage.of(page, query, entities.createQuery(count).getSingleResult(), accusersWithheld(page));
  }

  /** The cases of the page's views of personal data whose accuser the reader may not know. */
  private Set<String> accusersWithheld(List<AuditEntry> page) {
    Set<String> viewed = page.stream()
        .filter(entry -> PERSONAL_DATA_VIEWED.equals(entry.getAction()) && entry.getCaseNumber() != null)
        .map(AuditEntry::getCaseNumber)
        .collect(Collectors.toSet());
    return viewed.isEmpty() ? Set.of() : secrecy.withheldFromReader(viewed);
  }

  private static Predicate[] conditions(AuditQuery query, CriteriaBuilder cb, Root<AuditEntry> entry) {
    List<Predicate> all = new ArrayList<>();
    if (query.user() != null) {
      all.add(cb.equal(entry.get("userId"), query.user()));
    }
    if (query.caseNumber() != null) {
      all.add(cb.equal(entry.get("caseNumber"), query.caseNumber()));
    }
    if (query.action() != null) {
      all.add(cb.equal(entry.get("action"), query.action()));
    }
    if (query.from() != null) {
      all.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), query.from()));
    }
    if (query.to() != null) {
      all.add(cb.lessThan(entry.get("occurredAt"), query.to()));
    }
    return all.toArray(Predicate[]::new);
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return request.getRequest().getRemoteAddr();
    }
    return ENGINE;
  }
}
