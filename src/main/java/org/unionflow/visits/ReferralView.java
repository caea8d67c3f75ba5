package org.unionflow.visits;

import java.time.Instant;

/** A hardship referral as the REST API shows it. */
record ReferralView(Long id, String memberStaffNo, String memberName, String visitBusinessKey, String description,
    ReferralStatus status, String referredBy, Instant referredAt) {

  static ReferralView of(HardshipReferral r) {
    return new ReferralView(r.getId(), r.getMember().getStaffNo(), r.getMember().getName(),
        r.getVisit().getBusinessKey(), r.getDescription(), r.getStatus(), r.getReferredBy(), r.getReferredAt());
  }
}
