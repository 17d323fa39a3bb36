package org.aquastream.event.application.testdata;

import java.util.concurrent.atomic.AtomicInteger;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.UserId;

/** Organizers for tests; every builder gets its own slug and owner unless told otherwise. */
public final class TestOrganizers {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private TestOrganizers() {}

  public static Builder anOrganizer() {
    return new Builder();
  }

  /** Builds an {@link Organizer} created at {@link TestTimes#NOW}. */
  public static final class Builder {
    private OrganizerId id = OrganizerId.newId();
    private Slug slug = new Slug("club-" + SEQUENCE.incrementAndGet());
    private UserId owner = TestActors.newUserId();
    private OrganizerProfile profile = OrganizerProfile.named("Kayak Club");

    private Builder() {}

    public Builder id(OrganizerId value) {
      id = value;
      return this;
    }

    public Builder slug(String value) {
      slug = new Slug(value);
      return this;
    }

    public Builder ownedBy(UserId value) {
      owner = value;
      return this;
    }

    public Builder named(String name) {
      profile = OrganizerProfile.named(name);
      return this;
    }

    public Builder profile(OrganizerProfile value) {
      profile = value;
      return this;
    }

    public Organizer build() {
      return Organizer.create(id, slug, owner, profile, TestTimes.NOW);
    }
  }
}
