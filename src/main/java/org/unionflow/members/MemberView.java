package org.unionflow.members;

import java.time.LocalDate;

/** A member as the REST API and the register page show it. */
record MemberView(Long id, String unionId, String staffNo, String name, String unionGroup, String department,
    MemberStatus status, Gender gender, LocalDate birthDate, LocalDate joinDate, String phone) {

  /** Without the contacts (phone, birth date) for readers the policy does not show them to. */
  static MemberView of(Member m, boolean contacts) {
    return new MemberView(m.getId(), m.getUnionId(), m.getStaffNo(), m.getName(), m.getUnionGroup(),
        m.getDepartment(), m.getStatus(), m.getGender(), contacts ? m.getBirthDate() : null, m.getJoinDate(),
        contacts ? m.getPhone() : null);
  }
}
