package org.aquastream.event.domain.organizer;

import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.InvalidValueException;

/** How to reach an organizer; every part is optional. */
public record Contacts(String phone, String email, String telegram, String website) {
  public Contacts {
    phone = Guard.optionalText("contacts.phone", phone, 50);
    email = Guard.optionalText("contacts.email", email, 255);
    telegram = Guard.optionalText("contacts.telegram", telegram, 100);
    website = Guard.optionalUrl("contacts.website", website, 500);
    if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+$")) {
      throw new InvalidValueException("contacts.email", "contacts.email must be an email address");
    }
  }

  public static Contacts none() {
    return new Contacts(null, null, null, null);
  }
}
