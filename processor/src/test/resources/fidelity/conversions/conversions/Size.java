package conversions;
public enum Size { SMALL, LARGE }
