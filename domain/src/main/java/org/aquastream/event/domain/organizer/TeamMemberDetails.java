package org.aquastream.event.domain.organizer;

import org.aquastream.event.domain.shared.Guard;

/**
 * What a team member shows: name (1–255), role (1–100), optional http(s) photo (≤ 500) and bio (≤
 * 1000), and a position in the team ({@code sortOrder}, lower first).
 */
public record TeamMemberDetails(
    String name, String role, String photoUrl, String bio, int sortOrder) {
  public TeamMemberDetails {
    name = Guard.text("name", name, 1, 255);
    role = Guard.text("role", role, 1, 100);
    photoUrl = Guard.optionalUrl("photoUrl", photoUrl, 500);
    bio = Guard.optionalText("bio", bio, 1000);
    Guard.sortOrder(sortOrder);
  }
}
