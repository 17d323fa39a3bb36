package org.aquastream.event.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** A non-negative amount with two decimal places in an ISO-4217 currency. */
public record Money(BigDecimal amount, String currency) {
  /** The largest amount, what the database's {@code numeric(10,2)} columns hold. */
  public static final BigDecimal MAX = new BigDecimal("99999999.99");

  private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

  public Money {
    Guard.present("amount", amount);
    Guard.present("currency", currency);
    if (amount.signum() < 0) {
      throw new InvalidValueException("price", "price must not be negative");
    }
    if (amount.compareTo(MAX) > 0) {
      throw new InvalidValueException("price", "price must be at most " + MAX);
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidValueException("price", "price has at most two decimal places");
    }
    if (!CURRENCY.matcher(currency).matches()) {
      throw new InvalidValueException("currency", "currency must be three upper-case letters");
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** This amount {@code times} times: what a party of {@code times} seats costs at this price. */
  public Money times(int times) {
    return new Money(amount.multiply(BigDecimal.valueOf(times)), currency);
  }

  /**
   * One of {@code parts} equal shares of this amount: the price of one seat of a party's amount.
   *
   * @throws ArithmeticException when the amount does not split into whole cents
   */
  public Money share(int parts) {
    return new Money(
        amount.divide(BigDecimal.valueOf(parts), 2, RoundingMode.UNNECESSARY), currency);
  }

  /** This amount less {@code other} (at most this much), in the same currency. */
  public Money minus(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " minus " + other.currency);
    }
    return new Money(amount.subtract(other.amount), currency);
  }
}
