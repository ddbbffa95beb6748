package shop;

/** An order's state, stored by ordinal. */
public enum OrderStatus { NEW, PAID, SHIPPED, DELIVERED, CANCELLED }
