package it.shop;

/** Not an entity: schemac's javac run must not need it. */
final class Prices {
    private Prices() {
    }
}
