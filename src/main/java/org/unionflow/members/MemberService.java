package org.unionflow.members;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.web.NotFoundException;

/** The member register of each base union; a union never sees another union's members. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MemberService {

  private final MemberRepository members;

  public Page<Member> search(String unionId, String search, String unionGroup, Pageable pageable) {
    String pattern = search == null || search.isBlank() ? null : "%" + search.strip().toLowerCase(Locale.ROOT) + "%";
    String group = unionGroup == null || unionGroup.isBlank() ? null : unionGroup.strip();
    return members.search(unionId, pattern, group, pageable);
  }

  /** The union groups (工会小组) the union's members belong to, for the register's filter. */
  public List<String> unionGroups(String unionId) {
    return members.unionGroups(unionId);
  }

  public Member get(String unionId, long id) {
    return members.findByIdAndUnionId(id, unionId).orElseThrow(() -> new NotFoundException("Member", id));
  }

  /** The union's members by staff number, for a form's member picker. */
  public List<Member> all(String unionId) {
    return members.findByUnionIdOrderByStaffNo(unionId);
  }

  public Optional<Member> findByStaffNo(String unionId, String staffNo) {
    return members.findByUnionIdAndStaffNo(unionId, staffNo);
  }

  /** Those of the staff numbers that are the union's members, by staff number, in one read. */
  public Map<String, Member> byStaffNo(String unionId, Collection<String> staffNos) {
    if (staffNos.isEmpty()) {
      return Map.of();
    }
    return members.findByUnionIdAndStaffNoIn(unionId, staffNos).stream()
        .collect(Collectors.toMap(Member::getStaffNo, Function.identity()));
  }

  @Transactional
  public Member create(String unionId, MemberForm form) {
    if (members.existsByUnionIdAndStaffNo(unionId, form.staffNo().strip())) {
      throw FieldErrors.single("staffNo", "staff number " + form.staffNo() + " is already registered");
    }
    return members.save(new Member(unionId, form));
  }

  @Transactional
  public Member update(String unionId, long id, MemberForm form) {
    Member member = get(unionId, id);
    members.findByUnionIdAndStaffNo(unionId, form.staffNo().strip())
        .filter(other -> !other.getId().equals(member.getId()))
        .ifPresent(other -> {
          throw FieldErrors.single("staffNo", "staff number " + form.staffNo() + " belongs to another member");
        });
    member.update(form);
    return member;
  }
}
