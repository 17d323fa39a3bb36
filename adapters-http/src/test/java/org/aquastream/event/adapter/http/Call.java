package org.aquastream.event.adapter.http;

import java.util.List;
import java.util.Optional;

/** One call a stubbed use case received. */
public record Call(String useCase, List<Object> args) {
  public <T> T arg(int index, Class<T> type) {
    return type.cast(args.get(index));
  }

  @SuppressWarnings("unchecked") // an Optional argument of the port, whatever it holds
  public Optional<Object> optional(int index) {
    return (Optional<Object>) args.get(index);
  }
}
