package org.xinfang.desk;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.web.Coded;

/**
 * The receipts of registrations at the desk, each waiting for its registrar to read it once. The
 * query code is a secret shown once: it never becomes a process variable, where the engine's
 * history and Cockpit would keep it, but waits in its own table until the registrar reads it or
 * closes the receipt task. The row is written in the registration's transaction, so a rolled-back
 * registration has no receipt, and it is taken with {@code delete ... returning}, so that of two
 * requests, on one node or two, only one gets it.
 */
@Component
class RegistrationReceipts {

  private final JdbcTemplate jdbc;

  RegistrationReceipts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Kept with the registration: the caller's transaction writes both or neither. */
  void keep(String registrationId, String registrar, RegistrationReceipt receipt) {
    jdbc.update("insert into registration_receipt (registration_id, registrar, case_number, status, registered_at, query_code) "
        + "values (?, ?, ?, ?, ?, ?)", registrationId, registrar, receipt.caseNumber(), receipt.status().code(),
        OffsetDateTime.ofInstant(receipt.registeredAt(), ZoneOffset.UTC), receipt.queryCode());
  }

  /** The receipt, for its registrar only, and never again. */
  Optional<RegistrationReceipt> take(String registrationId, String user) {
    return jdbc.query("delete from registration_receipt where registration_id = ? and registrar = ? "
            + "returning case_number, status, registered_at, query_code",
        (row, number) -> new RegistrationReceipt(row.getString("case_number"),
            Coded.of(CaseStatus.valueOf(row.getString("status")), CaseStatus::label),
            row.getObject("registered_at", OffsetDateTime.class).toInstant(), row.getString("query_code")),
        registrationId, user).stream().findFirst();
  }

  void discard(String registrationId) {
    jdbc.update("delete from registration_receipt where registration_id = ?", registrationId);
  }
}
