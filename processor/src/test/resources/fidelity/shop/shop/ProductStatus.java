package shop;

/** Where a product is in its life. */
public enum ProductStatus { DRAFT, ACTIVE, DISCONTINUED }
