package org.aquastream.event.adapter.postgres;

import java.lang.reflect.Type;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.aquastream.event.domain.booking.BookingId;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.organizer.FaqItemId;
import org.aquastream.event.domain.organizer.OrganizerId;
import org.aquastream.event.domain.organizer.TeamMemberId;
import org.aquastream.event.domain.shared.UserId;
import org.aquastream.event.domain.waitlist.WaitlistEntryId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.Arguments;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;

/**
 * Teaches Jdbi the domain's id records: a statement binds one as the UUID it wraps (alone, or a
 * collection of them as a {@code uuid[]} with {@code bindArray}), and {@code mapTo} reads one back
 * from a uuid column.
 */
final class IdTypes {
  private IdTypes() {}

  static void register(Jdbi jdbi) {
    register(jdbi, BookingId.class, BookingId::value, BookingId::new);
    register(jdbi, EventId.class, EventId::value, EventId::new);
    register(jdbi, FaqItemId.class, FaqItemId::value, FaqItemId::new);
    register(jdbi, OrganizerId.class, OrganizerId::value, OrganizerId::new);
    register(jdbi, TeamMemberId.class, TeamMemberId::value, TeamMemberId::new);
    register(jdbi, UserId.class, UserId::value, UserId::new);
    register(jdbi, WaitlistEntryId.class, WaitlistEntryId::value, WaitlistEntryId::new);
  }

  private static <T> void register(
      Jdbi jdbi, Class<T> type, Function<T, UUID> uuid, Function<UUID, T> id) {
    ColumnMapper<T> read =
        (rs, column, ctx) -> {
          UUID value = rs.getObject(column, UUID.class);
          return value == null ? null : id.apply(value);
        };
    jdbi.registerArgument(new AsUuid<>(type, uuid))
        .registerArrayType(type, "uuid", uuid)
        .registerColumnMapper(type, read);
  }

  /** Binds a {@code type} exactly as Jdbi binds the UUID inside it; null stays null. */
  private record AsUuid<T>(Class<T> type, Function<T, UUID> uuid)
      implements ArgumentFactory.Preparable {
    @Override
    public Optional<Function<Object, Argument>> prepare(Type candidate, ConfigRegistry config) {
      if (!type.equals(candidate)) {
        return Optional.empty();
      }
      Function<Object, Argument> bindUuid =
          config.get(Arguments.class).prepareFor(UUID.class).orElseThrow();
      return Optional.of(
          value -> bindUuid.apply(value == null ? null : uuid.apply(type.cast(value))));
    }
  }
}
