package org.aquastream.event.domain.event;

import java.util.Optional;
import org.aquastream.event.domain.shared.Guard;
import org.aquastream.event.domain.shared.Money;

/** What a seat costs: free, or an amount that a booking must pay. */
public sealed interface Price permits Price.Free, Price.Paid {
  Price FREE = new Free();

  static Price of(Money money) {
    return new Paid(money);
  }

  Optional<Money> money();

  /** True when a booking must go through payment before it can be confirmed. */
  default boolean requiresPayment() {
    return money().map(m -> !m.isZero()).orElse(false);
  }

  /** No charge at all. */
  record Free() implements Price {
    @Override
    public Optional<Money> money() {
      return Optional.empty();
    }
  }

  /** A charge per seat. */
  record Paid(Money amount) implements Price {
    public Paid {
      Guard.present("price", amount);
    }

    @Override
    public Optional<Money> money() {
      return Optional.of(amount);
    }
  }
}
