package shop;

/** Someone who can refer a customer; mapped through targetEntity. */
public interface Party {
}
