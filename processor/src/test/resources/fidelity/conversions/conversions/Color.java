package conversions;
public enum Color { RED, GREEN, BLUE }
