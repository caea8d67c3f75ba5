package org.unionflow.members;

import java.time.LocalDate;

/** A member as the REST API shows it. */
record MemberView(Long id, String unionId, String staffNo, String name, String unionGroup, String department,
    MemberStatus status, Gender gender, LocalDate birthDate, LocalDate joinDate, String phone) {

  static MemberView of(Member m) {
    return new MemberView(m.getId(), m.getUnionId(), m.getStaffNo(), m.getName(), m.getUnionGroup(),
        m.getDepartment(), m.getStatus(), m.getGender(), m.getBirthDate(), m.getJoinDate(), m.getPhone());
  }
}
