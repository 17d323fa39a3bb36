package org.aquastream.event.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.aquastream.event.application.error.ConflictException;
import org.aquastream.event.application.port.in.organizer.CreateOrganizerUseCase;
import org.aquastream.event.domain.organizer.Contacts;
import org.aquastream.event.domain.organizer.Slug;
import org.aquastream.event.domain.shared.Role;
import org.aquastream.event.domain.shared.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrganizerRoutesTest {
  private static final String ORGANIZERS = "/api/v1/organizers";
  private static final String BODY =
      """
      {"slug": "volga-rafting", "name": "Volga Rafting", "ownerUserId": "%s",
       "logoUrl": "https://cdn.example.org/logo.png", "description": "Rafting tours",
       "contacts": {"phone": "+7 900 000-00-00", "telegram": "@volga"}, "brandColor": "#1A2B3C"}
      """
          .formatted(StubAnswers.OWNER_ID);

  private final TestApi api = new TestApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void anAdminCreatesAnOrganizer() {
    TestApi.Reply reply = api.post(ORGANIZERS).as(Role.ADMIN).json(BODY).send();

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header("Location")).isEqualTo("/api/v1/organizers/volga-rafting");
    assertThat(reply.fieldNames())
        .containsExactly(
            "id",
            "slug",
            "name",
            "ownerUserId",
            "logoUrl",
            "description",
            "contacts",
            "brandColor",
            "createdAt",
            "updatedAt");
    JsonNode json = reply.json();
    assertThat(json.get("id").asText()).isEqualTo(StubAnswers.ORGANIZER_ID.toString());
    assertThat(json.get("ownerUserId").asText()).isEqualTo(StubAnswers.OWNER_ID.toString());
    assertThat(json.get("contacts").get("website").isNull()).isTrue();
    assertThat(json.get("createdAt").asText()).isEqualTo("2026-01-15T10:23:45.123Z");
    assertThat(json.get("updatedAt").asText()).isEqualTo("2026-01-16T08:00:00.500Z");
  }

  @Test
  void theBodyBecomesTheCommand() {
    api.post(ORGANIZERS).as(Role.ADMIN).json(BODY).send();

    var command = api.useCases.lastCall().arg(0, CreateOrganizerUseCase.Command.class);
    assertThat(command.slug()).isEqualTo(new Slug("volga-rafting"));
    assertThat(command.ownerUserId()).isEqualTo(new UserId(StubAnswers.OWNER_ID));
    assertThat(command.profile().name()).isEqualTo("Volga Rafting");
    assertThat(command.profile().brandColor()).isEqualTo("#1A2B3C");
    assertThat(command.profile().contacts())
        .isEqualTo(new Contacts("+7 900 000-00-00", null, "@volga", null));
    assertThat(command.actor().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void everyMissingRequiredFieldIsNamed() {
    TestApi.Reply reply = api.post(ORGANIZERS).as(Role.ADMIN).json("{}").send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("slug", "name", "ownerUserId");
  }

  @Test
  void aSlugOutsideItsPatternIsAValidationError() {
    TestApi.Reply reply =
        api.post(ORGANIZERS)
            .as(Role.ADMIN)
            .json(BODY.replace("volga-rafting", "Volga Rafting!"))
            .send();

    reply.assertProblem(400, "validation-error");
    assertThat(reply.errorFields()).containsExactly("slug");
  }

  @Test
  void aTakenSlugIsAConflict() {
    api.useCases.failWith(new ConflictException("organizer-exists", "The slug is taken"));

    api.post(ORGANIZERS).as(Role.ADMIN).json(BODY).send().assertProblem(409, "organizer-exists");
  }
}
