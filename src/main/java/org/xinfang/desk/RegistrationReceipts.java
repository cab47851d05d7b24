package org.xinfang.desk;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The receipts of registrations at the desk, each waiting for its registrar to read it once. The
 * query code is a secret shown once: it never becomes a process variable, where the engine's
 * history and Cockpit would keep it, but waits here, in memory, until the registrar's session
 * reads it or closes the receipt task. A restart forgets it; the registration notice
 * (登记告知书) still carries the code to the petitioner.
 */
@Component
class RegistrationReceipts {

  private record Waiting(String registrar, RegistrationReceipt receipt) {}

  /** By the registration process's instance id. */
  private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

  /** Kept once the registration commits: a rolled-back registration has no receipt. */
  void keep(String registrationId, String registrar, RegistrationReceipt receipt) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        waiting.put(registrationId, new Waiting(registrar, receipt));
      }
    });
  }

  /** The receipt, for its registrar only, and never again. */
  Optional<RegistrationReceipt> take(String registrationId, String user) {
    Waiting found = waiting.get(registrationId);
    if (found == null || !found.registrar().equals(user) || !waiting.remove(registrationId, found)) {
      return Optional.empty();
    }
    return Optional.of(found.receipt());
  }

  void discard(String registrationId) {
    waiting.remove(registrationId);
  }
}
