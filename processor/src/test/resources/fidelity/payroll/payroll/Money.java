package payroll;

/** An amount of the payroll currency in cents. */
public record Money(long cents) {
}
