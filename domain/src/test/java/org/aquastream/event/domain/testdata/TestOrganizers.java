package org.aquastream.event.domain.testdata;

import static org.aquastream.event.domain.testdata.TestTimes.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.FaqContent;
import org.aquastream.event.domain.organizer.FaqItem;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.organizer.TeamMember;
import org.aquastream.event.domain.organizer.TeamMemberDetails;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.shared.UserId;

/**
 * Organizers, their team members and FAQ items for tests. Every organizer gets its own slug and
 * owner and a full profile unless told otherwise.
 */
public final class TestOrganizers {
  private TestOrganizers() {}

  public static OrganizerBuilder anOrganizer() {
    return new OrganizerBuilder();
  }

  public static TeamMemberBuilder aTeamMemberOf(OrganizerId organizer) {
    return new TeamMemberBuilder(organizer);
  }

  public static FaqItemBuilder aFaqItemOf(OrganizerId organizer) {
    return new FaqItemBuilder(organizer);
  }

  /** Builds an {@link Organizer} as if read back from storage, last changed before {@code NOW}. */
  public static final class OrganizerBuilder {
    private OrganizerId id = OrganizerId.newId();
    private Slug slug = new Slug("club-" + UUID.randomUUID().toString().substring(0, 8));
    private UserId owner = TestUsers.aUser();
    private OrganizerProfile profile =
        new OrganizerProfile(
            "Kayak Club",
            "https://cdn.example.org/logo.png",
            "Rafting and kayaking since 2010",
            new Contacts("+7 900 000-00-00", "hello@river.example", "@riverclub", null),
            "#0A84FF");
    private Instant createdAt = NOW.minus(Duration.ofDays(100));
    private Instant updatedAt = NOW.minus(Duration.ofDays(10));

    private OrganizerBuilder() {}

    public OrganizerBuilder id(OrganizerId value) {
      id = value;
      return this;
    }

    public OrganizerBuilder slug(String value) {
      slug = new Slug(value);
      return this;
    }

    public OrganizerBuilder ownedBy(UserId value) {
      owner = value;
      return this;
    }

    /** A bare profile: only the name. */
    public OrganizerBuilder named(String name) {
      return profile(OrganizerProfile.named(name));
    }

    public OrganizerBuilder profile(OrganizerProfile value) {
      profile = value;
      return this;
    }

    public OrganizerBuilder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    public OrganizerBuilder updatedAt(Instant value) {
      updatedAt = value;
      return this;
    }

    public Organizer build() {
      return Organizer.restore(id, slug, owner, profile, createdAt, updatedAt);
    }
  }

  /** Builds a {@link TeamMember} with a photo and a bio, added at {@code NOW}. */
  public static final class TeamMemberBuilder {
    private final OrganizerId organizer;
    private TeamMemberId id = TeamMemberId.newId();
    private String name = "Anna";
    private String role = "Guide";
    private String photoUrl = "https://cdn.example.org/anna.jpg";
    private String bio = "Loves water";
    private int sortOrder;
    private Instant createdAt = NOW;

    private TeamMemberBuilder(OrganizerId organizer) {
      this.organizer = organizer;
    }

    public TeamMemberBuilder id(TeamMemberId value) {
      id = value;
      return this;
    }

    public TeamMemberBuilder name(String value) {
      name = value;
      return this;
    }

    public TeamMemberBuilder role(String value) {
      role = value;
      return this;
    }

    public TeamMemberBuilder photoUrl(String value) {
      photoUrl = value;
      return this;
    }

    public TeamMemberBuilder bio(String value) {
      bio = value;
      return this;
    }

    public TeamMemberBuilder sortOrder(int value) {
      sortOrder = value;
      return this;
    }

    public TeamMemberBuilder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    public TeamMember build() {
      return TeamMember.create(
          id, organizer, new TeamMemberDetails(name, role, photoUrl, bio, sortOrder), createdAt);
    }
  }

  /** Builds a {@link FaqItem} added at {@code NOW}. */
  public static final class FaqItemBuilder {
    private final OrganizerId organizer;
    private FaqItemId id = FaqItemId.newId();
    private String question = "Do I need a wetsuit?";
    private String answer = "We lend one for free.";
    private int sortOrder;
    private Instant createdAt = NOW;

    private FaqItemBuilder(OrganizerId organizer) {
      this.organizer = organizer;
    }

    public FaqItemBuilder id(FaqItemId value) {
      id = value;
      return this;
    }

    public FaqItemBuilder question(String value) {
      question = value;
      return this;
    }

    public FaqItemBuilder answer(String value) {
      answer = value;
      return this;
    }

    public FaqItemBuilder sortOrder(int value) {
      sortOrder = value;
      return this;
    }

    public FaqItemBuilder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    public FaqItem build() {
      return FaqItem.create(id, organizer, new FaqContent(question, answer, sortOrder), createdAt);
    }
  }
}
