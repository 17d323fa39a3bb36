package org.aquastream.event.adapter.postgres;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aquastream.event.application.port.out.event.EventRepository;
import org.aquastream.event.domain.event.Event;
import org.aquastream.event.domain.event.EventDetails;
import org.aquastream.event.domain.event.EventId;
import org.aquastream.event.domain.shared.Money;
import org.jdbi.v3.core.statement.Update;

/** Stores events in {@code event.events} and moves their seat count with single statements. */
final class JdbiEventRepository implements EventRepository {
  private static final String SELECT_ALL =
      "SELECT " + EventRowMapper.COLUMNS + " FROM event.events e";
  private static final String SELECT = SELECT_ALL + " WHERE id = :id";

  private final Database database;

  JdbiEventRepository(Database database) {
    this.database = database;
  }

  @Override
  public void insert(Event event) {
    database.update(
        """
        INSERT INTO event.events (id, organizer_id, type, title, description,
            date_start, date_end, location, price, currency, capacity, max_seats_per_booking,
            available, status, tags, created_at, updated_at)
        VALUES (:id, :organizerId, :type, :title, :description,
            :dateStart, :dateEnd, CAST(:location AS jsonb), :price, :currency,
            :capacity, :maxSeatsPerBooking, :available, :status, :tags, :createdAt, :updatedAt)
        """,
        update -> bindAll(update, event));
  }

  @Override
  public void update(Event event) {
    database.update(
        """
        UPDATE event.events
           SET organizer_id = :organizerId, type = :type, title = :title,
               description = :description, date_start = :dateStart,
               date_end = :dateEnd, location = CAST(:location AS jsonb),
               price = :price, currency = :currency, capacity = :capacity,
               max_seats_per_booking = :maxSeatsPerBooking, available = :available, status = :status, tags = :tags,
               created_at = :createdAt, updated_at = :updatedAt
         WHERE id = :id
        """,
        update -> bindAll(update, event));
  }

  @Override
  public Optional<Event> findById(EventId id) {
    return selectOne(SELECT, id);
  }

  @Override
  public Optional<Event> lockById(EventId id) {
    // NO KEY UPDATE, the lock an UPDATE of the row takes: it excludes every other changer but not
    // the KEY SHARE lock that inserting a booking (its foreign key) takes, so a cancellation never
    // waits for a booking that has written its rows and not yet taken its seat (docs/adr/0026).
    return selectOne(SELECT + " FOR NO KEY UPDATE", id);
  }

  @Override
  public List<Event> lockAll(Collection<EventId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    // One statement; the rows are locked in the order they are sorted, id order (NO KEY UPDATE:
    // see lockById).
    return database.list(
        SELECT_ALL + " WHERE e.id = ANY(:ids) ORDER BY e.id FOR NO KEY UPDATE",
        query -> query.bindArray("ids", EventId.class, List.copyOf(ids)).mapTo(Event.class));
  }

  @Override
  public boolean takeSeat(EventId id) {
    // One conditional statement: the row lock serialises takers, none can overbook.
    return database.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
                        UPDATE event.events SET available = available - 1, updated_at = now()
                         WHERE id = :id AND available > 0
                        """)
                    .bind("id", id.value())
                    .execute())
        == 1;
  }

  @Override
  public void releaseSeat(EventId id) {
    database.update(
        """
        UPDATE event.events SET available = available + 1, updated_at = now()
         WHERE id = :id AND available < capacity
        """,
        update -> update.bind("id", id));
  }

  @Override
  public boolean takeSeats(EventId id, int seats) {
    return database.update(
            """
            UPDATE event.events SET available = available - :seats, updated_at = now()
             WHERE id = :id AND available >= :seats
            """,
            update -> update.bind("id", id).bind("seats", seats))
        == 1;
  }

  @Override
  public void releaseSeats(EventId id, int seats) {
    if (seats <= 0) {
      return;
    }
    database.update(
        """
        UPDATE event.events
           SET available = LEAST(capacity, available + :seats), updated_at = now()
         WHERE id = :id
        """,
        update -> update.bind("id", id).bind("seats", seats));
  }

  @Override
  public void releaseSeatsAll(Map<EventId, Integer> seats) {
    if (seats.isEmpty()) {
      return;
    }
    List<EventId> ids = List.copyOf(seats.keySet());
    Integer[] counts = ids.stream().map(seats::get).toArray(Integer[]::new);
    database.update(
        """
        UPDATE event.events e
           SET available = LEAST(e.capacity, e.available + r.seats), updated_at = now()
          FROM unnest(:ids, :seats) AS r(id, seats)
         WHERE e.id = r.id
        """,
        update ->
            update.bindArray("ids", EventId.class, ids).bindArray("seats", Integer.class, counts));
  }

  @Override
  public Set<EventId> takeSeatsIfOpen(Map<EventId, Integer> seats, Instant now) {
    if (seats.isEmpty()) {
      return Set.of();
    }
    List<EventId> ids = List.copyOf(seats.keySet());
    Integer[] counts = ids.stream().map(seats::get).toArray(Integer[]::new);
    // The last statement of a booking batch's transaction (docs/adr/0026). The CTE locks the
    // events in id order (every batch does, so two never deadlock) before any is updated; the
    // update then checks the whole condition on each committed row, so a cancellation or a start
    // that got there first makes that event take nothing.
    return Set.copyOf(
        database.list(
            """
            WITH wanted AS (
              SELECT * FROM unnest(:ids, :seats) AS w(id, seats)
            ),
            locked AS (
              SELECT e.id FROM event.events e
               WHERE e.id IN (SELECT id FROM wanted)
               ORDER BY e.id
                 FOR NO KEY UPDATE
            )
            UPDATE event.events e
               SET available = e.available - w.seats, updated_at = :now
              FROM wanted w JOIN locked l ON l.id = w.id
             WHERE e.id = w.id AND e.available >= w.seats
               AND e.status = 'PUBLISHED' AND e.date_start > :now
            RETURNING e.id
            """,
            query ->
                query
                    .bindArray("ids", EventId.class, ids)
                    .bindArray("seats", Integer.class, counts)
                    .bind("now", now)
                    .mapTo(EventId.class)));
  }

  @Override
  public List<EventId> findPublishedEndedBefore(Instant now, int limit) {
    // idx_events_published_end: only PUBLISHED rows, in end order.
    return database.list(
        """
        SELECT id FROM event.events
         WHERE status = 'PUBLISHED' AND date_end < :now
         ORDER BY date_end
         LIMIT :limit
        """,
        query -> query.bind("now", now).bind("limit", limit).mapTo(EventId.class));
  }

  private Optional<Event> selectOne(String sql, EventId id) {
    return database.find(sql, query -> query.bind("id", id).mapTo(Event.class));
  }

  private static Update bindAll(Update update, Event event) {
    EventDetails details = event.details();
    BigDecimal price = details.price().money().map(Money::amount).orElse(null);
    return update
        .bind("id", event.id())
        .bind("organizerId", event.organizerId())
        .bind("type", details.type())
        .bind("title", details.title())
        .bind("description", details.description())
        .bind("dateStart", details.schedule().start())
        .bind("dateEnd", details.schedule().end())
        .bind("location", JsonColumns.location(details.location()))
        .bind("price", price)
        .bind("currency", event.currency())
        .bind("capacity", event.capacity().value())
        .bind("maxSeatsPerBooking", event.maxSeatsPerBooking())
        .bind("available", event.available())
        .bind("status", event.status().name())
        .bind("tags", details.tags().toArray(String[]::new))
        .bind("createdAt", event.createdAt())
        .bind("updatedAt", event.updatedAt());
  }
}
