package org.aquastream.event.adapter.http.organizer;

import org.aquastream.event.adapter.http.common.Required;
import org.aquastream.event.domain.organizer.TeamMemberDetails;

/**
 * Body of POST /organizer/team and PUT /organizer/team/{id}: everything a member shows; PUT
 * replaces it all, so an absent {@code photoUrl} or {@code bio} is cleared and an absent {@code
 * sortOrder} is 0.
 */
record TeamMemberRequest(String name, String role, String photoUrl, String bio, Integer sortOrder) {
  TeamMemberDetails toDetails() {
    new Required().field("name", name).field("role", role).check();
    return new TeamMemberDetails(name, role, photoUrl, bio, sortOrder == null ? 0 : sortOrder);
  }
}
