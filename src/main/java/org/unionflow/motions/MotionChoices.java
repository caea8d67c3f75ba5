package org.unionflow.motions;

import static org.unionflow.motions.MotionProcess.REPRESENTATIVE_CHOICES;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.members.Member;
import org.unionflow.members.MemberService;
import org.unionflow.platform.forms.Choices.Choice;
import org.unionflow.platform.forms.StartFormOptions;

/**
 * The co-signer picker of the submit and amend forms: a representative chooses others of the current session by
 * name, the form sends their user ids.
 */
@Configuration
@RequiredArgsConstructor
class MotionChoices {

  private final MotionService motions;
  private final MemberService members;
  // resolved on use: the engine that provides it is built with the start form options
  private final ObjectProvider<IdentityService> identity;

  /**
   * The submit form's: the current session's representatives but the one submitting. A submission's co-signers
   * are checked against the session's register alone: their labels are for the picker.
   */
  @Bean
  StartFormOptions representativeChoices() {
    return new StartFormOptions(REPRESENTATIVE_CHOICES, unionId -> motions.currentSession(unionId)
        .map(session -> coSigners(session, loggedIn())).orElse(List.of()),
        (unionId, userId) -> !userId.equals(loggedIn()) && motions.currentSession(unionId)
            .filter(session -> motions.isRepresentative(session, userId)).isPresent());
  }

  /** The session's representatives other than the proposer, e.g. "王芳 · 语文组" (name and union group). */
  List<Choice> coSigners(CongressSession session, String proposer) {
    List<Representative> others = motions.representatives(session).stream()
        .filter(representative -> !representative.getUserId().equals(proposer))
        .toList();
    // the union group tells namesakes apart; a representative without a member record is named alone
    Map<String, Member> members = this.members.byStaffNo(session.getUnionId(), others.stream()
        .map(Representative::getMemberStaffNo).filter(Objects::nonNull).toList());
    return others.stream()
        .map(representative -> new Choice(label(representative, representative.getMemberStaffNo() == null ? null
            : members.get(representative.getMemberStaffNo())), representative.getUserId()))
        .toList();
  }

  private static String label(Representative representative, Member member) {
    return Stream.of(representative.getName(), member == null ? null : member.getUnionGroup())
        .filter(Objects::nonNull).collect(Collectors.joining(" · "));
  }

  private String loggedIn() {
    Authentication person = identity.getObject().getCurrentAuthentication();
    return person == null ? null : person.getUserId();
  }
}
