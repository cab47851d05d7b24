package org.xinfang.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A petitioner (信访人), or one representative of a group visit. */
@Entity
@Table(name = "petitioner")
public class Petitioner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private PetitionCase petitionCase;

  private int position;
  private String name;
  private String idNumber;
  private String phone;
  private String address;

  protected Petitioner() {}

  public Petitioner(String name, String idNumber, String phone, String address) {
    this.name = name;
    this.idNumber = idNumber;
    this.phone = phone;
    this.address = address;
  }

  void attachTo(PetitionCase petitionCase, int position) {
    this.petitionCase = petitionCase;
    this.position = position;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getPhone() {
    return phone;
  }

  public String getAddress() {
    return address;
  }
}
