package org.xinfang.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "case_number_counter")
class CaseNumberCounter {

  @Id
  @Column(name = "counter_year")
  private Integer year;

  private int lastValue;

  protected CaseNumberCounter() {}

  CaseNumberCounter(int year) {
    this.year = year;
  }

  int next() {
    return ++lastValue;
  }

  /** An imported case took this number: the next registration of the year gets a higher one. */
  void movePast(int sequence) {
    lastValue = Math.max(lastValue, sequence);
  }
}
