package org.unionflow.members;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.Getter;
import org.unionflow.platform.UnionRow;

/** One entry of the member register, always of one base union. */
@Entity
@Table(name = "uf_member")
@Getter
public class Member extends UnionRow {

  private String staffNo;
  private String name;
  private String unionGroup;
  private String department;

  @Enumerated(EnumType.STRING)
  private MemberStatus status;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  private LocalDate birthDate;
  private LocalDate joinDate;
  private String phone;

  @Version
  private int version;

  protected Member() {
  }

  Member(String unionId, MemberForm form) {
    super(unionId);
    update(form);
  }

  final void update(MemberForm form) {
    this.staffNo = form.staffNo().strip();
    this.name = form.name().strip();
    this.unionGroup = form.unionGroup().strip();
    this.department = form.department();
    this.status = form.status();
    this.gender = form.gender();
    this.birthDate = form.birthDate();
    this.joinDate = form.joinDate();
    this.phone = form.phone();
  }
}
