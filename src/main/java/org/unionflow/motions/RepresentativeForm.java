package org.unionflow.motions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person to elect as representative of a session: their login, name and, if a member, staff number. */
record RepresentativeForm(@NotBlank @Size(max = 64) String userId, @NotBlank @Size(max = 100) String name,
    @Size(max = 32) String memberStaffNo) {
}
