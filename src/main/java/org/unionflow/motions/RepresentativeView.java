package org.unionflow.motions;

/** A representative of a session as the REST API lists them. */
record RepresentativeView(String userId, String name, String memberStaffNo) {

  static RepresentativeView of(Representative r) {
    return new RepresentativeView(r.getUserId(), r.getName(), r.getMemberStaffNo());
  }
}
