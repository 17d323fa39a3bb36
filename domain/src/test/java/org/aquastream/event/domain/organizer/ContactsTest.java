package org.aquastream.event.domain.organizer;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.aquastream.event.domain.InvalidValues.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactsTest {

  @Test
  void everyPartIsOptionalAndBlankMeansAbsent() {
    Contacts contacts = new Contacts(" ", "", null, "  ");

    assertThat(contacts).isEqualTo(Contacts.none());
    assertThat(contacts.phone()).isNull();
    assertThat(contacts.website()).isNull();
  }

  @Test
  void validContactsAreKeptTrimmed() {
    Contacts contacts =
        new Contacts(" +7 900 000-00-00 ", "club@example.org", "@kayakclub", "https://kayak.club");

    assertThat(contacts.phone()).isEqualTo("+7 900 000-00-00");
    assertThat(contacts.email()).isEqualTo("club@example.org");
    assertThat(contacts.telegram()).isEqualTo("@kayakclub");
    assertThat(contacts.website()).isEqualTo("https://kayak.club");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-an-email", "a@", "@b", "a b@c", "a@b@c"})
  void anEmailMustLookLikeOne(String email) {
    assertInvalidField(() -> new Contacts(null, email, null, null)).isEqualTo("contacts.email");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kayak.club", "ftp://kayak.club", "javascript:alert(1)", "https://a b"})
  void aWebsiteMustBeAnHttpUrl(String website) {
    assertInvalidField(() -> new Contacts(null, null, null, website)).isEqualTo("contacts.website");
  }

  @Test
  void eachPartHasItsLengthLimit() {
    assertInvalidField(() -> new Contacts(text(51), null, null, null)).isEqualTo("contacts.phone");
    assertInvalidField(() -> new Contacts(null, null, text(101), null))
        .isEqualTo("contacts.telegram");
    assertInvalidField(() -> new Contacts(null, text(251) + "@b.ru", null, null))
        .isEqualTo("contacts.email");
    assertInvalidField(() -> new Contacts(null, null, null, "https://" + text(493)))
        .isEqualTo("contacts.website");
    assertThat(new Contacts(text(50), null, text(100), "https://" + text(492)).phone()).hasSize(50);
  }
}
