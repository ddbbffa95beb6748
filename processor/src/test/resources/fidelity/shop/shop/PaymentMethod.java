package shop;

/** How an order was paid. */
public enum PaymentMethod { CARD, TRANSFER, INVOICE, VOUCHER }
