package org.aquastream.event.application.contract;

import static org.aquastream.event.domain.testdata.TestOrganizers.anOrganizer;
import static org.aquastream.event.domain.testdata.TestTimes.NOW;
import static org.aquastream.event.domain.testdata.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import org.aquastream.event.application.port.out.organizer.OrganizerRepository;
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.Organizer;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.OrganizerProfile;
import org.aquastream.event.domain.organizer.Slug;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrganizerRepository} must do: store organizers with unique slugs and owners.
 */
public abstract class OrganizerRepositoryContract extends PortContract {

  @Test
  void storedOrganizerIsFoundByIdSlugAndOwner() {
    Organizer organizer = anOrganizer().build();

    assertThat(ports.organizers().insert(organizer)).isTrue();

    assertThat(ports.organizers().findById(organizer.id()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(organizer);
    assertThat(ports.organizers().findBySlug(organizer.slug()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(organizer);
    assertThat(ports.organizers().findByOwner(organizer.ownerUserId()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(organizer);
  }

  @Test
  void anOrganizerWithABareProfileReadsBack() {
    Organizer organizer = anOrganizer().slug("bare-club").named("Bare Club").build();

    ports.organizers().insert(organizer);

    Organizer stored = ports.organizers().findById(organizer.id()).orElseThrow();
    assertThat(stored).usingRecursiveComparison().isEqualTo(organizer);
    assertThat(stored.profile().contacts()).isEqualTo(Contacts.none());
  }

  @Test
  void aTakenSlugIsRefused() {
    Organizer first = givenOrganizer();
    Organizer sameSlug = anOrganizer().slug(first.slug().value()).named("Copycat").build();

    assertThat(ports.organizers().insert(sameSlug)).isFalse();

    assertThat(ports.organizers().findById(sameSlug.id())).isEmpty();
    assertThat(ports.organizers().findBySlug(first.slug()))
        .get()
        .extracting(Organizer::id)
        .isEqualTo(first.id());
  }

  @Test
  void anOwnerMayOwnOnlyOneOrganizer() {
    Organizer first = givenOrganizer();
    Organizer secondOfOwner =
        anOrganizer().slug("second-club").ownedBy(first.ownerUserId()).named("Second Club").build();

    assertThat(ports.organizers().insert(secondOfOwner)).isFalse();

    assertThat(ports.organizers().findBySlug(secondOfOwner.slug())).isEmpty();
  }

  @Test
  void updateStoresTheNewProfile() {
    Organizer organizer = givenOrganizer();
    Organizer renamed =
        organizer.withProfile(
            new OrganizerProfile(
                "Wild Water",
                null,
                "New description",
                new Contacts(null, null, "@wildwater", "https://wild.example.org"),
                "#112233"),
            NOW.plusSeconds(5));

    ports.organizers().update(renamed);

    assertThat(ports.organizers().findById(organizer.id()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(renamed);
  }

  @Test
  void unknownOrganizersAreNotFound() {
    assertThat(ports.organizers().findById(OrganizerId.newId())).isEmpty();
    assertThat(ports.organizers().findBySlug(new Slug("nobody-here"))).isEmpty();
    assertThat(ports.organizers().findByOwner(aUser())).isEmpty();
  }
}
