package org.unionflow.members;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.forms.Choices.Choice;
import org.unionflow.platform.forms.StartFormOptions;

/** The member picker of start forms: a person chooses a member of their union by name, the form sends the staff number. */
@Configuration
class MemberChoices {

  /** The {@code valuesKey} of a start form field that picks one of the union's members. */
  static final String UNION_MEMBERS = "unionMemberChoices";

  @Bean
  StartFormOptions unionMemberChoices(MemberService members) {
    return new StartFormOptions(UNION_MEMBERS, unionId -> members.all(unionId).stream()
            .map(member -> new Choice(label(member), member.getStaffNo()))
            .toList(),
        (unionId, staffNo) -> members.findByStaffNo(unionId, staffNo).isPresent());
  }

  // e.g. "王芳 · PS-0003 · 语文组": the name to search by, the staff number and group to tell namesakes apart
  static String label(Member member) {
    return Stream.of(member.getName(), member.getStaffNo(), member.getUnionGroup())
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" · "));
  }
}
